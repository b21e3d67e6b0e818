using System.Diagnostics;
using System.Globalization;
using Syndicate.Core.Wire;

namespace Syndicate.Benchmarks;

/// <summary>
/// <c>linearity [rounds]</c>: the time to read <see cref="RecognitionBenchmarks"/>' generated pages of 125 KB to 4 MB, per
/// megabyte, measured so that a shared machine's noise falls on every size alike: each round reads about 8 MB of
/// every size, the sizes in a different order each round, and the table gives each size's median and fastest round
/// and their ratio to the smallest page's. A cost linear in the page is a flat column of ratios. Run it on one core
/// (<c>taskset -c 1</c>), where a page's work outgrows the collector's first generation soonest. Not a
/// BenchmarkDotNet benchmark, which measures one size after another, so that a busy minute lands on one size only.
/// </summary>
internal static class RecognitionLinearity
{
    private const long BytesPerRound = 8L << 20;

    public static int Run(string[] args, TextWriter output)
    {
        var rounds = args.Length > 1 && int.TryParse(args[1], CultureInfo.InvariantCulture, out var asked) ? asked : 15;
        var reader = ScaledPages.Reader();
        var pages = ScaledPages.Kilobytes.Select(ScaledPages.Page).ToArray();
        var msPerMegabyte = ScaledPages.Kilobytes.Select(_ => new List<double>()).ToArray();
        foreach (var page in pages)
        {
            for (var i = 0; i < 3; i++)
            {
                reader.Read(page);
            }
        }

        for (var round = 0; round < rounds; round++)
        {
            for (var k = 0; k < pages.Length; k++)
            {
                var size = (k + round) % pages.Length;
                var page = pages[size];
                var count = (int)Math.Max(2, BytesPerRound / page.Length);
                var clock = Stopwatch.StartNew();
                for (var i = 0; i < count; i++)
                {
                    reader.Read(page);
                }

                msPerMegabyte[size].Add(clock.Elapsed.TotalMilliseconds / (count * (page.Length / 1048576.0)));
            }
        }

        var baseMedian = Median(msPerMegabyte[0]);
        var baseFastest = msPerMegabyte[0].Min();
        output.WriteLine($"{rounds} rounds, about {BytesPerRound >> 20} MB of each size a round");
        output.WriteLine("| page | ms per MB, median | fastest | median / 125 KB's | fastest / 125 KB's |");
        output.WriteLine("|---|---|---|---|---|");
        for (var size = 0; size < pages.Length; size++)
        {
            var median = Median(msPerMegabyte[size]);
            var fastest = msPerMegabyte[size].Min();
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {ScaledPages.Kilobytes[size]} KB | {median:F1} | {fastest:F1} | {median / baseMedian:F2} | {fastest / baseFastest:F2} |"));
        }

        return 0;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}

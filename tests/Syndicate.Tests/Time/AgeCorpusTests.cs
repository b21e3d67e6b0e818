using System.Globalization;
using Syndicate.Core.Time;

namespace Syndicate.Tests.Time;

/// <summary>
/// The age corpus (AgeCorpus.tsv, written by tests/time/age-corpus.py): labels as real sites print them,
/// read at ordinary, daylight-saving, midnight and New Year references in several zones, each with the
/// window the rules give, worked out from the label's meaning written by hand.
/// </summary>
public sealed class AgeCorpusTests(ITestOutputHelper output)
{
    private const double RequiredAccuracy = 0.99;

    private static readonly Row[] Rows = [.. File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Time", "AgeCorpus.tsv")).Skip(1).Select(Row.Parse)];

    [Fact]
    public void The_corpus_has_at_least_600_rows_in_all_seven_languages()
    {
        Assert.True(Rows.Length >= 600, $"{Rows.Length} rows");
        Assert.Equal(["de", "en", "es", "fr", "it", "nl", "pt"], Rows.Select(r => r.Language).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_language_and_category_reads_at_least_99_percent_of_its_rows_to_the_expected_window()
    {
        var results = Rows.Select(row => (Row: row, Read: Read(row))).ToArray();
        foreach (var group in results.GroupBy(r => r.Row.Language).Concat(results.GroupBy(r => r.Row.Category)).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"{group.Key,-14} {group.Count(r => r.Read == r.Row.Expected),5}/{group.Count(),-5} {Percent(group)}");
        }

        var wrong = results.Where(r => r.Read != r.Row.Expected).Select(r => $"{r.Row.Language} '{r.Row.Text}' at {r.Row.Reference}: {r.Read}, expected {r.Row.Expected}");
        output.WriteLine(string.Join('\n', wrong));
        Assert.All(results.GroupBy(r => r.Row.Language).Concat(results.GroupBy(r => r.Row.Category)), group =>
            Assert.True(Accuracy(group) >= RequiredAccuracy, $"{group.Key}: {Percent(group)}"));
    }

    private static string Read(Row row)
    {
        var clock = new CaptureClock(DateTimeOffset.Parse(row.Reference, CultureInfo.InvariantCulture), row.Zone, AgeRounding.Floor);
        return AgeGrammar.For(row.Language).TryParse(row.Text, out var age) ? AgeCases.Show(age.ToWindow(clock)) : "no age";
    }

    private static double Accuracy(IGrouping<string, (Row Row, string Read)> group) =>
        (double)group.Count(r => r.Read == r.Row.Expected) / group.Count();

    private static string Percent(IGrouping<string, (Row Row, string Read)> group) =>
        Accuracy(group).ToString("P1", CultureInfo.InvariantCulture);

    private sealed record Row(string Reference, string Zone, string Language, string Text, string Expected, string Category)
    {
        public static Row Parse(string line)
        {
            var f = line.Split('\t');
            var expected = f[5].Length == 0 ? "no age" : $"{(f[4].Length == 0 ? "-" : f[4])} {f[5]}";
            return new Row(f[0], f[1], f[2], f[3], expected, f[6]);
        }
    }
}

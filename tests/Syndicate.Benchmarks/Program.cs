using BenchmarkDotNet.Running;

namespace Syndicate.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project tests/Syndicate.Benchmarks -- --filter '*'</c> runs the benchmarks;
/// <c>-- retention-week</c> the database size simulation (<see cref="RetentionWeek"/>); <c>-- gc-promotion [keep]</c>
/// the collector's work per megabyte of page (<see cref="RecognitionPromotion"/>); <c>-- linearity [rounds]</c> the time per
/// megabyte of page, every size measured in every round (<see cref="RecognitionLinearity"/>).
/// </summary>
internal static class EntryPoint
{
    public static async Task<int> Main(string[] args)
    {
        if (args is ["retention-week", ..])
        {
            return await RetentionWeek.RunAsync(args, Console.Out);
        }

        if (args is ["gc-promotion", ..])
        {
            return RecognitionPromotion.Run(args, Console.Out);
        }

        if (args is ["linearity", ..])
        {
            return RecognitionLinearity.Run(args, Console.Out);
        }

        BenchmarkSwitcher.FromAssembly(typeof(EntryPoint).Assembly).Run(args);
        return 0;
    }
}

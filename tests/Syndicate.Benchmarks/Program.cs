using BenchmarkDotNet.Running;

namespace Syndicate.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project tests/Syndicate.Benchmarks -- --filter '*'</c> runs the benchmarks;
/// <c>-- retention-week</c> the database size simulation (<see cref="RetentionWeek"/>).
/// </summary>
internal static class EntryPoint
{
    public static async Task<int> Main(string[] args)
    {
        if (args is ["retention-week", ..])
        {
            return await RetentionWeek.RunAsync(args, Console.Out);
        }

        BenchmarkSwitcher.FromAssembly(typeof(EntryPoint).Assembly).Run(args);
        return 0;
    }
}

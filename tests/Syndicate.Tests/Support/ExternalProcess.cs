using System.Diagnostics;

namespace Syndicate.Tests.Support;

internal static class ExternalProcess
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);

    /// <summary>Runs a program to its end with <paramref name="input"/> on its standard input; fails if it runs longer than three minutes.</summary>
    /// <param name="workingDirectory">Where it runs; this process's own working folder when null.</param>
    /// <param name="environment">Variables to set for the program (HOME for a program that writes beside it).</param>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(
        string program,
        IEnumerable<string> arguments,
        byte[]? input = null,
        string? workingDirectory = null,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program, arguments)
        {
            WorkingDirectory = workingDirectory ?? "",
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (input is not null)
        {
            await process.StandardInput.BaseStream.WriteAsync(input);
        }

        process.StandardInput.Close();
        using var limit = new CancellationTokenSource(Limit);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{program} {string.Join(' ', arguments)} was still running after {Limit.TotalMinutes} minutes.");
        }

        return (process.ExitCode, await output, await error);
    }
}

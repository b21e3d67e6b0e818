using System.Net;
using Syndicate.Tests.Support;

namespace Syndicate.Tests.Hosting;

/// <summary>The built server as a process of its own: its usage, its start-up errors, and one server per database.</summary>
public sealed class CommandLineTests
{
    private static readonly string Server = Path.Combine(AppContext.BaseDirectory, "Syndicate.dll");

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("help")]
    public async Task Help_prints_the_usage_and_exits_without_starting(string argument)
    {
        using var directory = new TemporaryDirectory();

        var (exitCode, output, error) = await ExternalProcess.RunAsync("dotnet", [Server, argument, "--Syndicate:DatabasePath=" + Path.Combine(directory.Path, "db")]);

        Assert.Equal((0, ""), (exitCode, error));
        Assert.Contains("Usage:", output, StringComparison.Ordinal);
        Assert.Contains("--urls", output, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(directory.Path));
    }

    [Fact]
    public async Task An_unknown_command_prints_the_usage_and_exits_2_without_starting()
    {
        using var directory = new TemporaryDirectory();

        var (exitCode, output, error) = await ExternalProcess.RunAsync("dotnet", [Server, "serve-all", "--Syndicate:DatabasePath=" + Path.Combine(directory.Path, "db")]);

        Assert.Equal((2, ""), (exitCode, output));
        Assert.StartsWith("Unknown command 'serve-all'.", error, StringComparison.Ordinal);
        Assert.Contains("Usage:", error, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(directory.Path));
    }

    [Fact]
    public async Task Bad_settings_print_one_line_each_without_a_stack_trace_and_exit_1()
    {
        using var directory = new TemporaryDirectory();
        await using var server = ServerProcess.Start(directory, new Dictionary<string, string>
        {
            ["Syndicate__Admin__ApiKey"] = "short",
            ["Syndicate__FeedSize"] = "0",
        });

        var exitCode = await server.WaitForExitAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(1, exitCode);
        var lines = server.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(2, lines.Length);
        Assert.Contains(lines, l => l.StartsWith("Syndicate:Admin:ApiKey (or SYNDICATE_ADMIN_KEY) is 5 characters long", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Syndicate:FeedSize 0 must be between 1 and 500.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_settings_file_that_does_not_parse_is_one_line_naming_the_file_and_the_place()
    {
        using var directory = new TemporaryDirectory();
        var settings = Path.Combine(directory.Path, "appsettings.json");
        await File.WriteAllTextAsync(settings, "{ \"Syndicate\": { \"FeedSize\": 5, }", TestContext.Current.CancellationToken);

        var (exitCode, output, error) = await ExternalProcess.RunAsync("dotnet", [Server], workingDirectory: directory.Path);

        Assert.Equal((1, ""), (exitCode, output));
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"Failed to load configuration from file '{settings}'. Could not parse the JSON file.", line, StringComparison.Ordinal);
        Assert.Contains("LineNumber: ", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_server_on_the_same_database_refuses_to_start_naming_the_first()
    {
        using var directory = new TemporaryDirectory();
        await using var first = ServerProcess.Start(directory);
        await first.WaitUntilServingAsync();

        await using var second = ServerProcess.Start(directory);
        var exitCode = await second.WaitForExitAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(1, exitCode);
        var line = Assert.Single(second.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.StartsWith($"The database {Path.Combine(directory.Path, "data", "syndicate.db")} is in use by another Syndicate server, process {first.ProcessId} (", line, StringComparison.Ordinal);
        Assert.EndsWith("stop that one first, or give this one its own Syndicate:DatabasePath.", line, StringComparison.Ordinal);
        using var stillServing = await first.Client.GetAsync("/healthz", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, stillServing.StatusCode);
    }

    [Fact]
    public async Task A_refused_fetch_writes_one_warning_line_and_no_stack_trace()
    {
        using var directory = new TemporaryDirectory();
        await using var server = ServerProcess.Start(directory, new Dictionary<string, string>
        {
            ["Syndicate__Sources__2__Id"] = "loopback",
            ["Syndicate__Sources__2__Url"] = "http://127.0.0.1:1/news",
            ["Syndicate__Sources__3__Id"] = "closed-port",
            ["Syndicate__Sources__3__Url"] = "http://127.0.0.1:1/news",
            ["Syndicate__Sources__3__AllowPrivateNetwork"] = "true",
            ["Syndicate__Fetch__RetryDelay"] = "00:00:00.100",
        });
        await server.WaitUntilServingAsync();

        await Eventually.HoldsAsync(() => Task.FromResult(server.Output.Contains("Source closed-port: ingest failed", StringComparison.Ordinal)), "the failed fetch is logged");
        await Eventually.HoldsAsync(() => Task.FromResult(server.Output.Contains("Source loopback: ingest failed", StringComparison.Ordinal)), "the refused fetch is logged");

        var lines = server.Output.Split('\n');
        var refused = Assert.Single(lines, l => l.Contains("loopback", StringComparison.Ordinal));
        var failed = Assert.Single(lines, l => l.Contains("closed-port", StringComparison.Ordinal));
        Assert.StartsWith("warn: ", refused, StringComparison.Ordinal);
        Assert.Contains("ingest failed (FetchRefusedException): 127.0.0.1 resolves to 127.0.0.1, which is not a public address", refused, StringComparison.Ordinal);
        Assert.StartsWith("warn: ", failed, StringComparison.Ordinal);
        Assert.Contains("Connection refused", failed, StringComparison.Ordinal);
        Assert.DoesNotContain(lines, l => l.Contains("Polly", StringComparison.Ordinal) || l.Contains("System.Net.Http.HttpClient", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.TrimStart().StartsWith("at ", StringComparison.Ordinal));
    }
}

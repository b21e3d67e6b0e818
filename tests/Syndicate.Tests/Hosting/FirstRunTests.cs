using System.Diagnostics;
using Syndicate.Tests.Support;

namespace Syndicate.Tests.Hosting;

/// <summary>
/// The server as a newcomer starts it: its own process, the repository's appsettings.json and
/// bundled samples, no other settings. (tests/smoke/first-run.sh does the same from a fresh clone
/// with the README's run command and checks the 10-second promise.)
/// </summary>
public sealed class FirstRunTests
{
    [Fact]
    public async Task The_embedded_defaults_serve_the_sample_items_shortly_after_start()
    {
        using var directory = new TemporaryDirectory();
        await using var server = ServerProcess.Start(directory);

        var started = Stopwatch.StartNew();
        var items = 0;
        while (items < 8 && started.Elapsed < TimeSpan.FromSeconds(60) && !server.HasExited)
        {
            items = await CountItemsAsync(server.Client);
            if (items < 8)
            {
                await Task.Delay(100, TestContext.Current.CancellationToken);
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"Sample items served {started.Elapsed.TotalSeconds:F1} s after start.");
        Assert.True(items == 8, $"Expected the 8 sample items; the server said:\n{server.Output}");
        Assert.True(File.Exists(Path.Combine(directory.Path, "data", "syndicate.db")));
        Assert.True(File.Exists(Path.Combine(directory.Path, "feeds", "agency", "anp.atom")));
    }

    [Fact]
    public async Task A_bad_setting_stops_the_server_with_a_message_naming_the_setting_and_the_fix()
    {
        using var directory = new TemporaryDirectory();
        await using var server = ServerProcess.Start(directory, new Dictionary<string, string> { ["Syndicate__Sources__0__Schedule"] = "every five minutes" });

        var exitCode = await server.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.NotEqual(0, exitCode);
        Assert.Contains("Syndicate:Sources:0:Schedule 'every five minutes' is not a Quartz cron expression", server.Output, StringComparison.Ordinal);
        Assert.Contains("(example: \"0 */5 * * * ?\" for every five minutes)", server.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(directory.Path, "data", "syndicate.db")));
    }

    private static async Task<int> CountItemsAsync(HttpClient client)
    {
        try
        {
            return FeedClient.Load(await client.GetByteArrayAsync("/feeds/all.atom")).Items.Count();
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return 0;
        }
    }
}

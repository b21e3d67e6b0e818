using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
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
        File.Copy(Path.Combine(RepositoryRoot.Path, "appsettings.json"), Path.Combine(directory.Path, "appsettings.json"));
        var samples = Path.Combine(directory.Path, "src", "Syndicate", "Samples");
        Directory.CreateDirectory(samples);
        foreach (var file in Directory.EnumerateFiles(Samples.Directory))
        {
            File.Copy(file, Path.Combine(samples, Path.GetFileName(file)));
        }

        var port = FreeLoopbackPort();
        var server = Path.Combine(AppContext.BaseDirectory, "Syndicate.dll");
        var start = new ProcessStartInfo("dotnet", [server])
        {
            WorkingDirectory = directory.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["Urls"] = $"http://127.0.0.1:{port}", ["Syndicate__PublicBaseUrl"] = $"http://127.0.0.1:{port}/" },
        };
        using var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(5) };
            var started = Stopwatch.StartNew();
            var items = 0;
            while (items < 8 && started.Elapsed < TimeSpan.FromSeconds(60) && !process.HasExited)
            {
                items = await CountItemsAsync(client);
                if (items < 8)
                {
                    await Task.Delay(100, TestContext.Current.CancellationToken);
                }
            }

            TestContext.Current.TestOutputHelper?.WriteLine($"Sample items served {started.Elapsed.TotalSeconds:F1} s after start.");
            Assert.Equal(8, items);
            Assert.True(File.Exists(Path.Combine(directory.Path, "data", "syndicate.db")));
            Assert.True(File.Exists(Path.Combine(directory.Path, "feeds", "agency", "anp.atom")));
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        }
    }

    private static async Task<int> CountItemsAsync(HttpClient client)
    {
        try
        {
            return FeedClient.Load(await client.GetByteArrayAsync("/feeds/all.atom")).Items.Count();
        }
        catch (HttpRequestException)
        {
            return 0;
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

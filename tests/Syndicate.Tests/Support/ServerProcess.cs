using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Syndicate.Tests.Support;

/// <summary>
/// The built server in a process of its own, started in a working folder holding a copy of the
/// repository's appsettings.json and bundled samples, listening on a free loopback port. A folder
/// can be started again after a server in it ended, and it keeps its database and feeds.
/// </summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ServerProcess(TemporaryDirectory directory, IDictionary<string, string> environment, IReadOnlyList<string> arguments, int port, bool chooseAddress)
    {
        Directory = directory;
        File.Copy(System.IO.Path.Combine(RepositoryRoot.Path, "appsettings.json"), System.IO.Path.Combine(directory.Path, "appsettings.json"), overwrite: true);
        var samples = System.IO.Path.Combine(directory.Path, "src", "Syndicate", "Samples");
        System.IO.Directory.CreateDirectory(samples);
        foreach (var file in System.IO.Directory.EnumerateFiles(Samples.Directory))
        {
            // A server started again in the folder, or beside one still running, finds the samples in place: copying over
            // a sample the running one is reading fails.
            var copy = System.IO.Path.Combine(samples, System.IO.Path.GetFileName(file));
            if (!File.Exists(copy))
            {
                File.Copy(file, copy);
            }
        }

        Port = port;
        var start = new ProcessStartInfo("dotnet", [System.IO.Path.Combine(AppContext.BaseDirectory, "Syndicate.dll"), .. arguments])
        {
            WorkingDirectory = directory.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (chooseAddress)
        {
            start.Environment["Urls"] = $"http://127.0.0.1:{Port}";
            start.Environment["Syndicate__PublicBaseUrl"] = $"http://127.0.0.1:{Port}/";
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        Client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{Port}"), Timeout = TimeSpan.FromSeconds(5) };
    }

    public TemporaryDirectory Directory { get; }

    public int Port { get; }

    public HttpClient Client { get; }

    public bool HasExited => _process.HasExited;

    public int ProcessId => _process.Id;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <param name="environment">Extra environment variables, such as settings (Syndicate__FeedSize).</param>
    public static ServerProcess Start(TemporaryDirectory directory, IDictionary<string, string>? environment = null) =>
        new(directory, environment ?? new Dictionary<string, string>(), [], FreeLoopbackPort(), chooseAddress: true);

    /// <summary>Starts the server with only what <paramref name="address"/> makes of <see cref="Port"/> to say where it listens.</summary>
    /// <param name="address">The environment variables and command-line arguments for a free loopback port.</param>
    public static ServerProcess StartAddressedBy(TemporaryDirectory directory, Func<int, (IDictionary<string, string> Environment, IReadOnlyList<string> Arguments)> address)
    {
        var port = FreeLoopbackPort();
        var (environment, arguments) = address(port);
        return new(directory, environment, arguments, port, chooseAddress: false);
    }

    /// <summary>Waits until <paramref name="path"/> answers 200; fails with the server's output if it exits or a minute passes.</summary>
    public async Task WaitUntilServingAsync(string path = "/healthz")
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(1);
        while (true)
        {
            try
            {
                using var response = await Client.GetAsync(path, TestContext.Current.CancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !TestContext.Current.CancellationToken.IsCancellationRequested)
            {
                // Not listening yet.
            }

            Assert.False(HasExited, $"The server exited before {path} answered:\n{Output}");
            Assert.True(DateTime.UtcNow < deadline, $"{path} did not answer within a minute:\n{Output}");
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>Ends the server at once, as a power cut or the OOM killer would: SIGKILL on Linux, no shutdown code runs.</summary>
    public async Task KillAsync()
    {
        _process.Kill();
        await _process.WaitForExitAsync(TestContext.Current.CancellationToken);
    }

    public async Task<int> WaitForExitAsync(TimeSpan limit)
    {
        using var timeout = new CancellationTokenSource(limit);
        await _process.WaitForExitAsync(timeout.Token);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Syndicate.Tests.Support;

/// <summary>
/// The built server in a process of its own, started in a working folder holding a copy of the
/// repository's appsettings.json and bundled samples, listening on a free loopback port.
/// </summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ServerProcess(TemporaryDirectory directory, IDictionary<string, string> environment)
    {
        Directory = directory;
        File.Copy(System.IO.Path.Combine(RepositoryRoot.Path, "appsettings.json"), System.IO.Path.Combine(directory.Path, "appsettings.json"));
        var samples = System.IO.Path.Combine(directory.Path, "src", "Syndicate", "Samples");
        System.IO.Directory.CreateDirectory(samples);
        foreach (var file in System.IO.Directory.EnumerateFiles(Samples.Directory))
        {
            File.Copy(file, System.IO.Path.Combine(samples, System.IO.Path.GetFileName(file)));
        }

        Port = FreeLoopbackPort();
        var start = new ProcessStartInfo("dotnet", [System.IO.Path.Combine(AppContext.BaseDirectory, "Syndicate.dll")])
        {
            WorkingDirectory = directory.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["Urls"] = $"http://127.0.0.1:{Port}", ["Syndicate__PublicBaseUrl"] = $"http://127.0.0.1:{Port}/" },
        };
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
        new(directory, environment ?? new Dictionary<string, string>());

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

namespace Syndicate.Tests.Support;

/// <summary>
/// Built servers in processes of their own, node1, node2, ..., each in a folder of its own, all with the same settings
/// but their name (<c>Syndicate:Cluster:InstanceId</c>): on one PostgreSQL database, a Quartz cluster. A node can be
/// killed and started again in its folder; every process still running is killed at the end.
/// </summary>
internal sealed class ServerCluster : IAsyncDisposable
{
    private readonly IReadOnlyDictionary<string, string> _settings;
    private readonly Dictionary<string, TemporaryDirectory> _folders = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ServerProcess> _serving = new(StringComparer.Ordinal);
    private readonly List<(string Node, ServerProcess Server)> _started = [];

    private ServerCluster(IReadOnlyDictionary<string, string> settings, int nodes)
    {
        _settings = settings;
        foreach (var node in Enumerable.Range(1, nodes).Select(n => $"node{n}"))
        {
            _folders[node] = new TemporaryDirectory();
        }
    }

    public IReadOnlyList<string> Nodes => [.. _folders.Keys];

    /// <summary>The nodes serving now, by name: started and answering, not killed since.</summary>
    public IReadOnlyDictionary<string, ServerProcess> Serving
    {
        get
        {
            lock (_serving)
            {
                return new Dictionary<string, ServerProcess>(_serving, StringComparer.Ordinal);
            }
        }
    }

    /// <summary>Starts every node at once and waits until each serves.</summary>
    /// <param name="settings">Environment variables for every node, such as settings (Syndicate__Storage__Provider).</param>
    public static async Task<ServerCluster> StartAsync(IReadOnlyDictionary<string, string> settings, int nodes)
    {
        var cluster = new ServerCluster(settings, nodes);
        try
        {
            await Task.WhenAll(cluster.Nodes.Select(cluster.StartAsync));
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts <paramref name="node"/> in its folder (again, after a kill) and waits until it serves.</summary>
    public async Task StartAsync(string node)
    {
        var server = ServerProcess.Start(_folders[node], new Dictionary<string, string>(_settings) { ["Syndicate__Cluster__InstanceId"] = node });
        lock (_serving)
        {
            _started.Add((node, server));
        }

        await server.WaitUntilServingAsync();
        lock (_serving)
        {
            _serving.Add(node, server);
        }
    }

    /// <summary>Ends <paramref name="node"/> with SIGKILL: no shutdown code runs, its scheduler does not say goodbye.</summary>
    public async Task KillAsync(string node)
    {
        ServerProcess server;
        lock (_serving)
        {
            server = _serving[node];
            _serving.Remove(node);
        }

        await server.KillAsync();
    }

    /// <summary>Every node's output, for a failure message.</summary>
    public string Output() =>
        string.Join("\n", _started.Select(run => $"--- {run.Node}\n{run.Server.Output}"));

    public async ValueTask DisposeAsync()
    {
        foreach (var (_, server) in _started)
        {
            await server.DisposeAsync();
        }

        foreach (var folder in _folders.Values)
        {
            folder.Dispose();
        }
    }
}

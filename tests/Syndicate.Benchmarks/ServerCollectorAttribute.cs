using System.Globalization;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Jobs;

namespace Syndicate.Benchmarks;

/// <summary>
/// Runs a benchmark, in every job it runs in, with the garbage collector set as the server sets it, read from the
/// server's <c>Syndicate.runtimeconfig.json</c> (copied beside the benchmarks): Server GC or not, and the size from
/// which an object is large. The benchmark process is otherwise a console program with the workstation collector,
/// whose first generation is a few megabytes: a large page would be measured under a collector the server does not use.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ServerCollectorAttribute() : JobMutatorConfigBaseAttribute(ServerJob())
{
    private static Job ServerJob()
    {
        using var runtimeConfig = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Syndicate.runtimeconfig.json")));
        var properties = runtimeConfig.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");
        var job = new Job().WithGcServer(properties.TryGetProperty("System.GC.Server", out var server) && server.GetBoolean());
        // The runtime reads a GC setting from the environment as a hexadecimal number.
        return properties.TryGetProperty("System.GC.LOHThreshold", out var threshold)
            ? job.WithEnvironmentVariable("DOTNET_GCLOHThreshold", threshold.GetInt64().ToString("x", CultureInfo.InvariantCulture))
            : job;
    }
}

using Microsoft.Extensions.Options;
using Syndicate.Sources;
using Syndicate.Storage;

namespace Syndicate.Scheduling;

/// <summary>
/// At start-up, imports the sources of appsettings.json into the registry and schedules every
/// registered source (with a one-off ingest now, unless IngestOnStart is off); afterwards, imports
/// again whenever the file changes. <see cref="SourceRegistry"/> says which version of a source wins.
/// </summary>
public sealed partial class ConfiguredSourceImport(
    SourceRegistry registry,
    QuartzTriggerSync triggers,
    IOptionsMonitor<ConfiguredSourcesOptions> sources,
    IOptions<SchedulingOptions> scheduling,
    ILogger<ConfiguredSourceImport> logger)
    : IHostedService, IDisposable
{
    private IDisposable? _subscription;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await registry.ImportConfigurationAsync(sources.CurrentValue.Sources, cancellationToken);
        await triggers.SynchronizeAsync(scheduling.Value.IngestOnStart, cancellationToken);
        _subscription = sources.OnChange(changed => _ = ReimportAsync(changed));
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _subscription?.Dispose();
        return Task.CompletedTask;
    }

    public void Dispose() => _subscription?.Dispose();

    private async Task ReimportAsync(ConfiguredSourcesOptions changed)
    {
        try
        {
            await registry.ImportConfigurationAsync(changed.Sources, CancellationToken.None);
            await triggers.SynchronizeAsync(ingestNow: false, CancellationToken.None);
            LogReimported(logger, changed.Sources.Count);
        }
        catch (Exception e)
        {
            LogReimportFailed(logger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "appsettings.json changed: imported {Count} configured sources")]
    private static partial void LogReimported(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "appsettings.json changed, but its sources could not be imported; the registry is unchanged")]
    private static partial void LogReimportFailed(ILogger logger, Exception exception);
}

using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Syndicate.Settings;
using Syndicate.Sources;
using Syndicate.Storage;

namespace Syndicate.Scheduling;

/// <summary>
/// At start-up, schedules every registered source (the file's sources were imported before the first publish, by
/// <see cref="ConfiguredSourceRegistration"/>), with a one-off ingest now unless IngestOnStart is off; afterwards,
/// imports the sources of appsettings.json again whenever the file changes.
/// A changed file whose sources are not valid is not imported, and the log says why. <see cref="SourceRegistry"/>
/// says which version of a source wins.
/// </summary>
public sealed partial class ConfiguredSourceImport(
    SourceRegistry registry,
    QuartzTriggerSync triggers,
    IOptionsFactory<ConfiguredSourcesOptions> sources,
    IEnumerable<IOptionsChangeTokenSource<ConfiguredSourcesOptions>> changes,
    IOptions<SchedulingOptions> scheduling,
    ILogger<ConfiguredSourceImport> logger)
    : IHostedService, IDisposable
{
    private readonly Lock _gate = new();
    private readonly List<IDisposable> _subscriptions = [];
    private bool _stopped;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await triggers.SynchronizeAsync(scheduling.Value.IngestOnStart, cancellationToken);
        var subscriptions = changes.Select(change => ChangeToken.OnChange(change.GetChangeToken, () => _ = ReimportAsync())).ToList();
        lock (_gate)
        {
            // The host may stop while the start is still importing.
            if (!_stopped)
            {
                _subscriptions.AddRange(subscriptions);
                return;
            }
        }

        subscriptions.ForEach(s => s.Dispose());
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        List<IDisposable> subscriptions;
        lock (_gate)
        {
            _stopped = true;
            subscriptions = [.. _subscriptions];
            _subscriptions.Clear();
        }

        subscriptions.ForEach(s => s.Dispose());
    }

    private async Task ReimportAsync()
    {
        ConfiguredSourcesOptions changed;
        try
        {
            changed = sources.Create(Options.DefaultName);
        }
        catch (OptionsValidationException e)
        {
            LogNotValid(logger, string.Join(" ", SettingProblems.Of(e)));
            return;
        }

        try
        {
            await registry.ImportConfigurationAsync(changed.Sources, CancellationToken.None);
        }
        catch (Exception e)
        {
            LogImportFailed(logger, e);
            return;
        }

        LogReimported(logger, changed.Sources.Count);
        try
        {
            await triggers.SynchronizeAsync(ingestNow: false, CancellationToken.None);
        }
        catch (Exception e)
        {
            LogSchedulingFailed(logger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "appsettings.json changed: imported {Count} configured sources")]
    private static partial void LogReimported(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "appsettings.json changed, but its sources were not imported, because: {Problems} The registry is unchanged; fix the file to import it.")]
    private static partial void LogNotValid(ILogger logger, string problems);

    [LoggerMessage(Level = LogLevel.Error, Message = "appsettings.json changed, but its sources could not be stored; the registry is unchanged")]
    private static partial void LogImportFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "appsettings.json changed and its sources were imported, but their schedules could not all be put in force")]
    private static partial void LogSchedulingFailed(ILogger logger, Exception exception);
}

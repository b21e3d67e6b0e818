using Microsoft.Extensions.Options;
using Syndicate.Sources;

namespace Syndicate.Storage;

/// <summary>
/// After the schema migration and before the first publish: brings the sources of appsettings.json into the registry
/// (<see cref="SourceRegistry.ImportConfigurationAsync"/>), so the first publish already says how often the feeds
/// change; scheduling them, and importing the file again when it changes, come later (Scheduling's
/// <c>ConfiguredSourceImport</c>).
/// </summary>
public sealed class ConfiguredSourceRegistration(SourceRegistry registry, IOptionsFactory<ConfiguredSourcesOptions> sources) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) =>
        registry.ImportConfigurationAsync(sources.Create(Options.DefaultName).Sources, cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

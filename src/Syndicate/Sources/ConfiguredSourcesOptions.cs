namespace Syndicate.Sources;

/// <summary>
/// The sources appsettings.json lists (<c>Syndicate:Sources</c>) and the shortest poll interval any source may have
/// (<c>Syndicate:MinPollInterval</c>). The sources reload live: the file is imported into the source registry at
/// start-up and again whenever it changes. The floor is read at start-up.
/// </summary>
public sealed class ConfiguredSourcesOptions
{
    public const string Section = "Syndicate";

    public List<ConfiguredSource> Sources { get; set; } = [];

    /// <summary>No schedule may poll a source more often than this: a cron that fires sooner, a shorter interval.</summary>
    public TimeSpan MinPollInterval { get; set; } = TimeSpan.FromSeconds(10);
}

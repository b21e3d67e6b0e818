namespace Syndicate.Sources;

/// <summary>
/// The sources appsettings.json lists (<c>Syndicate:Sources</c>). They reload live: the file is imported
/// into the source registry at start-up and again whenever it changes.
/// </summary>
public sealed class ConfiguredSourcesOptions
{
    public const string Section = "Syndicate";

    public List<ConfiguredSource> Sources { get; set; } = [];
}

namespace Syndicate.Storage;

/// <summary>
/// How much the database keeps (<c>Syndicate:Retention</c>): items, the sightings that dated them and the fetch
/// history, each by age and by count, and how many items one page may bring. Read afresh by every ingest and
/// every run of the maintenance job, so a change applies without a restart.
/// </summary>
public sealed class RetentionOptions
{
    public const string Section = "Syndicate:Retention";

    /// <summary>Items not seen on any page for this long are deleted, with their sightings; zero keeps them forever.</summary>
    public TimeSpan ItemsMaxAge { get; set; } = TimeSpan.FromDays(90);

    /// <summary>The most items kept per source: beyond it, those seen longest ago go first.</summary>
    public int MaxItemsPerSource { get; set; } = 50_000;

    /// <summary>Sightings whose latest capture is older than this are deleted (the items keep their windows).</summary>
    public TimeSpan SightingsMaxAge { get; set; } = TimeSpan.FromDays(30);

    public int MaxSightingsPerSource { get; set; } = 100_000;

    public int MaxSightings { get; set; } = 1_000_000;

    /// <summary>Fetch records older than this are deleted, except each source's latest.</summary>
    public TimeSpan FetchesMaxAge { get; set; } = TimeSpan.FromDays(30);

    public int MaxFetchesPerSource { get; set; } = 1_000;

    public int MaxFetches { get; set; } = 100_000;

    /// <summary>A page with more items is cut to its first (newest) this many, with a warning.</summary>
    public int MaxItemsPerPage { get; set; } = 500;
}

namespace Syndicate.Configuration;

/// <summary>The server's settings, bound from the <c>Syndicate</c> section of appsettings.json.</summary>
public sealed class SyndicateOptions
{
    public const string Section = "Syndicate";

    public const string DefaultSchedulerName = "syndicate";

    /// <summary>The SQLite database file (relative paths from the repository root).</summary>
    public string DatabasePath { get; set; } = "data/syndicate.db";

    /// <summary>Where every feed is exported as a static file (relative paths from the repository root).</summary>
    public string FeedsDirectory { get; set; } = "feeds";

    /// <summary>The public root URL feeds are served under; self links and ids are built from it.</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5000/";

    /// <summary>The RFC 4151 tag authority and date for entry ids: a domain you own and a date.</summary>
    public string TagAuthority { get; set; } = "syndicate.localhost,2026";

    public string Title { get; set; } = "Syndicate";

    /// <summary>The feeds' language (RFC 5646).</summary>
    public string Language { get; set; } = "nl";

    /// <summary>How many entries a feed carries, newest first.</summary>
    public int FeedSize { get; set; } = 50;

    /// <summary>The Quartz scheduler's name; two servers in one process need two names.</summary>
    public string SchedulerName { get; set; } = DefaultSchedulerName;

    /// <summary>Pages larger than this many bytes are refused, and nothing of them is stored.</summary>
    public int MaxPageBytes { get; set; } = Syndicate.Core.Wire.PageReader.DefaultMaxBytes;

    /// <summary>How long after start-up the scheduler begins firing (feeds are served meanwhile).</summary>
    public TimeSpan SchedulerStartDelay { get; set; } = TimeSpan.Zero;

    /// <summary>Whether every source is ingested once right at start-up, besides its schedule.</summary>
    public bool IngestOnStart { get; set; } = true;

    /// <summary>Dateline place → ISO country code ("BE") or GeoNames id ("2660646"); wins over the gazetteer.</summary>
    public Dictionary<string, string> PlaceOverrides { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Agencies besides the built-in ones, or more aliases for a built-in one (same code).</summary>
    public List<AgencyOptions> Agencies { get; set; } = [];

    public List<SourceOptions> Sources { get; set; } = [];
}

namespace Syndicate.Publishing;

/// <summary>
/// How feeds are published (<c>Syndicate:FeedsDirectory</c>, <c>PublicBaseUrl</c>, <c>TagAuthority</c>, <c>Title</c>,
/// <c>Language</c>, <c>FeedSize</c>, <c>MaxSourceShare</c>, <c>PublishInterval</c>, <c>StartReadChunk</c>,
/// <c>StartReadAtMost</c>, <c>ViewReadBeforeSearch</c>, <c>ViewSearchReadsAtMost</c>). <c>FeedSize</c>,
/// <c>MaxSourceShare</c> and <c>PublishInterval</c> apply from the next publish, the two of views from the next view;
/// the others are read once at start-up and need a restart.
/// </summary>
public sealed class PublishingOptions
{
    public const string Section = "Syndicate";

    /// <summary>Where every feed is exported as a static file (relative paths from the repository root).</summary>
    public string FeedsDirectory { get; set; } = "feeds";

    /// <summary>
    /// The public root URL feeds are served under; self links and every link in the feeds and pages are built from
    /// it. Empty: the first address the server listens on (<see cref="PublicAddress"/>).
    /// </summary>
    public string PublicBaseUrl { get; set; } = "";

    /// <summary>The RFC 4151 tag authority and date for entry ids: a domain you own and a date.</summary>
    public string TagAuthority { get; set; } = "syndicate.localhost,2026";

    public string Title { get; set; } = "Syndicate";

    /// <summary>The feeds' language (RFC 5646).</summary>
    public string Language { get; set; } = "nl";

    /// <summary>How many entries a feed carries, newest first.</summary>
    public int FeedSize { get; set; } = 50;

    /// <summary>The most of a feed (or a view of it) one source may fill while other sources have entries for it; 1 is no limit.</summary>
    public double MaxSourceShare { get; set; } = 0.5;

    /// <summary>
    /// The least time between the starts of two publishes of what captures changed: the captures stored meanwhile are
    /// published together, once. A change is published at most this long plus two publishes after it was stored.
    /// </summary>
    public TimeSpan PublishInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How many of the newest items a start reads at a time before it publishes the feeds they settle (<see cref="FeedPublisher.PublishNewestAsync"/>).</summary>
    public int StartReadChunk { get; set; } = 5_000;

    /// <summary>The most items a start reads before it publishes the feeds they settle; the others follow once it has read every item.</summary>
    public int StartReadAtMost { get; set; } = 50_000;

    /// <summary>
    /// The most of a feed's newest entries a view with keywords (<c>?q=</c>) matches itself before it asks the search
    /// index: words that many entries hold are found sooner on the way than by the index.
    /// </summary>
    public int ViewReadBeforeSearch { get; set; } = 5_000;

    /// <summary>
    /// The most items the search index's answer to a view is read as a set of. Words more items hold are common (one item
    /// in 50 of a million), so the view walks on through the feed's entries newest first and meets its limit (at most
    /// 500) within about 25,000 of them; reading 500,000 ids took 2.3 s.
    /// </summary>
    public int ViewSearchReadsAtMost { get; set; } = 20_000;
}

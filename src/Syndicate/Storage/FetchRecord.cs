namespace Syndicate.Storage;

/// <summary>One attempt to ingest a source, as the <c>fetches</c> table keeps it.</summary>
/// <param name="HttpStatus">The response's status; null for file sources and failures before a response.</param>
/// <param name="ItemsFound">Wire items on the page; null when the attempt failed.</param>
/// <param name="ItemsNew">Items never stored before; null when the attempt failed.</param>
/// <param name="Error">Why the attempt failed; null when it succeeded.</param>
public sealed record FetchRecord(
    string SourceId, DateTimeOffset StartedAt, TimeSpan Duration, int? HttpStatus, int? ItemsFound, int? ItemsNew, string? Error)
{
    public bool Succeeded => Error is null;

    /// <summary>Items whose age parsed; null when the attempt failed or the page was not modified.</summary>
    public int? ItemsDated { get; init; }

    /// <summary>Items whose dateline the gazetteer placed; null when the attempt failed, the page was not modified, or the record predates the count.</summary>
    public int? ItemsPlaced { get; init; }

    /// <summary>Texts on the page shaped like ages that no supported language reads; empty when none, or the page was not read.</summary>
    public IReadOnlyList<string> UnreadAges { get; init; } = [];

    /// <summary>The source is not fetched again before this instant (a Retry-After, or back-off).</summary>
    public DateTimeOffset? NotBefore { get; init; }

    /// <summary>The page's ETag, for the next conditional request.</summary>
    public string? ETag { get; init; }

    /// <summary>The page's Last-Modified, for the next conditional request.</summary>
    public DateTimeOffset? LastModified { get; init; }

    /// <summary>Where the page was found after redirects; null for a file or a failure before a response.</summary>
    public string? FinalUrl { get; init; }

    /// <summary>When the source's schedule was due for this fetch; null for a run the schedule did not fire (run-now, the ingest at start-up).</summary>
    public DateTimeOffset? ScheduledFireTime { get; init; }

    /// <summary>The node that fetched (<c>Syndicate:Cluster:InstanceId</c>); null for fetches recorded before nodes were.</summary>
    public string? Node { get; init; }
}

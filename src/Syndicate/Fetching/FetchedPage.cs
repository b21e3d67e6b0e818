namespace Syndicate.Fetching;

/// <summary>A page as fetched: its bytes and what they are relative to.</summary>
/// <param name="Url">Where the page came from: the final URL after redirects, or the file's absolute URI.</param>
/// <param name="ContentType">The Content-Type header, or one inferred from a file's extension.</param>
/// <param name="Reference">The instant the page's ages were computed at.</param>
/// <param name="NotModified">The server answered 304 to a conditional request: there is nothing new to read.</param>
public sealed record FetchedPage(Uri Url, byte[] Content, string? ContentType, DateTimeOffset Reference, bool NotModified = false)
{
    /// <summary>How long after <see cref="Reference"/> the page may have been made: a Date header counts whole seconds.</summary>
    public TimeSpan ReferencePrecision { get; init; }

    /// <summary>The HTTP status; null for a file.</summary>
    public int? Status { get; init; }

    public string? ETag { get; init; }

    public DateTimeOffset? LastModified { get; init; }
}

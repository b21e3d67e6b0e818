namespace Syndicate.Fetching;

/// <summary>What to fetch, and what the previous fetch of it said (for a conditional request).</summary>
/// <param name="Url">An http(s) URL or a file path.</param>
/// <param name="MaxBytes">Bytes beyond this are never read.</param>
public sealed record FetchRequest(string Url, int MaxBytes)
{
    public bool AllowPrivateNetwork { get; init; }

    public string? ETag { get; init; }

    public DateTimeOffset? LastModified { get; init; }
}

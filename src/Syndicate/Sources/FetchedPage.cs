namespace Syndicate.Sources;

/// <summary>A page as fetched: its bytes and what they are relative to.</summary>
/// <param name="Url">Where the page came from: the final URL, or the file's absolute URI.</param>
/// <param name="ContentType">The Content-Type header, or one inferred from a file's extension.</param>
/// <param name="Reference">The instant the page's ages were computed at.</param>
/// <param name="HttpStatus">The response's status code; null for a file.</param>
public sealed record FetchedPage(Uri Url, byte[] Content, string? ContentType, DateTimeOffset Reference, int? HttpStatus);

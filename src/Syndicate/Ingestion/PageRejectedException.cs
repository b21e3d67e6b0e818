namespace Syndicate.Ingestion;

/// <summary>A fetched page the reader refused (binary, empty, too large, undecodable): nothing was stored.</summary>
public sealed class PageRejectedException(Uri url, string reason) : Exception($"{url}: {reason}")
{
    public string Reason { get; } = reason;
}

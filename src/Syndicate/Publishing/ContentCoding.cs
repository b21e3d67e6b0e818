namespace Syndicate.Publishing;

/// <summary>The content codings a document is kept in, each ready to send.</summary>
public enum ContentCoding
{
    Identity,
    Gzip,
    Brotli,
}

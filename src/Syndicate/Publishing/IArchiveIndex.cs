namespace Syndicate.Publishing;

/// <summary>Which closed daily archives (RFC 5005) a feed has, so its subscription document can name the newest as its prev-archive.</summary>
public interface IArchiveIndex
{
    /// <summary>The newest closed day archived for the feed at <paramref name="feedPath"/> ("agency/anp"); null when it has none.</summary>
    DateOnly? NewestArchiveOf(string feedPath);
}

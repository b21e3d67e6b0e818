using System.Reflection;

namespace Syndicate.Publishing;

/// <summary>The XSL (Publishing/feed.xsl, embedded) that RSS and Atom feeds name, so a browser shows them as a page.</summary>
public static class FeedStylesheet
{
    public const string FileName = "feed.xsl";

    private const string MediaType = "text/xsl; charset=utf-8";

    /// <summary>The stylesheet ready to serve; it changes only with a new build.</summary>
    public static PrecompressedDocument Document { get; } = Load();

    private static PrecompressedDocument Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Syndicate.Publishing.{FileName}")
            ?? throw new InvalidOperationException($"The embedded resource {FileName} is missing from the build.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var built = new DateTimeOffset(File.GetLastWriteTimeUtc(Assembly.GetExecutingAssembly().Location), TimeSpan.Zero);
        return PrecompressedDocument.Create(buffer.ToArray(), MediaType, built, FeedFreshness.CacheControl(FeedFreshness.Longest));
    }
}

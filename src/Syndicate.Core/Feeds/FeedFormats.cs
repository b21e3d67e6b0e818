using System.Diagnostics.CodeAnalysis;

namespace Syndicate.Core.Feeds;

/// <summary>File extensions and media types of the feed formats.</summary>
public static class FeedFormats
{
    public static IReadOnlyList<FeedFormat> All { get; } = [FeedFormat.Rss, FeedFormat.Atom];

    public static string Extension(this FeedFormat format) => format switch
    {
        FeedFormat.Rss => "rss",
        FeedFormat.Atom => "atom",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    public static string MediaType(this FeedFormat format) => format switch
    {
        FeedFormat.Rss => "application/rss+xml; charset=utf-8",
        FeedFormat.Atom => "application/atom+xml; charset=utf-8",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    public static bool TryParseExtension(string extension, [NotNullWhen(true)] out FeedFormat? format)
    {
        format = extension.ToLowerInvariant() switch
        {
            "rss" => FeedFormat.Rss,
            "atom" => FeedFormat.Atom,
            _ => null,
        };
        return format is not null;
    }
}

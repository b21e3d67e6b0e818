using System.Diagnostics.CodeAnalysis;

namespace Syndicate.Core.Feeds;

/// <summary>File extensions and media types of the feed formats.</summary>
public static class FeedFormats
{
    public static IReadOnlyList<FeedFormat> All { get; } = [FeedFormat.Rss, FeedFormat.Atom, FeedFormat.Json];

    public static string Extension(this FeedFormat format) => format switch
    {
        FeedFormat.Rss => "rss",
        FeedFormat.Atom => "atom",
        FeedFormat.Json => "json",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    /// <summary>The Content-Type header value.</summary>
    public static string MediaType(this FeedFormat format) => $"{BareMediaType(format)}; charset=utf-8";

    /// <summary>The media type without parameters, as link elements and OPML name it.</summary>
    public static string BareMediaType(this FeedFormat format) => format switch
    {
        FeedFormat.Rss => "application/rss+xml",
        FeedFormat.Atom => "application/atom+xml",
        FeedFormat.Json => "application/feed+json",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    public static bool TryParseExtension(string extension, [NotNullWhen(true)] out FeedFormat? format)
    {
        format = extension.ToLowerInvariant() switch
        {
            "rss" => FeedFormat.Rss,
            "atom" => FeedFormat.Atom,
            "json" => FeedFormat.Json,
            _ => null,
        };
        return format is not null;
    }
}

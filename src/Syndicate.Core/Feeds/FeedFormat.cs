namespace Syndicate.Core.Feeds;

public enum FeedFormat
{
    Rss,
    Atom,
    Json,
}

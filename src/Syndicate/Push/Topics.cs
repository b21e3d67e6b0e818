using Syndicate.Core.Feeds;
using Syndicate.Publishing;

namespace Syndicate.Push;

/// <summary>The hub's topics: every published feed document at its canonical URL (its rel="self"), nothing else.</summary>
public static class Topics
{
    /// <summary>The feed document <paramref name="topic"/> names, or null when it names none (another site, a view, an unknown feed).</summary>
    public static RenderedFeed? Find(FeedSnapshot snapshot, FeedSite site, Uri topic)
    {
        var feeds = new Uri(site.BaseUri, "feeds/").AbsoluteUri;
        return topic.Query.Length == 0 && topic.AbsoluteUri.StartsWith(feeds, StringComparison.Ordinal)
            ? snapshot.FindByUrlPath("/feeds/" + topic.AbsoluteUri[feeds.Length..])
            : null;
    }
}

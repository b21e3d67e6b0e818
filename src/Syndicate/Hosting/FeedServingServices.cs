using Syndicate.Api;
using Syndicate.Publishing;

namespace Syndicate.Hosting;

public static class FeedServingServices
{
    /// <summary>What the feed endpoints serve besides the published snapshot: filtered views and the OPML list.</summary>
    public static IServiceCollection AddFeedServing(this IServiceCollection services)
    {
        services.AddSingleton<FilteredFeeds>();
        services.AddSingleton<FeedList>();
        services.AddSingleton<FeedServing>();
        return services;
    }
}

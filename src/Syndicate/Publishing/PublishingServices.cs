using Microsoft.Extensions.Options;
using Syndicate.Core.Feeds;
using Syndicate.Core.Places;
using Syndicate.Core.Wire;
using Syndicate.Settings;

namespace Syndicate.Publishing;

public static class PublishingServices
{
    /// <summary>
    /// The feed catalog and renderer, the publisher that renders every feed once per change and exports it, the
    /// filtered views, the OPML list and the cache of documents made once per change; every feed is published at
    /// start-up, after the schema migration.
    /// </summary>
    public static IServiceCollection AddPublishing(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<PublishingOptions, PublishingOptionsValidator>(configuration, PublishingOptions.Section);
        services.AddSingleton(sp => new FeedCatalog(
            sp.GetRequiredService<AgencyCatalog>(), sp.GetRequiredService<RegionCatalog>(), Options(sp).Title));
        services.AddSingleton(sp =>
        {
            var options = Options(sp);
            var baseUrl = PublicAddress.BaseUrl(options, configuration);
            return new FeedRenderer(new FeedSite(new Uri(baseUrl), options.TagAuthority, "Syndicate", options.Language, options.Title));
        });
        services.AddSingleton<FeedEntryFactory>();
        services.AddSingleton<FeedExporter>();
        services.AddSingleton<FeedPublisher>();
        services.AddSingleton<FilteredFeeds>();
        services.AddSingleton<FeedList>();
        services.AddSingleton<DocumentCache>();
        services.AddHostedService<InitialPublish>();
        services.AddSingleton<SharedFeedChanges>();
        services.AddHostedService(s => s.GetRequiredService<SharedFeedChanges>());
        return services;
    }

    private static PublishingOptions Options(IServiceProvider services) => services.GetRequiredService<IOptions<PublishingOptions>>().Value;
}

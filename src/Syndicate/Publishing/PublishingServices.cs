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
    /// filtered views and the OPML list; every feed is published at start-up, after the schema migration.
    /// </summary>
    public static IServiceCollection AddPublishing(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<PublishingOptions, PublishingOptionsValidator>(configuration, PublishingOptions.Section);
        services.AddSingleton(sp => new FeedCatalog(
            sp.GetRequiredService<AgencyCatalog>(), sp.GetRequiredService<RegionCatalog>(), Options(sp).Title));
        services.AddSingleton(sp =>
        {
            var options = Options(sp);
            return new FeedRenderer(new FeedSite(new Uri(options.PublicBaseUrl), options.TagAuthority, "Syndicate", options.Language));
        });
        services.AddSingleton<FeedEntryFactory>();
        services.AddSingleton<FeedExporter>();
        services.AddSingleton<FeedPublisher>();
        services.AddSingleton<FilteredFeeds>();
        services.AddSingleton<FeedList>();
        services.AddHostedService<InitialPublish>();
        return services;
    }

    private static PublishingOptions Options(IServiceProvider services) => services.GetRequiredService<IOptions<PublishingOptions>>().Value;
}

using Microsoft.Extensions.Options;
using Quartz;
using Syndicate.Configuration;
using Syndicate.Core.Feeds;
using Syndicate.Core.Items;
using Syndicate.Core.Places;
using Syndicate.Core.Wire;
using Syndicate.Export;
using Syndicate.Publishing;
using Syndicate.Sources;
using Syndicate.Storage;

namespace Syndicate.Hosting;

public static class SyndicateServices
{
    /// <summary>Everything the server needs, in start-up order: settings, storage, publishing, scheduling.</summary>
    public static IServiceCollection AddSyndicate(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SyndicateOptions>()
            .Bind(configuration.GetSection(SyndicateOptions.Section))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<SyndicateOptions>, SyndicateOptionsValidator>();
        services.AddSingleton(TimeProvider.System);
        services.AddProblemDetails();
        services.AddHttpClient(PageFetcher.HttpClientName);

        services.AddSingleton(AgencyCatalog.Default);
        services.AddSingleton(RegionCatalog.Default);
        services.AddSingleton(sp => new PlaceResolver(Gazetteer.Default, sp.GetRequiredService<RegionCatalog>(), Options(sp).PlaceOverrides));
        services.AddSingleton<CaptureAnalyzer>();
        services.AddSingleton(sp => new FeedCatalog(
            sp.GetRequiredService<AgencyCatalog>(), sp.GetRequiredService<RegionCatalog>(), Options(sp).Title));
        services.AddSingleton(sp =>
        {
            var options = Options(sp);
            return new FeedRenderer(new FeedSite(new Uri(options.PublicBaseUrl), options.TagAuthority, "Syndicate", options.Language));
        });

        services.AddSingleton(sp => new Database(
            Path.GetFullPath(Options(sp).DatabasePath, sp.GetRequiredService<IHostEnvironment>().ContentRootPath)));
        services.AddSingleton<Migrator>();
        services.AddSingleton<ItemStore>();
        services.AddSingleton<FeedEntryFactory>();
        services.AddSingleton<FeedExporter>();
        services.AddSingleton<FeedPublisher>();
        services.AddFeedServing();
        services.AddSingleton<PageFetcher>();
        services.AddSingleton<SourceIngestor>();

        // Hosted services start in this order: schema and feeds first, then the scheduler.
        services.AddHostedService<StartupPublisher>();
        // Quartz keeps schedulers in a process-wide registry by name: one name per server instance.
        var schedulerName = configuration[$"{SyndicateOptions.Section}:{nameof(SyndicateOptions.SchedulerName)}"] ?? SyndicateOptions.DefaultSchedulerName;
        services.AddQuartz(q => q.ConfigureScheduler(s => s.InstanceName = schedulerName));
        services.AddQuartzHostedService(q => q.WaitForJobsToComplete = true);
        services.AddHostedService<SourceScheduler>();
        return services;
    }

    private static SyndicateOptions Options(IServiceProvider services) =>
        services.GetRequiredService<IOptions<SyndicateOptions>>().Value;
}

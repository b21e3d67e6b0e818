using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Quartz;
using Syndicate.Admin;
using Syndicate.Configuration;
using Syndicate.Core.Feeds;
using Syndicate.Core.Places;
using Syndicate.Core.Wire;
using Syndicate.Export;
using Syndicate.Operations;
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
        services.AddSourceHttpClient(configuration);

        services.AddSingleton(sp => new AgencyCatalog(AgencyCatalog.BuiltIn.Concat(Options(sp).Agencies.Select(a => a.ToAgency()))));
        services.AddSingleton(RegionCatalog.Default);
        services.AddSingleton(sp => new PlaceResolver(Gazetteer.Default, sp.GetRequiredService<RegionCatalog>(), Options(sp).PlaceOverrides));
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
        services.AddSingleton<SourceRegistry>();
        services.AddSingleton<FetchStore>();
        services.AddSingleton<EvidenceStore>();
        services.AddSingleton<FeedEntryFactory>();
        services.AddSingleton<FeedExporter>();
        services.AddSingleton<FeedPublisher>();
        services.AddFeedServing();
        services.AddSingleton(sp => new PageFetcher(
            sp.GetRequiredService<IHttpClientFactory>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IHostEnvironment>().ContentRootPath,
            sp.GetRequiredService<IOptions<FetchOptions>>().Value.FileRoot));
        services.AddSingleton<SourceIngestor>();
        services.AddSingleton<SourceHealthMonitor>();
        services.AddSingleton<SourceSchedules>();

        // Hosted services start in this order: schema and feeds first, then the scheduler.
        services.AddHostedService<StartupPublisher>();
        // Quartz keeps schedulers in a process-wide registry by name: one name per server instance.
        var schedulerName = configuration[$"{SyndicateOptions.Section}:{nameof(SyndicateOptions.SchedulerName)}"] ?? SyndicateOptions.DefaultSchedulerName;
        services.AddQuartz(q =>
        {
            q.ConfigureScheduler(s => s.InstanceName = schedulerName);
            // Jobs, triggers and every change to them live in the items' database and survive restarts.
            q.UsePersistentStore(store =>
            {
                store.UseSqlite(data => data.DataSourceFactory = sp => SqliteFactory.Instance.CreateDataSource(sp.GetRequiredService<Database>().ConnectionString));
                store.UseSystemTextJsonSerializer();
                store.ProvisionSchema();
            });
        });
        var startDelay = configuration.GetValue<TimeSpan?>($"{SyndicateOptions.Section}:{nameof(SyndicateOptions.SchedulerStartDelay)}");
        services.AddQuartzHostedService(q =>
        {
            q.WaitForJobsToComplete = true;
            q.StartDelay = startDelay;
        });
        services.AddHostedService<SourceScheduler>();
        services.AddSyndicateAdmin(configuration);
        services.AddSyndicateOperations(configuration);
        return services;
    }

    private static SyndicateOptions Options(IServiceProvider services) =>
        services.GetRequiredService<IOptions<SyndicateOptions>>().Value;
}

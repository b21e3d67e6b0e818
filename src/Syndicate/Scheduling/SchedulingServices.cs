using System.Globalization;
using Microsoft.Extensions.Options;
using Npgsql;
using Quartz;
using Syndicate.Settings;
using Syndicate.Storage;

namespace Syndicate.Scheduling;

public static class SchedulingServices
{
    private const string SchedulerInstanceName = "quartz.scheduler.instanceName";
    private const string MaxConcurrency = "quartz.threadPool.maxConcurrency";
    private const string BatchSize = "quartz.scheduler.batchTriggerAcquisitionMaxCount";
    private const string AcquireWithinLock = "quartz.jobStore.acquireTriggersWithinLock";

    // Triggers due at one instant are acquired and fired this many to a store transaction, not one by one.
    private const int TriggersPerAcquisition = 100;

    private const string SchedulerInstanceId = "quartz.scheduler.instanceId";
    private const string IdleWaitTime = "quartz.scheduler.idleWaitTime";

    /// <summary>
    /// Quartz with its jobs and triggers in the items' database (they survive restarts): on SQLite one scheduler, on
    /// PostgreSQL a cluster of every node on the database (each trigger fires on one node; a node that stops checking in
    /// has its triggers taken over). One ingest job per source kept in step with the registry, the import of
    /// appsettings.json's sources, and the maintenance job; the scheduler starts after the schema migration and the first
    /// publish.
    /// </summary>
    public static IServiceCollection AddScheduling(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<SchedulingOptions, SchedulingOptionsValidator>(configuration, SchedulingOptions.Section);
        services.AddValidatedOptions<ClusterOptions, ClusterOptionsValidator>(configuration, ClusterOptions.Section);
        // The store is chosen while the services are registered; bad values are reported by the validators above.
        var storage = BoundOrDefault<StorageOptions>(configuration, StorageOptions.Section);
        var cluster = BoundOrDefault<ClusterOptions>(configuration, ClusterOptions.Section);
        var node = NodeName.Of(cluster.InstanceId);
        services.AddSingleton(node);
        services.AddQuartz(quartz =>
        {
            quartz.UsePersistentStore(store =>
            {
                if (storage.Storage.Parsed == StorageProvider.Postgres)
                {
                    // Its tables are made by the Postgres migrations (002_quartz.sql), under their advisory lock.
                    store.UsePostgres(data => data.DataSourceFactory = sp => NpgsqlDataSource.Create(sp.GetRequiredService<Database>().ConnectionString));
                    store.UseClustering(clustering =>
                    {
                        clustering.CheckinInterval = cluster.CheckinInterval;
                        clustering.CheckinMisfireThreshold = cluster.CheckinMisfireThreshold;
                    });
                    store.ConfigureStore(ado => ado.MisfireThreshold = cluster.MisfireThreshold);
                }
                else
                {
                    store.UseSqlite(data => data.DataSourceFactory = sp => new SqliteWalConnection.Source(sp.GetRequiredService<Database>().ConnectionString));
                    store.ProvisionSchema();
                }

                store.UseSystemTextJsonSerializer();
            });
        });
        // Quartz keeps schedulers in a process-wide registry by name: one name per server instance.
        services.AddOptions<QuartzOptions>().Configure<IOptions<SchedulingOptions>>((quartz, scheduling) =>
        {
            quartz.Properties[SchedulerInstanceName] = scheduling.Value.SchedulerName;
            quartz.Properties[MaxConcurrency] = scheduling.Value.MaxConcurrentIngests.ToString(CultureInfo.InvariantCulture);
            quartz.Properties[BatchSize] = Math.Min(TriggersPerAcquisition, scheduling.Value.MaxConcurrentIngests).ToString(CultureInfo.InvariantCulture);
            quartz.Properties[AcquireWithinLock] = "true";
        });
        if (storage.Storage.Parsed == StorageProvider.Postgres)
        {
            services.AddOptions<QuartzOptions>().Configure(quartz =>
            {
                quartz.Properties[SchedulerInstanceId] = node.Value;
                // An idle node looks for due fires once a check-in interval, not Quartz's 30 s: one that joins or rejoins
                // takes its share of fires within about an interval, and no node takes a fire further ahead than that.
                quartz.Properties[IdleWaitTime] = ((long)cluster.CheckinInterval.TotalMilliseconds).ToString(CultureInfo.InvariantCulture);
            });
        }

        services.AddQuartzHostedService(hosted => hosted.WaitForJobsToComplete = true);
        services.AddOptions<QuartzHostedServiceOptions>().Configure<IOptions<SchedulingOptions>>((hosted, scheduling) =>
            hosted.StartDelay = scheduling.Value.SchedulerStartDelay > TimeSpan.Zero ? scheduling.Value.SchedulerStartDelay : null);
        services.AddSingleton<QuartzTriggerSync>();
        services.AddHostedService<ConfiguredSourceImport>();
        services.AddMaintenance(configuration);
        return services;
    }

    private static T BoundOrDefault<T>(IConfiguration configuration, string section)
        where T : new()
    {
        try
        {
            return configuration.GetSection(section).Get<T>() ?? new T();
        }
        catch (InvalidOperationException)
        {
            return new T();
        }
    }
}

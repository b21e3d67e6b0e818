using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
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

    /// <summary>
    /// Quartz with its jobs and triggers in the items' database (they survive restarts), one ingest job per
    /// source kept in step with the registry, the import of appsettings.json's sources, and the maintenance job; the
    /// scheduler starts after the schema migration and the first publish.
    /// </summary>
    public static IServiceCollection AddScheduling(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<SchedulingOptions, SchedulingOptionsValidator>(configuration, SchedulingOptions.Section);
        services.AddQuartz(quartz => quartz.UsePersistentStore(store =>
        {
            store.UseSqlite(data => data.DataSourceFactory = sp => SqliteFactory.Instance.CreateDataSource(sp.GetRequiredService<Database>().ConnectionString));
            store.UseSystemTextJsonSerializer();
            store.ProvisionSchema();
        }));
        // Quartz keeps schedulers in a process-wide registry by name: one name per server instance.
        services.AddOptions<QuartzOptions>().Configure<IOptions<SchedulingOptions>>((quartz, scheduling) =>
        {
            quartz.Properties[SchedulerInstanceName] = scheduling.Value.SchedulerName;
            quartz.Properties[MaxConcurrency] = scheduling.Value.MaxConcurrentIngests.ToString(CultureInfo.InvariantCulture);
            quartz.Properties[BatchSize] = Math.Min(TriggersPerAcquisition, scheduling.Value.MaxConcurrentIngests).ToString(CultureInfo.InvariantCulture);
            quartz.Properties[AcquireWithinLock] = "true";
        });
        services.AddQuartzHostedService(hosted => hosted.WaitForJobsToComplete = true);
        services.AddOptions<QuartzHostedServiceOptions>().Configure<IOptions<SchedulingOptions>>((hosted, scheduling) =>
            hosted.StartDelay = scheduling.Value.SchedulerStartDelay > TimeSpan.Zero ? scheduling.Value.SchedulerStartDelay : null);
        services.AddSingleton<QuartzTriggerSync>();
        services.AddHostedService<ConfiguredSourceImport>();
        services.AddMaintenance(configuration);
        return services;
    }
}

using Syndicate.Settings;

namespace Syndicate.Scheduling;

public static class MaintenanceServices
{
    /// <summary>The maintenance job on its Quartz schedule: the retention limits enforced, the feeds published again after deletions.</summary>
    public static IServiceCollection AddMaintenance(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<MaintenanceOptions, MaintenanceOptionsValidator>(configuration, MaintenanceOptions.Section);
        services.AddHostedService<MaintenanceSchedule>();
        return services;
    }
}

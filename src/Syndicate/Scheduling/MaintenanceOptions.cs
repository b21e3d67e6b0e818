namespace Syndicate.Scheduling;

/// <summary>When the maintenance job enforces the retention limits (<c>Syndicate:Maintenance</c>); read at start-up.</summary>
public sealed class MaintenanceOptions
{
    public const string Section = "Syndicate:Maintenance";

    /// <summary>A Quartz cron expression (seconds first), in UTC: by default every hour at seven minutes past.</summary>
    public string Schedule { get; set; } = "0 7 * * * ?";
}

namespace Syndicate.Scheduling;

/// <summary>The scheduler (<c>Syndicate:SchedulerName</c>, <c>SchedulerStartDelay</c>, <c>IngestOnStart</c>); read at start-up.</summary>
public sealed class SchedulingOptions
{
    public const string Section = "Syndicate";

    public const string DefaultSchedulerName = "syndicate";

    /// <summary>The Quartz scheduler's name; two servers in one process need two names.</summary>
    public string SchedulerName { get; set; } = DefaultSchedulerName;

    /// <summary>How long after start-up the scheduler begins firing (feeds are served meanwhile).</summary>
    public TimeSpan SchedulerStartDelay { get; set; } = TimeSpan.Zero;

    /// <summary>Whether every source is ingested once right at start-up, besides its schedule.</summary>
    public bool IngestOnStart { get; set; } = true;
}

namespace Syndicate.Scheduling;

/// <summary>The scheduler (<c>Syndicate:SchedulerName</c>, <c>SchedulerStartDelay</c>, <c>IngestOnStart</c>, <c>MaxConcurrentIngests</c>); read at start-up.</summary>
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

    /// <summary>
    /// How many ingests may run at once: Quartz's slots. An ingest waiting for its host's turn (one request in flight
    /// per host, <c>Fetch:MinHostSpacing</c> apart) keeps its slot, but a slot is a count, not a thread: give at least as
    /// many as sources fire together, so a fire never waits for another source's host.
    /// </summary>
    public int MaxConcurrentIngests { get; set; } = 1000;
}

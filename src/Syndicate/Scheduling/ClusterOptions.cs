namespace Syndicate.Scheduling;

/// <summary>
/// The clustered scheduler of several nodes on one PostgreSQL database (<c>Syndicate:Cluster</c>); unused on SQLite. Read
/// at start-up; every node must be given the same values.
/// </summary>
public sealed class ClusterOptions
{
    public const string Section = "Syndicate:Cluster";

    /// <summary>This node's name in the cluster; <c>AUTO</c> makes a unique one from the host name and the start time.</summary>
    public string InstanceId { get; set; } = "AUTO";

    /// <summary>How often a node tells the others it is alive, and looks for nodes that stopped telling.</summary>
    public TimeSpan CheckinInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How late a node's check-in may be before the others take over its triggers and recover its running jobs.</summary>
    public TimeSpan CheckinMisfireThreshold { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How late a fire may start and still count as on time. A later one is a misfire: it runs once, at once, and the fires
    /// that fell due meanwhile are dropped. At most <c>Syndicate:MinPollInterval</c>, so a fire held up (by a node being
    /// failed out, or by its source's previous run) never comes with the fires behind it in a burst.
    /// </summary>
    public TimeSpan MisfireThreshold { get; set; } = TimeSpan.FromSeconds(5);
}

using Syndicate.Core.Wire;
using Syndicate.Health;
using Syndicate.Sources;
using Syndicate.Storage;

namespace Syndicate.Admin;

/// <summary>A source: its whole definition (the fields of <see cref="SourceRequest"/>), its schedule and how its polling goes.</summary>
/// <param name="State">"enabled" or "paused".</param>
/// <param name="PauseReason">Why the server paused the source by itself (its schedule cannot fire); null when it runs or an admin paused it.</param>
/// <param name="ManagedBy">"config" while appsettings.json owns the source, "api" once the admin API has changed it.</param>
/// <param name="NextFireTime">When the schedule fires next; null while paused.</param>
/// <param name="PreviousFireTime">When the schedule last fired (a run-now is not a schedule fire).</param>
/// <param name="ConsecutiveFailures">How many fetches in a row, up to the latest, failed.</param>
/// <param name="Health">"healthy", "degraded" or "failing".</param>
/// <param name="HealthProblems">Why the source is not healthy, each with since when: failures, a back-off, no items, no readable ages, ages no language reads, no placed datelines, a structure change.</param>
/// <param name="NotBefore">The source is not fetched before this instant (a Retry-After, or back-off).</param>
/// <param name="Fetches">The source's fetch history, where every fetch's result appears (newest first).</param>
public sealed record SourceStatus(
    string Id,
    string Url,
    string Language,
    string TimeZone,
    string? Country,
    string? Section,
    string AgeRounding,
    bool AllowPrivateNetwork,
    WireSelectors? Selectors,
    ScheduleView Schedule,
    string State,
    string? PauseReason,
    string ManagedBy,
    DateTimeOffset? NextFireTime,
    DateTimeOffset? PreviousFireTime,
    FetchView? LastFetch,
    int ConsecutiveFailures,
    string Health,
    IReadOnlyList<SourceProblem> HealthProblems,
    DateTimeOffset? NotBefore,
    string Fetches)
{
    public static string FetchesOf(string id) => $"/admin/api/sources/{id}/fetches";

    public static SourceStatus From(RegisteredSource source, DateTimeOffset? next, DateTimeOffset? previous, SourceHealth health)
    {
        var definition = source.Definition;
        return new SourceStatus(
            definition.Id,
            definition.Url,
            definition.Language,
            definition.TimeZone,
            definition.Country,
            definition.Section,
            definition.AgeRounding.ToString(),
            definition.AllowPrivateNetwork,
            definition.Selectors,
            ScheduleView.From(source.Schedule),
            source.Paused ? "paused" : "enabled",
            source.PauseReason,
            source.ManagedBy == SourceOwner.Api ? "api" : "config",
            source.Paused ? null : next,
            previous,
            health.LastFetch is null ? null : FetchView.From(health.LastFetch),
            health.ConsecutiveFailures,
            health.State.ToString().ToLowerInvariant(),
            health.Problems,
            health.NotBefore,
            FetchesOf(definition.Id));
    }
}

/// <summary>A schedule as the API shows it: its kind, the one setting that kind has, and the schedule in words.</summary>
/// <param name="Kind">"cron", "interval" or "adaptive".</param>
public sealed record ScheduleView(string Kind, string? Cron, int? IntervalSeconds, int? AdaptiveMinSeconds, int? AdaptiveMaxSeconds, string Description)
{
    public static ScheduleView From(SourceSchedule schedule) => schedule switch
    {
        SourceSchedule.Cron cron => new("cron", cron.Expression, null, null, null, cron.Describe()),
        SourceSchedule.Interval interval => new("interval", null, (int)interval.Every.TotalSeconds, null, null, interval.Describe()),
        SourceSchedule.Adaptive adaptive => new(
            "adaptive", null, null, (int)adaptive.Minimum.TotalSeconds, (int)adaptive.Maximum.TotalSeconds, adaptive.Describe()),
        _ => throw new ArgumentOutOfRangeException(nameof(schedule), schedule, "Unknown schedule kind."),
    };
}

/// <summary>One ingest attempt.</summary>
/// <param name="HttpStatus">The response's status; null for file sources and for failures before a response (304: the page was not modified).</param>
/// <param name="ItemsFound">Wire items on the page; null when the attempt failed or the page was not modified.</param>
/// <param name="ItemsNew">Items never stored before; null when the attempt failed or the page was not modified.</param>
/// <param name="ItemsDated">Items whose age parsed; null when the attempt failed or the page was not modified.</param>
/// <param name="ItemsPlaced">Items whose dateline was placed; null when the attempt failed, the page was not modified, or the fetch predates the count.</param>
/// <param name="Error">Why it failed; null when it succeeded.</param>
/// <param name="UnreadAges">Texts on the page shaped like ages that no supported language reads.</param>
/// <param name="ScheduledFireTime">When the source's schedule was due for this fetch; null for a run it did not fire (run-now, the ingest at start-up).</param>
/// <param name="Node">The node that fetched (<c>Syndicate:Cluster:InstanceId</c>).</param>
public sealed record FetchView(
    DateTimeOffset StartedAt,
    double DurationMs,
    bool Succeeded,
    int? HttpStatus,
    int? ItemsFound,
    int? ItemsNew,
    int? ItemsDated,
    int? ItemsPlaced,
    string? Error,
    string? FinalUrl,
    IReadOnlyList<string> UnreadAges,
    DateTimeOffset? ScheduledFireTime,
    string? Node)
{
    public static FetchView From(FetchRecord fetch) => new(
        fetch.StartedAt,
        fetch.Duration.TotalMilliseconds,
        fetch.Succeeded,
        fetch.HttpStatus,
        fetch.ItemsFound,
        fetch.ItemsNew,
        fetch.ItemsDated,
        fetch.ItemsPlaced,
        fetch.Error,
        fetch.FinalUrl,
        fetch.UnreadAges,
        fetch.ScheduledFireTime,
        fetch.Node);
}

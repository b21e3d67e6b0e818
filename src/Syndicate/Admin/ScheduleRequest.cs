using Syndicate.Sources;

namespace Syndicate.Admin;

/// <summary>
/// A new schedule: exactly one of <c>{"cron": "0 */5 * * * ?"}</c>, <c>{"intervalSeconds": 300}</c> or
/// <c>{"adaptiveMinSeconds": 60, "adaptiveMaxSeconds": 3600}</c>. None may poll more often than
/// <c>Syndicate:MinPollInterval</c> (10 seconds unless set), and a cron expression must fire.
/// </summary>
/// <param name="Cron">A Quartz cron expression (seconds first), in the source's time zone.</param>
/// <param name="IntervalSeconds">Poll every this many seconds, counted from now.</param>
/// <param name="AdaptiveMinSeconds">Adaptive polling: the shortest interval it may choose.</param>
/// <param name="AdaptiveMaxSeconds">Adaptive polling: the longest interval it may choose.</param>
public sealed record ScheduleRequest(string? Cron = null, int? IntervalSeconds = null, int? AdaptiveMinSeconds = null, int? AdaptiveMaxSeconds = null)
{
    public const int LongestSeconds = 7 * 24 * 60 * 60;

    /// <summary>The request form of a schedule: only its kind's fields are set.</summary>
    public static ScheduleRequest From(SourceSchedule schedule) => schedule switch
    {
        SourceSchedule.Cron cron => new(Cron: cron.Expression),
        SourceSchedule.Interval interval => new(IntervalSeconds: (int)interval.Every.TotalSeconds),
        SourceSchedule.Adaptive adaptive => new(AdaptiveMinSeconds: (int)adaptive.Minimum.TotalSeconds, AdaptiveMaxSeconds: (int)adaptive.Maximum.TotalSeconds),
        _ => throw new ArgumentOutOfRangeException(nameof(schedule), schedule, "Unknown schedule kind."),
    };

    /// <summary>The schedule asked for, or the problems with it keyed by field (under <paramref name="prefix"/>).</summary>
    /// <param name="timeZone">The zone of the source the schedule is for; cron expressions are read in it.</param>
    /// <param name="floor">The shortest interval allowed (<c>Syndicate:MinPollInterval</c>).</param>
    /// <param name="now">From when a cron expression must still fire.</param>
    public (SourceSchedule? Schedule, Dictionary<string, string[]> Errors) Validate(string prefix, string timeZone, TimeSpan floor, DateTimeOffset now)
    {
        var errors = new Dictionary<string, string[]>();
        var kinds = (Cron is not null ? 1 : 0) + (IntervalSeconds is not null ? 1 : 0)
            + (AdaptiveMinSeconds is not null || AdaptiveMaxSeconds is not null ? 1 : 0);
        if (kinds != 1)
        {
            errors[prefix.Length > 0 ? prefix.TrimEnd('.') : "schedule"] =
            [
                "Give exactly one of: cron; intervalSeconds; adaptiveMinSeconds with adaptiveMaxSeconds. "
                + "A PATCH merges the schedule with the current one: set the current kind's fields to null, as in {\"schedule\": {\"cron\": null, \"intervalSeconds\": 300}}.",
            ];
            return (null, errors);
        }

        if (Cron is not null)
        {
            var cron = new SourceSchedule.Cron(Cron);
            return SourceRules.ScheduleProblem(cron, timeZone, floor, now) is { } problem
                ? (null, Error(errors, prefix + "cron", problem))
                : (cron, errors);
        }

        if (IntervalSeconds is { } interval)
        {
            return InRange(interval, floor) is { } problem
                ? (null, Error(errors, prefix + "intervalSeconds", $"{interval} {problem}"))
                : (new SourceSchedule.Interval(TimeSpan.FromSeconds(interval)), errors);
        }

        CheckBound(errors, prefix + "adaptiveMinSeconds", AdaptiveMinSeconds, floor);
        CheckBound(errors, prefix + "adaptiveMaxSeconds", AdaptiveMaxSeconds, floor);
        if (errors.Count == 0 && AdaptiveMinSeconds > AdaptiveMaxSeconds)
        {
            errors[prefix + "adaptiveMaxSeconds"] = [$"{AdaptiveMaxSeconds} is less than adaptiveMinSeconds {AdaptiveMinSeconds}."];
        }

        return errors.Count > 0
            ? (null, errors)
            : (new SourceSchedule.Adaptive(TimeSpan.FromSeconds(AdaptiveMinSeconds!.Value), TimeSpan.FromSeconds(AdaptiveMaxSeconds!.Value)), errors);
    }

    private static void CheckBound(Dictionary<string, string[]> errors, string field, int? seconds, TimeSpan floor)
    {
        if (seconds is not { } value)
        {
            errors[field] = ["is missing; adaptive polling needs both adaptiveMinSeconds and adaptiveMaxSeconds."];
        }
        else if (InRange(value, floor) is { } problem)
        {
            errors[field] = [$"{value} {problem}"];
        }
    }

    private static string? InRange(int seconds, TimeSpan floor) =>
        seconds < floor.TotalSeconds || seconds > LongestSeconds
            ? $"must be between {Math.Ceiling(floor.TotalSeconds)} (Syndicate:MinPollInterval) and {LongestSeconds} seconds."
            : null;

    private static Dictionary<string, string[]> Error(Dictionary<string, string[]> errors, string field, string problem)
    {
        errors[field] = [problem];
        return errors;
    }
}

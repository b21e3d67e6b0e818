using Syndicate.Sources;

namespace Syndicate.Admin;

/// <summary>
/// A new schedule: exactly one of <c>{"cron": "0 */5 * * * ?"}</c>, <c>{"intervalSeconds": 300}</c> or
/// <c>{"adaptiveMinSeconds": 60, "adaptiveMaxSeconds": 3600}</c>.
/// </summary>
/// <param name="Cron">A Quartz cron expression (seconds first), in the source's time zone.</param>
/// <param name="IntervalSeconds">Poll every this many seconds, counted from now.</param>
/// <param name="AdaptiveMinSeconds">Adaptive polling: the shortest interval it may choose.</param>
/// <param name="AdaptiveMaxSeconds">Adaptive polling: the longest interval it may choose.</param>
public sealed record ScheduleRequest(string? Cron, int? IntervalSeconds, int? AdaptiveMinSeconds, int? AdaptiveMaxSeconds)
{
    public const int ShortestSeconds = 10;
    public const int LongestSeconds = 7 * 24 * 60 * 60;

    /// <summary>The schedule asked for, or the problems with it keyed by field (under <paramref name="prefix"/>).</summary>
    public (SourceSchedule? Schedule, Dictionary<string, string[]> Errors) Validate(string prefix = "")
    {
        var errors = new Dictionary<string, string[]>();
        var kinds = (Cron is not null ? 1 : 0) + (IntervalSeconds is not null ? 1 : 0)
            + (AdaptiveMinSeconds is not null || AdaptiveMaxSeconds is not null ? 1 : 0);
        if (kinds != 1)
        {
            errors[prefix.Length > 0 ? prefix.TrimEnd('.') : "schedule"] =
                ["Give exactly one of: cron; intervalSeconds; adaptiveMinSeconds with adaptiveMaxSeconds."];
            return (null, errors);
        }

        if (Cron is not null)
        {
            return SourceRules.CronProblem(Cron) is { } problem
                ? (null, Error(errors, prefix + "cron", problem))
                : (new SourceSchedule.Cron(Cron), errors);
        }

        if (IntervalSeconds is { } interval)
        {
            return InRange(interval) is { } problem
                ? (null, Error(errors, prefix + "intervalSeconds", $"{interval} {problem}"))
                : (new SourceSchedule.Interval(TimeSpan.FromSeconds(interval)), errors);
        }

        CheckBound(errors, prefix + "adaptiveMinSeconds", AdaptiveMinSeconds);
        CheckBound(errors, prefix + "adaptiveMaxSeconds", AdaptiveMaxSeconds);
        if (errors.Count == 0 && AdaptiveMinSeconds > AdaptiveMaxSeconds)
        {
            errors[prefix + "adaptiveMaxSeconds"] = [$"{AdaptiveMaxSeconds} is less than adaptiveMinSeconds {AdaptiveMinSeconds}."];
        }

        return errors.Count > 0
            ? (null, errors)
            : (new SourceSchedule.Adaptive(TimeSpan.FromSeconds(AdaptiveMinSeconds!.Value), TimeSpan.FromSeconds(AdaptiveMaxSeconds!.Value)), errors);
    }

    private static void CheckBound(Dictionary<string, string[]> errors, string field, int? seconds)
    {
        if (seconds is not { } value)
        {
            errors[field] = ["is missing; adaptive polling needs both adaptiveMinSeconds and adaptiveMaxSeconds."];
        }
        else if (InRange(value) is { } problem)
        {
            errors[field] = [$"{value} {problem}"];
        }
    }

    private static string? InRange(int seconds) =>
        seconds is < ShortestSeconds or > LongestSeconds ? $"must be between {ShortestSeconds} and {LongestSeconds} seconds." : null;

    private static Dictionary<string, string[]> Error(Dictionary<string, string[]> errors, string field, string problem)
    {
        errors[field] = [problem];
        return errors;
    }
}

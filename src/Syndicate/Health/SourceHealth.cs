using Syndicate.Fetching;
using Syndicate.Storage;

namespace Syndicate.Health;

/// <summary>How a source is doing, judged from its recent fetches (newest first).</summary>
/// <param name="NotBefore">The source is not fetched before this instant (a Retry-After, or back-off); null when it may be fetched.</param>
public sealed record SourceHealth(string SourceId, SourceState State, IReadOnlyList<string> Reasons, int ConsecutiveFailures, DateTimeOffset? NotBefore)
{
    /// <summary>The latest fetch, if any.</summary>
    public FetchRecord? LastFetch { get; init; }

    /// <param name="recent">The source's latest fetches, newest first.</param>
    public static SourceHealth From(string sourceId, IReadOnlyList<FetchRecord> recent, DateTimeOffset now, FetchOptions rules)
    {
        var failures = recent.TakeWhile(f => !f.Succeeded).Count();
        var notBefore = recent.Count > 0 && recent[0].NotBefore > now ? recent[0].NotBefore : null;
        var reasons = new List<string>();
        if (failures > 0)
        {
            reasons.Add($"{failures} failed fetch{(failures == 1 ? "" : "es")} in a row; the last: {recent[0].Error}");
        }

        if (notBefore is { } wait)
        {
            reasons.Add($"not fetched again before {wait:u}");
        }

        var read = recent.Where(f => f.Succeeded && f.ItemsFound is not null).ToList();
        if (read.Count > 1 && read[0].ItemsFound == 0 && read.Skip(1).Any(f => f.ItemsFound > 0))
        {
            reasons.Add("structure changed: the page gave wire items before and gives none now");
        }
        else if (read.Count > 1 && read[0].ItemsFound > 0 && read[0].ItemsDated == 0 && read.Skip(1).Any(f => f.ItemsDated > 0))
        {
            reasons.Add("structure changed: the ages on the page stopped parsing");
        }

        var state = failures >= rules.BackoffAfterFailures ? SourceState.Failing
            : reasons.Count > 0 ? SourceState.Degraded
            : SourceState.Healthy;
        return new SourceHealth(sourceId, state, reasons, failures, notBefore) { LastFetch = recent.Count > 0 ? recent[0] : null };
    }

    /// <summary>
    /// When a fetch that just failed lets the source be fetched again: after a 429 or 503, when the
    /// source said (else after the longest back-off); after <see cref="FetchOptions.BackoffAfterFailures"/>
    /// failures in a row, after a back-off that doubles with every further failure up to the longest;
    /// otherwise at its next scheduled fire (null).
    /// </summary>
    public static DateTimeOffset? NextAllowedAfterFailure(Exception failure, int failuresInARow, DateTimeOffset startedAt, FetchOptions rules)
    {
        if (failure is SourceThrottledException throttled)
        {
            return startedAt + (throttled.RetryAfter ?? rules.BackoffMax);
        }

        if (failuresInARow < rules.BackoffAfterFailures)
        {
            return null;
        }

        var doublings = Math.Min(failuresInARow - rules.BackoffAfterFailures, 30);
        var backoff = TimeSpan.FromTicks(Math.Min(rules.BackoffMax.Ticks, rules.BackoffBase.Ticks * (1L << doublings)));
        return startedAt + backoff;
    }
}

using Syndicate.Fetching;
using Syndicate.Storage;

namespace Syndicate.Health;

/// <summary>How a source is doing, judged from its recent fetches and the runs of its whole history.</summary>
/// <param name="Problems">Why it is not healthy, each with since when; empty when it is.</param>
/// <param name="NotBefore">The source is not fetched before this instant (a Retry-After, or back-off); null when it may be fetched.</param>
public sealed record SourceHealth(string SourceId, SourceState State, IReadOnlyList<SourceProblem> Problems, int ConsecutiveFailures, DateTimeOffset? NotBefore)
{
    /// <summary>The latest fetch, if any.</summary>
    public FetchRecord? LastFetch { get; init; }

    /// <summary>
    /// A page without wire items, with items but no readable age, or with items none of whose datelines is placed is
    /// degraded from its first such fetch until a fetch yields what was missing, however many polls that takes; a
    /// failure or a 304 in between neither raises nor clears these alarms. So is a page with texts shaped like ages that
    /// no language reads, until a page read without them.
    /// </summary>
    /// <param name="recent">The source's latest fetches, newest first.</param>
    /// <param name="streaks">Since when each alarm has held, over the whole history.</param>
    public static SourceHealth From(string sourceId, IReadOnlyList<FetchRecord> recent, FetchStreaks streaks, DateTimeOffset now, FetchOptions rules)
    {
        var failures = recent.TakeWhile(f => !f.Succeeded).Count();
        var notBefore = recent.Count > 0 && recent[0].NotBefore > now ? recent[0].NotBefore : null;
        var problems = new List<SourceProblem>();
        if (failures > 0)
        {
            problems.Add(new(
                "failed",
                $"{failures} failed fetch{(failures == 1 ? "" : "es")} in a row; the last: {recent[0].Error}",
                streaks.FailingSince ?? recent[failures - 1].StartedAt));
        }

        if (notBefore is { } wait)
        {
            problems.Add(new("postponed", $"not fetched again before {wait:u}", recent[0].StartedAt));
        }

        if (streaks.NoItemsSince is { } noItems)
        {
            problems.Add(streaks.HadItems
                ? new("structure-changed", "structure changed: the page gave wire items before and gives none now", noItems)
                : new("no-items", "the page gives no wire items", noItems));
        }
        else
        {
            if (streaks.NoAgesSince is { } noAges)
            {
                problems.Add(streaks.HadAges
                    ? new("structure-changed", "structure changed: the ages on the page stopped parsing", noAges)
                    : new("no-ages", "no item on the page has a readable age, so none can be dated", noAges));
            }

            if (streaks.UnreadAgesSince is { } unreadSince)
            {
                var texts = recent.FirstOrDefault(f => f.ItemsFound is not null)?.UnreadAges ?? [];
                problems.Add(new(
                    "unread-ages",
                    $"texts shaped like ages that no supported language reads, so their items are dated by the capture alone: {string.Join(", ", texts.Select(t => $"'{t}'"))}",
                    unreadSince));
            }

            if (streaks.NonePlacedSince is { } nonePlaced)
            {
                problems.Add(new("unplaced", "no item's dateline can be placed; add them to Syndicate:PlaceOverrides", nonePlaced));
            }
        }

        var state = failures >= rules.BackoffAfterFailures ? SourceState.Failing
            : problems.Count > 0 ? SourceState.Degraded
            : SourceState.Healthy;
        return new SourceHealth(sourceId, state, problems, failures, notBefore) { LastFetch = recent.Count > 0 ? recent[0] : null };
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

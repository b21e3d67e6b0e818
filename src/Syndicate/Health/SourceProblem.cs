namespace Syndicate.Health;

/// <summary>One reason a source is not healthy, and since when it has held.</summary>
/// <param name="Kind">
/// <c>failed</c> (fetches fail in a row), <c>postponed</c> (a Retry-After or back-off), <c>no-items</c> (the page never
/// gave wire items), <c>no-ages</c> (no item ever had a readable age), <c>unplaced</c> (no item's dateline is placed),
/// <c>unread-ages</c> (the latest page has texts shaped like ages that no supported language reads), or
/// <c>structure-changed</c> (the page gave items, or readable ages, before and gives none now).
/// </param>
/// <param name="Since">The first fetch of the run that raised it.</param>
public sealed record SourceProblem(string Kind, string Reason, DateTimeOffset Since);

namespace Syndicate.Admin;

/// <summary>The answer to a run-now: the run is queued; its fetch appears in the source's fetch history.</summary>
/// <param name="RequestedAt">When the run was asked for: the run's fetch is the first in the history that started at or after it.</param>
/// <param name="Fetches">Where the result appears: the source's fetch history, newest first.</param>
public sealed record RunAccepted(string SourceId, DateTimeOffset RequestedAt, string Fetches);

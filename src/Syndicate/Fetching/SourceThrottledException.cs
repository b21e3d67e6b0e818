namespace Syndicate.Fetching;

/// <summary>The source answered 429 or 503: it wants fewer requests, for at least <see cref="RetryAfter"/> if it said so.</summary>
public sealed class SourceThrottledException(int status, TimeSpan? retryAfter)
    : Exception($"The source answered {status}{(retryAfter is { } wait ? $" and asked to wait {wait.TotalSeconds:F0} s" : "")}.")
{
    public int Status { get; } = status;

    public TimeSpan? RetryAfter { get; } = retryAfter;
}

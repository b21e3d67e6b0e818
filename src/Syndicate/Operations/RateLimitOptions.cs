namespace Syndicate.Operations;

/// <summary>How many requests to public pages and feeds one client address may make (<c>Syndicate:RateLimit</c>).</summary>
public sealed class RateLimitOptions
{
    public const string Section = "Syndicate:RateLimit";

    /// <summary>
    /// The sustained rate per client address; a client may also burst up to this many at once (a
    /// token bucket that refills one request every minute/RequestsPerMinute).
    /// </summary>
    public int RequestsPerMinute { get; set; } = 600;
}

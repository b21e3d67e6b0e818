using System.Threading.RateLimiting;

namespace Syndicate.Admin;

/// <summary>
/// Failed admin sign-ins per client address, counted by a partitioned sliding-window limiter: after
/// <see cref="MaxFailures"/> failures within <see cref="Window"/>, every request from that address is refused
/// until fewer than that many fall within the last <see cref="Window"/>. Idle addresses are dropped by the limiter.
/// </summary>
public sealed class SignInThrottle : IDisposable
{
    public const int MaxFailures = 10;

    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private const int SegmentsPerWindow = 60;

    private readonly PartitionedRateLimiter<string> _failures = PartitionedRateLimiter.Create<string, string>(client =>
        RateLimitPartition.GetSlidingWindowLimiter(client, _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = MaxFailures,
            Window = Window,
            SegmentsPerWindow = SegmentsPerWindow,
            QueueLimit = 0,
        }));

    /// <summary>How long <paramref name="client"/> must wait, or null when it may try.</summary>
    public TimeSpan? RetryAfter(string client)
    {
        // Asking for no permit tells whether any is left, without using one.
        using var probe = _failures.AttemptAcquire(client, 0);
        return probe.IsAcquired ? null
            : probe.TryGetMetadata(MetadataName.RetryAfter, out var wait) && wait > TimeSpan.Zero ? wait
            : Window / SegmentsPerWindow;
    }

    public void RecordFailure(string client) => _failures.AttemptAcquire(client).Dispose();

    public void Dispose() => _failures.Dispose();
}

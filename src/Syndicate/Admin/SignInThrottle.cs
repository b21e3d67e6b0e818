namespace Syndicate.Admin;

/// <summary>
/// Counts failed admin sign-ins per client address in fixed one-minute windows: after
/// <see cref="MaxFailures"/> in a window, every request from that address is refused until the window ends.
/// </summary>
public sealed class SignInThrottle(TimeProvider clock)
{
    public const int MaxFailures = 10;

    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    /// <summary>Past this many addresses, expired windows are dropped, so a scan of addresses cannot grow the table for ever.</summary>
    private const int PruneAbove = 10_000;

    private readonly Dictionary<string, (DateTimeOffset Start, int Failures)> _windows = [];
    private readonly Lock _lock = new();

    /// <summary>How long <paramref name="client"/> must wait, or null when it may try.</summary>
    public TimeSpan? RetryAfter(string client)
    {
        var now = clock.GetUtcNow();
        lock (_lock)
        {
            return _windows.TryGetValue(client, out var window) && window.Failures >= MaxFailures && now < window.Start + Window
                ? window.Start + Window - now
                : null;
        }
    }

    public void RecordFailure(string client)
    {
        var now = clock.GetUtcNow();
        lock (_lock)
        {
            if (_windows.Count > PruneAbove)
            {
                foreach (var expired in _windows.Where(w => now >= w.Value.Start + Window).Select(w => w.Key).ToList())
                {
                    _windows.Remove(expired);
                }
            }

            _windows[client] = _windows.TryGetValue(client, out var window) && now < window.Start + Window
                ? (window.Start, window.Failures + 1)
                : (now, 1);
        }
    }
}

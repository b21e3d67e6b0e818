using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Syndicate.Fetching;

/// <summary>
/// At most one request in flight per host (until its response headers arrive), and at least
/// <see cref="FetchOptions.MinHostSpacing"/> between the end of one and the start of the next,
/// whichever sources share the host.
/// </summary>
public sealed class HostPoliteness(TimeProvider clock, IOptionsMonitor<FetchOptions> options)
{
    private readonly ConcurrentDictionary<string, HostTurn> _hosts = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Waits for the host's turn; dispose the result when the response has been read.</summary>
    public async Task<IDisposable> WaitTurnAsync(string host, CancellationToken cancellationToken)
    {
        var turn = _hosts.GetOrAdd(host, _ => new HostTurn(clock));
        await turn.Gate.WaitAsync(cancellationToken);
        try
        {
            var wait = turn.LastEnded + options.CurrentValue.MinHostSpacing - clock.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, clock, cancellationToken);
            }

            return turn;
        }
        catch
        {
            turn.Gate.Release();
            throw;
        }
    }

    private sealed class HostTurn(TimeProvider clock) : IDisposable
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        public DateTimeOffset LastEnded { get; private set; } = DateTimeOffset.MinValue;

        public void Dispose()
        {
            LastEnded = clock.GetUtcNow();
            Gate.Release();
        }
    }
}

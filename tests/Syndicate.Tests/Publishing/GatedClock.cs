namespace Syndicate.Tests.Publishing;

/// <summary>
/// The system clock, except that once <see cref="Arm"/>ed the next reading blocks until <see cref="Open"/>:
/// a test holds whatever reads the clock (a publish) in the middle of its work, without any timing.
/// </summary>
internal sealed class GatedClock : TimeProvider, IDisposable
{
    private readonly ManualResetEventSlim _gate = new(initialState: true);
    private readonly SemaphoreSlim _held = new(0);
    private int _armed;

    public void Arm()
    {
        _gate.Reset();
        Volatile.Write(ref _armed, 1);
    }

    /// <summary>Completes when a reading of the clock is being held.</summary>
    public Task HoldingAsync() => _held.WaitAsync();

    public void Open() => _gate.Set();

    public override DateTimeOffset GetUtcNow()
    {
        if (Interlocked.Exchange(ref _armed, 0) == 1)
        {
            _held.Release();
            _gate.Wait();
        }

        return base.GetUtcNow();
    }

    public void Dispose()
    {
        _gate.Dispose();
        _held.Dispose();
    }
}

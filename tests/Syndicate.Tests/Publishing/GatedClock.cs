namespace Syndicate.Tests.Publishing;

/// <summary>
/// The system clock, except inside work started by <see cref="RunHeld"/>: that work's first reading of the clock
/// blocks until <see cref="Open"/>, so a test holds a publish in the middle of its work without any timing. Readings
/// by anything else (background services of the host) never block. A held reading waits a minute at most, and
/// disposing opens the gate, so a failing test cannot leave a thread held.
/// </summary>
internal sealed class GatedClock : TimeProvider, IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(1);

    private readonly AsyncLocal<bool> _inHeldWork = new();
    private readonly ManualResetEventSlim _gate = new(initialState: true);
    private readonly SemaphoreSlim _held = new(0);
    private int _armed;

    /// <summary>Starts <paramref name="work"/> on the thread pool with the gate closed for its first reading.</summary>
    public Task RunHeld(Func<Task> work)
    {
        _gate.Reset();
        Volatile.Write(ref _armed, 1);
        return Task.Run(() =>
        {
            _inHeldWork.Value = true;
            return work();
        });
    }

    /// <summary>Completes when the work's reading of the clock is being held; fails after a minute.</summary>
    public Task HoldingAsync() => _held.WaitAsync(Limit).ContinueWith(
        held => Assert.True(held.Result, "the held work never read the clock"),
        CancellationToken.None,
        TaskContinuationOptions.None,
        TaskScheduler.Default);

    public void Open() => _gate.Set();

    public override DateTimeOffset GetUtcNow()
    {
        if (_inHeldWork.Value && Interlocked.Exchange(ref _armed, 0) == 1)
        {
            _held.Release();
            _gate.Wait(Limit);
        }

        return base.GetUtcNow();
    }

    public void Dispose() => Open();
}

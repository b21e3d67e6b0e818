namespace Syndicate.Push;

/// <summary>
/// Runs the hub's work in the background (verifications of intent, distributions and their retries), so a request
/// or a publish never waits on a subscriber; stops it all when the server stops. Work handed in after that is dropped.
/// </summary>
public sealed partial class HubTasks(ILogger<HubTasks> logger) : IHostedService, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _gate = new();
    private readonly HashSet<Task> _running = [];
    private bool _stopped;
    private bool _disposed;

    public void Run(Func<CancellationToken, Task> work)
    {
        Task task;
        lock (_gate)
        {
            if (_stopped)
            {
                return;
            }

            var token = _stopping.Token;
            task = Task.Run(() => work(token), CancellationToken.None);
            _running.Add(task);
        }

        task.ContinueWith(Finished, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        Task[] running;
        lock (_gate)
        {
            if (_stopped)
            {
                return;
            }

            _stopped = true;
            _stopping.Cancel();
            running = [.. _running];
        }

        await Task.WhenAll(running).WaitAsync(cancellationToken).ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
    }

    /// <summary>Idempotent: the container disposes the service once as itself and once as a hosted service.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = _stopped = true;
            _stopping.Cancel();
        }

        _stopping.Dispose();
    }

    private void Finished(Task task)
    {
        bool stopped;
        lock (_gate)
        {
            _running.Remove(task);
            stopped = _stopped;
        }

        if (task.Exception is { } e && !stopped)
        {
            LogFailed(logger, e.GetBaseException());
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A WebSub hub task failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}

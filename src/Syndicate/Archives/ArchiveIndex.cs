using Syndicate.Publishing;

namespace Syndicate.Archives;

/// <summary>
/// The closed days as the feeds need them, read from the database when the server starts (before the first publish)
/// and replaced whenever a day closes; reads take no lock.
/// </summary>
public sealed class ArchiveIndex(ArchiveStore store) : IArchiveIndex, IHostedService
{
    private ArchiveState _state = ArchiveState.Empty;

    public ArchiveState State => Volatile.Read(ref _state);

    public DateOnly? NewestArchiveOf(string feedPath) => State is { Newest: { } newest } state && state.Has(feedPath, newest) ? newest : null;

    public async Task ReloadAsync(CancellationToken cancellationToken) => Volatile.Write(ref _state, await store.LoadStateAsync(cancellationToken));

    public Task StartAsync(CancellationToken cancellationToken) => ReloadAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

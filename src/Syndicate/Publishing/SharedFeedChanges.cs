using System.Data.Common;
using Syndicate.Storage;

namespace Syndicate.Publishing;

/// <summary>
/// Keeps the feeds of every node on one shared database the same. A node that stored a capture announces the items
/// it changed once the capture is committed (on PostgreSQL a NOTIFY); every other node publishes those items as its own
/// ingest would, from the same rows, so all render the same documents with the same ETags, a publish interval after
/// the commit. A change that touches any item (retention) is announced as everything; a change of the sources'
/// schedules as no item, on which every node renders its feeds again if how often they say they change is no longer
/// what they say. A node publishes everything whenever it starts to listen: at start (the initial publish read the
/// database before it listened) and when it has its listening connection back, so nothing announced while it did not
/// listen is missed. On SQLite, one server per database, nothing is announced.
/// </summary>
public sealed partial class SharedFeedChanges(Database database, FeedPublisher publisher, ILogger<SharedFeedChanges> logger) : BackgroundService
{
    /// <summary>PostgreSQL refuses NOTIFY payloads of 8000 bytes or more; a longer list is announced as everything.</summary>
    private const int MaxMessageLength = 7900;

    private const string Everything = "*";

    private static readonly TimeSpan Reconnect = TimeSpan.FromSeconds(5);

    private readonly string _node = Guid.NewGuid().ToString("N");
    private volatile bool _listening;

    /// <summary>Whether this node hears the other nodes' announcements now (always false on SQLite, where there are none).</summary>
    public bool IsListening => _listening;

    /// <summary>Tells the other nodes that <paramref name="itemIds"/> changed.</summary>
    public Task AnnounceAsync(IEnumerable<string> itemIds, CancellationToken cancellationToken)
    {
        var message = $"{_node} {string.Join(' ', itemIds)}";
        return database.AnnounceChangeAsync(message.Length <= MaxMessageLength ? message : $"{_node} {Everything}", cancellationToken);
    }

    /// <summary>
    /// Tells every node, this one too, that the sources' schedules changed: each publishes what that changes in its
    /// feeds (how often they say they change), without reading any item again. Completes when this node has.
    /// </summary>
    public async Task AnnounceSchedulesChangedAsync(CancellationToken cancellationToken)
    {
        await AnnounceAsync([], cancellationToken);
        await publisher.PublishChangesAsync([], cancellationToken);
    }

    /// <summary>Tells the other nodes that any stored item may have changed.</summary>
    public Task AnnounceEverythingAsync(CancellationToken cancellationToken) => database.AnnounceChangeAsync($"{_node} {Everything}", cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await foreach (var message in database.ChangesAsync(stoppingToken))
                {
                    if (message.Length == 0)
                    {
                        _listening = true;
                        // Listening, at start or again: what was announced while it was not is published whole.
                        Publish(null);
                    }
                    else if (message.Split(' ', StringSplitOptions.RemoveEmptyEntries) is [var node, .. var ids] && node != _node)
                    {
                        Publish(ids is [Everything] ? null : ids);
                    }
                }

                return;
            }
            catch (Exception e) when (e is DbException or IOException or TimeoutException && !stoppingToken.IsCancellationRequested)
            {
                _listening = false;
                LogListeningLost(logger, e.Message, Reconnect);
                await Task.Delay(Reconnect, stoppingToken);
            }
        }
    }

    /// <summary>Publishes the items another node changed (all when null), without waiting: listening goes on meanwhile.</summary>
    private void Publish(string[]? itemIds) =>
        (itemIds is null ? publisher.PublishAsync(CancellationToken.None) : publisher.PublishChangesAsync(itemIds, CancellationToken.None))
            .ContinueWith(
                task => LogPublishFailed(logger, task.Exception!.GetBaseException()),
                CancellationToken.None,
                TaskContinuationOptions.OnlyOnFaulted,
                TaskScheduler.Default);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lost the connection that hears other nodes' changes ({Reason}); listening again in {Delay}, then publishing everything")]
    private static partial void LogListeningLost(ILogger logger, string reason, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Error, Message = "Publishing another node's changes failed")]
    private static partial void LogPublishFailed(ILogger logger, Exception exception);
}

using Microsoft.Extensions.Options;
using Syndicate.Core.Feeds;
using Syndicate.Publishing;
using Syndicate.Storage;

namespace Syndicate.Archives;

/// <summary>
/// Closes the days that are due (a UTC day closes <see cref="ArchiveOptions.CloseAfter"/> after it ends), after a
/// publish tells it time has moved on: every published item not yet archived whose instant lies before the day's end
/// goes into that day's archive, as the feeds show it then, in every feed that includes it. A day closes once and is
/// never changed again; an item first seen after its day closed goes into the next day to close, so each item is in
/// exactly one archive. Every day from the first item's on is closed, even without items. After closing, the new
/// archives are exported to feeds/ and the feeds are published again so their subscription documents name the newest.
/// </summary>
public sealed partial class ArchiveKeeper(
    ArchiveSignal signal,
    ArchiveStore store,
    ArchiveIndex index,
    ArchiveDocuments documents,
    ItemStore items,
    SourceRegistry registry,
    FeedCatalog catalog,
    FeedPublisher publisher,
    FeedExporter exporter,
    IOptionsMonitor<ArchiveOptions> options,
    TimeProvider clock,
    ILogger<ArchiveKeeper> logger) : BackgroundService
{
    private readonly SemaphoreSlim _closing = new(1, 1);
    private bool _disposed;

    /// <summary>Closes every day that is due and not closed; republishes when it closed any.</summary>
    /// <returns>The days closed.</returns>
    public async Task<IReadOnlyList<DateOnly>> CloseDueAsync(CancellationToken cancellationToken)
    {
        await _closing.WaitAsync(cancellationToken);
        List<DateOnly> closed = [];
        try
        {
            var now = clock.GetUtcNow();
            var lastDue = DateOnly.FromDateTime((now - options.CurrentValue.CloseAfter).UtcDateTime).AddDays(-1);
            var state = index.State;
            // Until every stored item is published the days cannot be told whole; the publish that completes it signals again.
            if (publisher.Current is not { IsComplete: true } current)
            {
                return closed;
            }

            var published = current.Entries;
            // Most publishes find nothing due: decided without reading the database.
            var first = state.Newest?.AddDays(1) ?? (published.Count > 0 ? DateOnly.FromDateTime(published.Min(e => e.Published).UtcDateTime) : lastDue.AddDays(1));
            if (first > lastDue)
            {
                return closed;
            }

            var archived = await store.ArchivedIdsAsync(cancellationToken);
            // Oldest first, so each day takes the front of what is left.
            var remaining = published.Where(e => !archived.Contains(e.Id)).OrderBy(e => e.Published).ToList();
            var stored = (await items.LoadAllAsync(cancellationToken)).ToDictionary(i => i.Id, StringComparer.Ordinal);
            var countries = (await registry.ListAsync(cancellationToken)).ToDictionary(s => s.Definition.Id, s => s.Definition.Country, StringComparer.Ordinal);
            var next = 0;
            for (var day = first; day <= lastDue; day = day.AddDays(1))
            {
                var end = new DateTimeOffset(day.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
                var due = new List<FeedEntry>();
                for (; next < remaining.Count && remaining[next].Published < end; next++)
                {
                    if (stored.ContainsKey(remaining[next].Id))
                    {
                        due.Add(remaining[next]);
                    }
                }

                // Newest first, as published.
                await store.CloseAsync(day, [.. due.OrderByDescending(e => e.Published).Select(e => Archived(e, stored[e.Id], countries))], now, cancellationToken);
                closed.Add(day);
            }

            await index.ReloadAsync(cancellationToken);
            var written = await ExportAsync(closed, cancellationToken);
            LogClosed(logger, closed.Count, closed[^1], written);
        }
        finally
        {
            _closing.Release();
        }

        await publisher.PublishAsync(cancellationToken);
        return closed;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var _ in signal.Reader.ReadAllAsync(stoppingToken))
        {
            if (!options.CurrentValue.CloseDays)
            {
                continue;
            }

            try
            {
                await CloseDueAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(logger, e);
            }
        }
    }

    /// <summary>Idempotent: the container disposes the service once as itself and once as a hosted service.</summary>
    public override void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _closing.Dispose();
        base.Dispose();
    }

    private ArchiveStore.Entry Archived(FeedEntry entry, StoredItem item, Dictionary<string, string?> countries) => new(
        ArchivedItem.Of(item, entry.Published, entry.Updated),
        countries.GetValueOrDefault(item.SourceId),
        [.. catalog.FeedsOf(entry).Select(f => f.Path)]);

    /// <summary>Writes the new archives of every feed that has one to the export folder, beside the feeds.</summary>
    private async Task<int> ExportAsync(IReadOnlyList<DateOnly> days, CancellationToken cancellationToken)
    {
        var written = 0;
        var state = index.State;
        foreach (var day in days)
        {
            foreach (var path in state.FirstDays.Keys.Where(p => state.Has(p, day)))
            {
                foreach (var format in ArchiveDocuments.Formats)
                {
                    var document = await documents.FindAsync(path, format, day, cancellationToken);
                    var relative = $"archive/{day:yyyy-MM-dd}/{path}.{format.Extension()}";
                    await FeedExporter.WriteAtomicallyAsync(Path.Combine(exporter.Root, relative), document!.Content, cancellationToken);
                    written++;
                }
            }
        }

        return written;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Closed {Days} archive days up to {Newest}; {Written} archive documents exported")]
    private static partial void LogClosed(ILogger logger, int days, DateOnly newest, int written);

    [LoggerMessage(Level = LogLevel.Error, Message = "Closing the archive days failed; the next publish tries again")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}

using System.Data.Common;
using Dapper;
using Microsoft.Extensions.Options;

namespace Syndicate.Storage;

/// <summary>
/// Enforces <see cref="RetentionOptions"/>: deletes the items, sightings and fetch records beyond their age and count
/// limits, oldest first, in short batches (each its own transaction, so ingests never wait long), then does the
/// database's housekeeping (SQLite: checkpoints the write-ahead log). Freed pages are reused by later rows, so the file stops growing once the limits are reached.
/// </summary>
public sealed partial class RetentionCompactor(Database database, IOptionsMonitor<RetentionOptions> options, TimeProvider clock, ILogger<RetentionCompactor> logger)
{
    /// <summary>Rows deleted per transaction.</summary>
    private const int Batch = 500;

    public async Task<Compaction> CompactAsync(CancellationToken cancellationToken)
    {
        var limits = options.CurrentValue;
        var now = clock.GetUtcNow();
        await using var connection = await database.OpenAsync(cancellationToken);
        var items = await DeleteItemsAsync(connection, limits, now, cancellationToken);
        var sightings = await DeleteSightingsAsync(connection, limits, now, cancellationToken);
        var fetches = await DeleteFetchesAsync(connection, limits, now, cancellationToken);
        if (database.Dialect.AfterCompaction is { } housekeeping)
        {
            await connection.ExecuteAsync(new CommandDefinition(housekeeping, cancellationToken: cancellationToken));
        }

        var compaction = new Compaction(items, sightings, fetches);
        LogCompacted(logger, compaction.Items, compaction.Sightings, compaction.Fetches);
        return compaction;
    }

    /// <summary>
    /// Items no fetch has found on a page for ItemsMaxAge, then each source's beyond MaxItemsPerSource (those found
    /// longest ago first); their search text, sightings and credits go with them.
    /// </summary>
    private async Task<int> DeleteItemsAsync(DbConnection connection, RetentionOptions limits, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var deleted = 0;
        if (limits.ItemsMaxAge > TimeSpan.Zero)
        {
            deleted += await DeleteItemBatchesAsync(
                connection,
                "SELECT id FROM items WHERE last_polled_at < @Cutoff ORDER BY last_polled_at LIMIT @Batch",
                new { Cutoff = UnixTime.Milliseconds(now - limits.ItemsMaxAge), Batch },
                cancellationToken);
        }

        foreach (var source in await SourcesAsync(connection, "items", cancellationToken))
        {
            deleted += await DeleteItemBatchesAsync(
                connection,
                "SELECT id FROM items WHERE source_id = @Source ORDER BY last_polled_at DESC LIMIT @Batch OFFSET @Keep",
                new { Source = source, Keep = limits.MaxItemsPerSource, Batch },
                cancellationToken);
        }

        return deleted;
    }

    private async Task<int> DeleteItemBatchesAsync(DbConnection connection, string selectBatch, object parameters, CancellationToken cancellationToken)
    {
        var deleted = 0;
        while (true)
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var ids = (await connection.QueryAsync<string>(new CommandDefinition(selectBatch, parameters, transaction, cancellationToken: cancellationToken))).ToArray();
            if (ids.Length == 0)
            {
                return deleted;
            }

            await connection.ExecuteAsync(new CommandDefinition(
                $"DELETE FROM item_search WHERE {database.Dialect.OneOf("item_id", "@Ids")}", new { Ids = ids }, transaction, cancellationToken: cancellationToken));
            deleted += await connection.ExecuteAsync(new CommandDefinition(
                $"DELETE FROM items WHERE {database.Dialect.OneOf("id", "@Ids")}", new { Ids = ids }, transaction, cancellationToken: cancellationToken));
            await transaction.CommitAsync(cancellationToken);
        }
    }

    /// <summary>Sightings last captured before SightingsMaxAge, then beyond MaxSightingsPerSource per source and MaxSightings in all.</summary>
    private static async Task<int> DeleteSightingsAsync(DbConnection connection, RetentionOptions limits, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var deleted = await DeleteBatchesAsync(
            connection,
            "DELETE FROM sightings WHERE id IN (SELECT id FROM sightings WHERE last_captured_at < @Cutoff ORDER BY last_captured_at LIMIT @Batch)",
            new { Cutoff = UnixTime.Milliseconds(now - limits.SightingsMaxAge), Batch },
            cancellationToken);
        foreach (var source in await SourcesAsync(connection, "sightings", cancellationToken))
        {
            deleted += await DeleteBatchesAsync(
                connection,
                """
                DELETE FROM sightings WHERE id IN (
                    SELECT id FROM sightings WHERE source_id = @Source ORDER BY last_captured_at DESC, id DESC LIMIT @Batch OFFSET @Keep)
                """,
                new { Source = source, Keep = limits.MaxSightingsPerSource, Batch },
                cancellationToken);
        }

        return deleted + await DeleteBatchesAsync(
            connection,
            "DELETE FROM sightings WHERE id IN (SELECT id FROM sightings ORDER BY last_captured_at DESC, id DESC LIMIT @Batch OFFSET @Keep)",
            new { Keep = limits.MaxSightings, Batch },
            cancellationToken);
    }

    /// <summary>
    /// Fetch records started before FetchesMaxAge, then beyond MaxFetchesPerSource per source and MaxFetches in all;
    /// never a source's latest, which holds the validators for the next conditional request and any back-off.
    /// </summary>
    private static async Task<int> DeleteFetchesAsync(DbConnection connection, RetentionOptions limits, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var deleted = 0;
        foreach (var source in await SourcesAsync(connection, "fetches", cancellationToken))
        {
            deleted += await DeleteBatchesAsync(
                connection,
                """
                DELETE FROM fetches WHERE id IN (
                    SELECT id FROM fetches
                    WHERE source_id = @Source AND started_at < @Cutoff AND id < (SELECT MAX(id) FROM fetches WHERE source_id = @Source)
                    ORDER BY id LIMIT @Batch)
                """,
                new { Source = source, Cutoff = UnixTime.Milliseconds(now - limits.FetchesMaxAge), Batch },
                cancellationToken);
            deleted += await DeleteBatchesAsync(
                connection,
                "DELETE FROM fetches WHERE id IN (SELECT id FROM fetches WHERE source_id = @Source ORDER BY id DESC LIMIT @Batch OFFSET @Keep)",
                new { Source = source, Keep = limits.MaxFetchesPerSource, Batch },
                cancellationToken);
        }

        return deleted + await DeleteBatchesAsync(
            connection,
            """
            DELETE FROM fetches WHERE id IN (
                SELECT id FROM fetches WHERE id NOT IN (SELECT MAX(id) FROM fetches GROUP BY source_id)
                ORDER BY id DESC LIMIT @Batch OFFSET @Keep)
            """,
            new { Keep = limits.MaxFetches, Batch },
            cancellationToken);
    }

    /// <summary>Runs a statement that deletes at most a batch, each run its own transaction, until it deletes nothing.</summary>
    private static async Task<int> DeleteBatchesAsync(DbConnection connection, string deleteBatch, object parameters, CancellationToken cancellationToken)
    {
        var deleted = 0;
        int batch;
        do
        {
            batch = await connection.ExecuteAsync(new CommandDefinition(deleteBatch, parameters, cancellationToken: cancellationToken));
            deleted += batch;
        }
        while (batch > 0);
        return deleted;
    }

    private static async Task<IReadOnlyList<string>> SourcesAsync(DbConnection connection, string table, CancellationToken cancellationToken) =>
        [.. await connection.QueryAsync<string>(new CommandDefinition($"SELECT DISTINCT source_id FROM {table}", cancellationToken: cancellationToken))];

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention: deleted {Items} items, {Sightings} sightings and {Fetches} fetch records")]
    private static partial void LogCompacted(ILogger logger, int items, int sightings, int fetches);
}

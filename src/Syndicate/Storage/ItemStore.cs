using System.Data.Common;
using Dapper;
using Syndicate.Core.Items;
using Syndicate.Core.Time;

namespace Syndicate.Storage;

/// <summary>Items and their sightings in the database. Every capture is stored in one transaction.</summary>
public sealed partial class ItemStore(Database database, ILogger<ItemStore> logger)
{
    private const string ItemColumns = """
        rowid AS Sequence, id AS Id, title AS Title, headline AS Headline, dateline AS Dateline, place AS Place, body AS Body,
        section AS Section, link AS Link, source_id AS SourceId, window_lo AS WindowLo, window_hi AS WindowHi,
        first_seen AS FirstSeen, last_seen AS LastSeen, updated AS Updated
        """;

    /// <summary>
    /// Records one capture of a source: new items are added, known ones get their window
    /// intersected with the new sighting's, and every sighting is kept as evidence.
    /// </summary>
    public async Task<CaptureOutcome> RecordCaptureAsync(string sourceId, IReadOnlyList<Sighting> sightings, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var (added, narrowed, contradicted) = (0, 0, 0);
        foreach (var sighting in sightings)
        {
            var stored = await connection.QuerySingleOrDefaultAsync<StoredItem>(new CommandDefinition(
                $"SELECT {ItemColumns} FROM items WHERE id = @Id", new { Id = sighting.ItemId }, transaction, cancellationToken: cancellationToken));
            if (stored is null)
            {
                await InsertAsync(connection, transaction, sourceId, sighting, cancellationToken);
                added++;
            }
            else
            {
                var (window, change) = Merge(stored, sighting);
                narrowed += change == WindowChange.Narrowed ? 1 : 0;
                contradicted += change == WindowChange.Contradicted ? 1 : 0;
                await connection.ExecuteAsync(new CommandDefinition(
                    """
                    UPDATE items SET window_lo = @Lo, window_hi = @Hi, last_seen = @Seen,
                        updated = CASE WHEN @Changed THEN @Seen ELSE updated END,
                        link = COALESCE(link, @Link), headline = COALESCE(headline, @Headline),
                        title = CASE WHEN headline IS NULL AND @Headline IS NOT NULL THEN @Headline ELSE title END
                    WHERE id = @Id
                    """,
                    new
                    {
                        Id = sighting.ItemId,
                        Lo = UnixTime.Milliseconds(window.Lo),
                        Hi = UnixTime.Milliseconds(window.Hi),
                        Seen = Math.Max(stored.LastSeen, UnixTime.Milliseconds(sighting.CapturedAt)),
                        Changed = change != WindowChange.None,
                        sighting.Item.Link,
                        sighting.Item.Headline,
                    },
                    transaction,
                    cancellationToken: cancellationToken));
            }

            await InsertSightingAsync(connection, transaction, sourceId, sighting, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return new CaptureOutcome(sightings.Count, added, narrowed, contradicted);
    }

    /// <summary>All items, newest estimate first, with their agencies.</summary>
    public async Task<IReadOnlyList<StoredItem>> LoadAllAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var items = (await connection.QueryAsync<StoredItem>(new CommandDefinition(
            $"SELECT {ItemColumns} FROM items", cancellationToken: cancellationToken))).ToDictionary(i => i.Id);
        var credits = await connection.QueryAsync<(string ItemId, string Agency)>(new CommandDefinition(
            "SELECT item_id, agency FROM item_agencies ORDER BY item_id, position", cancellationToken: cancellationToken));
        foreach (var group in credits.GroupBy(c => c.ItemId))
        {
            if (items.TryGetValue(group.Key, out var item))
            {
                item.Agencies = [.. group.Select(c => c.Agency)];
            }
        }

        return [.. items.Values];
    }

    private (TimeWindow Window, WindowChange Change) Merge(StoredItem stored, Sighting sighting)
    {
        var current = stored.Window;
        var (merged, contradicted) = WindowNarrowing.Narrow(current, sighting.Window);
        if (contradicted)
        {
            LogContradiction(logger, stored.Id, current.ToString(), sighting.Window.ToString());
            return (merged, WindowChange.Contradicted);
        }

        return (merged, merged == current ? WindowChange.None : WindowChange.Narrowed);
    }

    private static async Task InsertAsync(
        DbConnection connection, DbTransaction transaction, string sourceId, Sighting sighting, CancellationToken cancellationToken)
    {
        var item = sighting.Item;
        var seen = UnixTime.Milliseconds(sighting.CapturedAt);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO items (id, title, headline, dateline, place, body, section, link, source_id,
                               window_lo, window_hi, first_seen, last_seen, updated)
            VALUES (@Id, @Title, @Headline, @Dateline, @Place, @Body, @Section, @Link, @SourceId,
                    @Lo, @Hi, @Seen, @Seen, @Seen)
            """,
            new
            {
                Id = sighting.ItemId,
                sighting.Title,
                item.Headline,
                item.Dateline,
                item.Place,
                item.Body,
                item.Section,
                item.Link,
                SourceId = sourceId,
                Lo = UnixTime.Milliseconds(sighting.Window.Lo),
                Hi = UnixTime.Milliseconds(sighting.Window.Hi),
                Seen = seen,
            },
            transaction,
            cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO item_agencies (item_id, position, agency) VALUES (@ItemId, @Position, @Agency)",
            item.Agencies.Select((agency, position) => new { ItemId = sighting.ItemId, Position = position, Agency = agency }),
            transaction,
            cancellationToken: cancellationToken));
    }

    private static Task<int> InsertSightingAsync(
        DbConnection connection, DbTransaction transaction, string sourceId, Sighting sighting, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO sightings (item_id, source_id, captured_at, age_text, window_lo, window_hi)
            VALUES (@ItemId, @SourceId, @CapturedAt, @Age, @Lo, @Hi)
            """,
            new
            {
                sighting.ItemId,
                SourceId = sourceId,
                CapturedAt = UnixTime.Milliseconds(sighting.CapturedAt),
                sighting.Item.Age,
                Lo = UnixTime.Milliseconds(sighting.Window.Lo),
                Hi = UnixTime.Milliseconds(sighting.Window.Hi),
            },
            transaction,
            cancellationToken: cancellationToken));

    private enum WindowChange
    {
        None,
        Narrowed,
        Contradicted,
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Item {ItemId}: a new sighting's window {NewWindow} contradicts the stored {StoredWindow}; keeping the newer one")]
    private static partial void LogContradiction(ILogger logger, string itemId, string storedWindow, string newWindow);
}

using System.Data.Common;
using Dapper;
using Syndicate.Core.Feeds;
using Syndicate.Core.Items;
using Syndicate.Core.Time;

namespace Syndicate.Storage;

/// <summary>Items and their sightings in the database. Every capture is stored in one transaction.</summary>
public sealed partial class ItemStore(Database database, ILogger<ItemStore> logger)
{
    private const string ItemColumns = """
        rowid AS Sequence, id AS Id, title AS Title, headline AS Headline, dateline AS Dateline, place AS Place, body AS Body,
        section AS Section, link AS Link, source_id AS SourceId, window_lo AS WindowLo, window_hi AS WindowHi,
        first_seen AS FirstSeen, last_seen AS LastSeen, published AS Published, revised AS Revised
        """;

    /// <summary>
    /// Records one capture of a source: new items are added, known ones get their window intersected with the new
    /// sighting's, and every sighting is kept as evidence. A known item takes what a reader would see changed: its
    /// own source may correct its text and headline, any source may add a headline it lacked or credit another
    /// agency; each such change is its revision time. The instant shown moves as <see cref="ShownInstant.Next"/> says.
    /// </summary>
    public async Task<CaptureOutcome> RecordCaptureAsync(string sourceId, IReadOnlyList<Sighting> sightings, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var (added, narrowed, contradicted, revised) = (0, 0, 0, 0);
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
                revised += await UpdateAsync(connection, transaction, stored, sourceId, sighting, window, cancellationToken) ? 1 : 0;
            }

            await InsertSightingAsync(connection, transaction, sourceId, sighting, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return new CaptureOutcome(sightings.Count, added, narrowed, contradicted, revised);
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

    /// <returns>Whether the capture revised what a reader reads.</returns>
    private static async Task<bool> UpdateAsync(
        DbConnection connection, DbTransaction transaction, StoredItem stored, string sourceId, Sighting sighting, TimeWindow window,
        CancellationToken cancellationToken)
    {
        var item = sighting.Item;
        // Only the page that first showed the item corrects it: two pages showing two versions must not flip it at every poll.
        var ownSource = stored.SourceId == sourceId;
        var headline = ownSource ? item.Headline ?? stored.Headline : stored.Headline ?? item.Headline;
        var body = ownSource ? item.Body : stored.Body;
        var credited = (await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT agency FROM item_agencies WHERE item_id = @Id ORDER BY position", new { stored.Id }, transaction, cancellationToken: cancellationToken))).ToList();
        var newCredits = item.Agencies.Where(a => !credited.Contains(a, StringComparer.Ordinal)).Distinct(StringComparer.Ordinal).ToList();
        var revision = body != stored.Body || headline != stored.Headline || newCredits.Count > 0;
        var seen = Math.Max(stored.LastSeen, UnixTime.Milliseconds(sighting.CapturedAt));
        await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE items SET window_lo = @Lo, window_hi = @Hi, last_seen = @Seen, published = @Published, revised = @Revised,
                link = COALESCE(link, @Link), headline = @Headline, title = @Title, body = @Body
            WHERE id = @Id
            """,
            new
            {
                stored.Id,
                Lo = UnixTime.Milliseconds(window.Lo),
                Hi = UnixTime.Milliseconds(window.Hi),
                Seen = seen,
                Published = UnixTime.Milliseconds(ShownInstant.Next(UnixTime.Instant(stored.Published), window)),
                Revised = revision ? seen : stored.Revised,
                item.Link,
                Headline = headline,
                Title = headline ?? (ownSource ? sighting.Title : stored.Title),
                Body = body,
            },
            transaction,
            cancellationToken: cancellationToken));
        await InsertCreditsAsync(connection, transaction, stored.Id, newCredits, credited.Count, cancellationToken);
        return revision;
    }

    private static async Task InsertAsync(
        DbConnection connection, DbTransaction transaction, string sourceId, Sighting sighting, CancellationToken cancellationToken)
    {
        var item = sighting.Item;
        var seen = UnixTime.Milliseconds(sighting.CapturedAt);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO items (id, title, headline, dateline, place, body, section, link, source_id,
                               window_lo, window_hi, first_seen, last_seen, published)
            VALUES (@Id, @Title, @Headline, @Dateline, @Place, @Body, @Section, @Link, @SourceId,
                    @Lo, @Hi, @Seen, @Seen, @Published)
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
                Published = UnixTime.Milliseconds(ShownInstant.Of(sighting.Window)),
            },
            transaction,
            cancellationToken: cancellationToken));
        await InsertCreditsAsync(connection, transaction, sighting.ItemId, item.Agencies, 0, cancellationToken);
    }

    private static Task<int> InsertCreditsAsync(
        DbConnection connection, DbTransaction transaction, string itemId, IEnumerable<string> agencies, int firstPosition, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO item_agencies (item_id, position, agency) VALUES (@ItemId, @Position, @Agency)",
            agencies.Select((agency, index) => new { ItemId = itemId, Position = firstPosition + index, Agency = agency }),
            transaction,
            cancellationToken: cancellationToken));

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

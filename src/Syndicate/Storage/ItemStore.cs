using System.Data.Common;
using Dapper;
using Microsoft.Extensions.Options;
using Syndicate.Core.Feeds;
using Syndicate.Core.Items;
using Syndicate.Core.Time;

namespace Syndicate.Storage;

/// <summary>Items, their search text and their sightings in the database. Every capture is stored in one transaction.</summary>
public sealed partial class ItemStore(Database database, IOptionsMonitor<RetentionOptions> retention, TimeProvider clock, ILogger<ItemStore> logger)
{
    private string ItemColumns => $"""
        {database.Dialect.ItemSequence} AS Sequence, id AS Id, title AS Title, headline AS Headline, dateline AS Dateline, place AS Place, body AS Body,
        section AS Section, link AS Link, source_id AS SourceId, window_lo AS WindowLo, window_hi AS WindowHi,
        first_seen AS FirstSeen, last_seen AS LastSeen, published AS Published, revised AS Revised, services AS ServiceCodes
        """;

    /// <summary>
    /// Records one capture of a source: new items are added, known ones get their window intersected with the new
    /// sighting's, and every sighting is kept as evidence, once: one that says what the item's previous sighting from
    /// the source said extends it. A known item takes what a reader would see changed: its own source may correct its
    /// text and headline, any source may add a headline it lacked or credit another agency or service; each such change
    /// is its revision time, and the headline and text it replaced are kept as an earlier version. A new text that is a
    /// new version of an item gone from the page (<see cref="FindEarlierVersionsAsync"/>) updates that item instead of
    /// adding one. The instant shown moves as <see cref="ShownInstant.Next"/> says. A page with more than
    /// <see cref="RetentionOptions.MaxItemsPerPage"/> items is cut to its first ones, with a warning.
    /// </summary>
    public async Task<CaptureOutcome> RecordCaptureAsync(string sourceId, IReadOnlyList<Sighting> sightings, CancellationToken cancellationToken)
    {
        var maxItems = retention.CurrentValue.MaxItemsPerPage;
        if (sightings.Count > maxItems)
        {
            LogPageCut(logger, sourceId, sightings.Count, maxItems);
        }

        var polledAt = UnixTime.Milliseconds(clock.GetUtcNow());
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var kept = sightings.Take(maxItems).ToList();
        if (database.Dialect.LockItems is { } lockItems)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                lockItems, new { Ids = kept.Select(s => s.ItemId).ToArray() }, transaction, cancellationToken: cancellationToken));
        }

        var (added, narrowed, contradicted, revised) = (0, 0, 0, 0);
        var found = new List<(StoredItem? Item, bool OfVersion)>(kept.Count);
        foreach (var seen in kept)
        {
            found.Add(await FindAsync(connection, transaction, seen.ItemId, cancellationToken));
        }

        var versions = await FindEarlierVersionsAsync(connection, transaction, sourceId, kept, found, cancellationToken);
        var items = new List<string>(kept.Count);
        for (var i = 0; i < kept.Count; i++)
        {
            var seen = kept[i];
            var newVersion = versions.Remove(seen.ItemId, out var version);
            var (stored, ofVersion) = newVersion ? (version.Item, true) : found[i];
            var sighting = stored is null ? seen : seen with { ItemId = stored.Id };
            items.Add(sighting.ItemId);
            if (stored is null)
            {
                await InsertAsync(connection, transaction, sourceId, sighting, polledAt, cancellationToken);
                added++;
            }
            else if (ofVersion)
            {
                if (newVersion)
                {
                    await connection.ExecuteAsync(new CommandDefinition(
                        "INSERT INTO item_aliases (alias_id, item_id) VALUES (@Alias, @ItemId)", new { Alias = seen.ItemId, ItemId = stored.Id }, transaction, cancellationToken: cancellationToken));
                }

                // A version's age dates the version, not the item: the item keeps its window, and the sighting is not its evidence.
                revised += await UpdateAsync(connection, transaction, stored, sourceId, sighting, stored.Window, polledAt, newVersion ? version.Change : null, cancellationToken) ? 1 : 0;
                continue;
            }
            else
            {
                var (window, change) = Merge(stored, sighting);
                narrowed += change == WindowChange.Narrowed ? 1 : 0;
                contradicted += change == WindowChange.Contradicted ? 1 : 0;
                revised += await UpdateAsync(connection, transaction, stored, sourceId, sighting, window, polledAt, null, cancellationToken) ? 1 : 0;
            }

            await RecordSightingAsync(connection, transaction, sourceId, sighting, cancellationToken);
        }

        await RecordPageAsync(connection, transaction, sourceId, items, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new CaptureOutcome(sightings.Count, added, narrowed, contradicted, revised) { Dropped = Math.Max(0, sightings.Count - maxItems), Items = items };
    }

    /// <summary>The stored item <paramref name="id"/> names, directly or as the alias of a version; whether it was a version's.</summary>
    private async Task<(StoredItem? Item, bool OfVersion)> FindAsync(DbConnection connection, DbTransaction transaction, string id, CancellationToken cancellationToken)
    {
        if (await connection.QuerySingleOrDefaultAsync<StoredItem>(new CommandDefinition(
            $"SELECT {ItemColumns} FROM items WHERE id = @Id", new { Id = id }, transaction, cancellationToken: cancellationToken)) is { } item)
        {
            return (item, false);
        }

        return (await connection.QuerySingleOrDefaultAsync<StoredItem>(new CommandDefinition(
            $"SELECT {ItemColumns} FROM items WHERE id = (SELECT item_id FROM item_aliases WHERE alias_id = @Id)",
            new { Id = id },
            transaction,
            cancellationToken: cancellationToken)), true);
    }

    /// <summary>
    /// For the capture's new ids, the item each is a new version of: an item that was on the source's page at its last
    /// capture, is gone now, and whose place the new text took (the same item above it, or below it, on both captures),
    /// when <see cref="ItemVersion.Compare"/> takes the text for a version of it. A replacement takes the old version's
    /// place: a new item at the top of a list while another drops off its foot is not one, however alike the two read.
    /// </summary>
    private async Task<Dictionary<string, (StoredItem Item, ItemVersionChange Change)>> FindEarlierVersionsAsync(
        DbConnection connection,
        DbTransaction transaction,
        string sourceId,
        List<Sighting> kept,
        List<(StoredItem? Item, bool OfVersion)> found,
        CancellationToken cancellationToken)
    {
        var versions = new Dictionary<string, (StoredItem, ItemVersionChange)>(StringComparer.Ordinal);
        var previous = (await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
            "SELECT item_ids FROM source_pages WHERE source_id = @SourceId", new { SourceId = sourceId }, transaction, cancellationToken: cancellationToken)))?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [];
        if (previous.Length == 0)
        {
            return versions;
        }

        var current = found.ConvertAll(f => f.Item?.Id);
        var gone = previous.Except(current.OfType<string>(), StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal);
        if (gone.Count == 0 || current.All(id => id is not null))
        {
            return versions;
        }

        var earlier = (await LoadAsync(connection, transaction, gone, cancellationToken)).ToDictionary(i => i.Id, StringComparer.Ordinal);
        for (var j = 0; j < kept.Count; j++)
        {
            if (current[j] is not null || versions.ContainsKey(kept[j].ItemId))
            {
                continue;
            }

            for (var i = 0; i < previous.Length; i++)
            {
                if (earlier.TryGetValue(previous[i], out var candidate) && TookThePlaceOf(previous, i, current, j)
                    && ItemVersion.Compare(new ItemVersion.Earlier(candidate.Place, candidate.Agencies, candidate.Body), kept[j].Item) is { } change)
                {
                    versions[kept[j].ItemId] = (candidate, change);
                    earlier.Remove(candidate.Id);
                    break;
                }
            }
        }

        return versions;
    }

    /// <summary>Whether the text at <paramref name="j"/> of this capture stands where the item at <paramref name="i"/> of the last one stood.</summary>
    private static bool TookThePlaceOf(string[] previous, int i, List<string?> current, int j) =>
        (i > 0 && j > 0 && current[j - 1] == previous[i - 1])
        || (i + 1 < previous.Length && j + 1 < current.Count && current[j + 1] == previous[i + 1]);

    /// <summary>Keeps the order of the items on the source's page, for the next capture to find the places new texts take.</summary>
    private static Task<int> RecordPageAsync(DbConnection connection, DbTransaction transaction, string sourceId, IReadOnlyList<string> items, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO source_pages (source_id, item_ids) VALUES (@SourceId, @Items)
            ON CONFLICT (source_id) DO UPDATE SET item_ids = excluded.item_ids
            """,
            new { SourceId = sourceId, Items = string.Join(' ', items) },
            transaction,
            cancellationToken: cancellationToken));

    /// <summary>All items, with their agencies.</summary>
    public async Task<IReadOnlyList<StoredItem>> LoadAllAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var items = (await connection.QueryAsync<StoredItem>(new CommandDefinition(
            $"SELECT {ItemColumns} FROM items", cancellationToken: cancellationToken))).ToDictionary(i => i.Id);
        var credits = await connection.QueryAsync<(string ItemId, string Agency)>(new CommandDefinition(
            "SELECT item_id, agency FROM item_agencies ORDER BY item_id, position", cancellationToken: cancellationToken));
        Credit(items, credits);
        return [.. items.Values];
    }

    /// <summary>
    /// At most <paramref name="count"/> items, with their agencies, in the feeds' order (the instant shown, newest first;
    /// ties in storing order): the first ones, or those that follow <paramref name="after"/>.
    /// </summary>
    public async Task<IReadOnlyList<StoredItem>> LoadNewestAsync(StoredItem? after, int count, CancellationToken cancellationToken)
    {
        var sequence = database.Dialect.ItemSequence;
        string Newest(string columns) => $"""
            SELECT {columns} FROM items
            {(after is null ? "" : $"WHERE published <= @Published AND (published < @Published OR {sequence} > @Sequence)")}
            ORDER BY published DESC, {sequence} LIMIT @Count
            """;
        var parameters = new { after?.Published, after?.Sequence, Count = count };
        await using var connection = await database.OpenAsync(cancellationToken);
        var items = (await connection.QueryAsync<StoredItem>(new CommandDefinition(Newest(ItemColumns), parameters, cancellationToken: cancellationToken))).ToList();
        Credit(items.ToDictionary(i => i.Id, StringComparer.Ordinal), await connection.QueryAsync<(string ItemId, string Agency)>(new CommandDefinition(
            $"SELECT item_id, agency FROM item_agencies WHERE item_id IN ({Newest("id")}) ORDER BY item_id, position", parameters, cancellationToken: cancellationToken)));
        return items;
    }

    /// <summary>The items among <paramref name="ids"/> that are stored, with their agencies.</summary>
    public async Task<IReadOnlyList<StoredItem>> LoadAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await LoadAsync(connection, null, ids, cancellationToken);
    }

    private async Task<IReadOnlyList<StoredItem>> LoadAsync(DbConnection connection, DbTransaction? transaction, IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        var items = new Dictionary<string, StoredItem>(ids.Count, StringComparer.Ordinal);
        // SQLite takes at most 32766 parameters a statement.
        foreach (var chunk in ids.Chunk(1000))
        {
            foreach (var item in await connection.QueryAsync<StoredItem>(new CommandDefinition(
                $"SELECT {ItemColumns} FROM items WHERE {database.Dialect.OneOf("id", "@Ids")}", new { Ids = chunk }, transaction, cancellationToken: cancellationToken)))
            {
                items.Add(item.Id, item);
            }

            Credit(items, await connection.QueryAsync<(string ItemId, string Agency)>(new CommandDefinition(
                $"SELECT item_id, agency FROM item_agencies WHERE {database.Dialect.OneOf("item_id", "@Ids")} ORDER BY item_id, position", new { Ids = chunk }, transaction, cancellationToken: cancellationToken)));
        }

        return [.. items.Values];
    }

    /// <param name="credits">In item order, each item's in credit order.</param>
    private static void Credit(Dictionary<string, StoredItem> items, IEnumerable<(string ItemId, string Agency)> credits)
    {
        StoredItem? item = null;
        var agencies = new List<string>();
        foreach (var (itemId, agency) in credits)
        {
            if (item?.Id != itemId)
            {
                Give(item, agencies);
                item = items.GetValueOrDefault(itemId);
            }

            agencies.Add(agency);
        }

        Give(item, agencies);

        static void Give(StoredItem? item, List<string> agencies)
        {
            if (item is not null)
            {
                item.Agencies = [.. agencies];
            }

            agencies.Clear();
        }
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
        long polledAt, ItemVersionChange? versionChange, CancellationToken cancellationToken)
    {
        var item = sighting.Item;
        // Only the page that first showed the item corrects it: two pages showing two versions must not flip it at every poll.
        var ownSource = stored.SourceId == sourceId;
        var headline = ownSource ? item.Headline ?? stored.Headline : stored.Headline ?? item.Headline;
        var body = ownSource ? item.Body : stored.Body;
        var title = headline ?? (ownSource ? sighting.Title : stored.Title);
        var credited = (await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT agency FROM item_agencies WHERE item_id = @Id ORDER BY position", new { stored.Id }, transaction, cancellationToken: cancellationToken))).ToList();
        var newCredits = item.Agencies.Where(a => !credited.Contains(a, StringComparer.Ordinal)).Distinct(StringComparer.Ordinal).ToList();
        var newServices = item.Services.Except(stored.Services, StringComparer.Ordinal).ToList();
        var revision = body != stored.Body || headline != stored.Headline || newCredits.Count > 0 || newServices.Count > 0;
        var seen = Math.Max(stored.LastSeen, UnixTime.Milliseconds(sighting.CapturedAt));
        await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE items SET window_lo = @Lo, window_hi = @Hi, last_seen = @Seen, last_polled_at = @PolledAt,
                published = @Published, revised = @Revised, link = COALESCE(link, @Link), headline = @Headline, title = @Title, body = @Body,
                services = @Services
            WHERE id = @Id
            """,
            new
            {
                stored.Id,
                Lo = UnixTime.Milliseconds(window.Lo),
                Hi = UnixTime.Milliseconds(window.Hi),
                Seen = seen,
                Published = UnixTime.Milliseconds(ShownInstant.Next(UnixTime.Instant(stored.Published), window)),
                PolledAt = polledAt,
                Revised = revision ? seen : stored.Revised,
                item.Link,
                Headline = headline,
                Title = title,
                Body = body,
                Services = StoredItem.ServiceCodesOf([.. stored.Services, .. newServices]),
            },
            transaction,
            cancellationToken: cancellationToken));
        await InsertCreditsAsync(connection, transaction, stored.Id, newCredits, credited.Count, cancellationToken);
        if (body != stored.Body || headline != stored.Headline)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO item_versions (item_id, superseded_at, change, headline, body)
                VALUES (@Id, @Seen, @Change, @Headline, @Body)
                """,
                new
                {
                    stored.Id,
                    Seen = seen,
                    Change = (versionChange ?? ItemVersion.ChangeOf(stored.Headline, stored.Body, item with { Headline = headline, Body = body })).ToString(),
                    stored.Headline,
                    stored.Body,
                },
                transaction,
                cancellationToken: cancellationToken));
        }

        if (revision)
        {
            var text = KeywordFilter.SearchText(title, stored.Dateline, credited.Concat(newCredits), body);
            await ItemSearch.ReplaceAsync(connection, transaction, stored.Id, text, cancellationToken);
        }

        return revision;
    }

    private static async Task InsertAsync(
        DbConnection connection, DbTransaction transaction, string sourceId, Sighting sighting, long polledAt, CancellationToken cancellationToken)
    {
        var item = sighting.Item;
        var seen = UnixTime.Milliseconds(sighting.CapturedAt);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO items (id, title, headline, dateline, place, body, section, link, source_id,
                               window_lo, window_hi, first_seen, last_seen, published, last_polled_at, services)
            VALUES (@Id, @Title, @Headline, @Dateline, @Place, @Body, @Section, @Link, @SourceId,
                    @Lo, @Hi, @Seen, @Seen, @Published, @PolledAt, @Services)
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
                PolledAt = polledAt,
                Services = StoredItem.ServiceCodesOf(item.Services),
            },
            transaction,
            cancellationToken: cancellationToken));
        await InsertCreditsAsync(connection, transaction, sighting.ItemId, item.Agencies, 0, cancellationToken);
        await ItemSearch.InsertAsync(connection, transaction, sighting.ItemId, KeywordFilter.SearchText(sighting.Title, item.Dateline, item.Agencies, item.Body), cancellationToken);
    }

    private static Task<int> InsertCreditsAsync(
        DbConnection connection, DbTransaction transaction, string itemId, IEnumerable<string> agencies, int firstPosition, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO item_agencies (item_id, position, agency) VALUES (@ItemId, @Position, @Agency)",
            agencies.Select((agency, index) => new { ItemId = itemId, Position = firstPosition + index, Agency = agency }),
            transaction,
            cancellationToken: cancellationToken));

    /// <summary>
    /// Keeps a sighting as evidence: it extends the item's previous sighting from the source when it says the same (the
    /// same age text, and a window that shares an instant with it: the row keeps the intersection), else it is a new row.
    /// </summary>
    private static async Task RecordSightingAsync(
        DbConnection connection, DbTransaction transaction, string sourceId, Sighting sighting, CancellationToken cancellationToken)
    {
        var capturedAt = UnixTime.Milliseconds(sighting.CapturedAt);
        var previous = await connection.QuerySingleOrDefaultAsync<PreviousSighting>(new CommandDefinition(
            """
            SELECT id AS Id, age_text AS AgeText, window_lo AS WindowLo, window_hi AS WindowHi, last_captured_at AS LastCapturedAt
            FROM sightings WHERE item_id = @ItemId AND source_id = @SourceId ORDER BY id DESC LIMIT 1
            """,
            new { sighting.ItemId, SourceId = sourceId },
            transaction,
            cancellationToken: cancellationToken));
        if (previous is not null && previous.AgeText == sighting.Item.Age && UnixTime.Window(previous.WindowLo, previous.WindowHi).Intersect(sighting.Window) is { } both)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                """
                UPDATE sightings SET last_captured_at = @LastCapturedAt, captures = captures + 1, window_lo = @Lo, window_hi = @Hi
                WHERE id = @Id
                """,
                new
                {
                    previous.Id,
                    LastCapturedAt = Math.Max(previous.LastCapturedAt, capturedAt),
                    Lo = UnixTime.Milliseconds(both.Lo),
                    Hi = UnixTime.Milliseconds(both.Hi),
                },
                transaction,
                cancellationToken: cancellationToken));
            return;
        }

        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO sightings (item_id, source_id, captured_at, last_captured_at, captures, age_text, window_lo, window_hi)
            VALUES (@ItemId, @SourceId, @CapturedAt, @CapturedAt, 1, @Age, @Lo, @Hi)
            """,
            new
            {
                sighting.ItemId,
                SourceId = sourceId,
                CapturedAt = capturedAt,
                sighting.Item.Age,
                Lo = UnixTime.Milliseconds(sighting.Window.Lo),
                Hi = UnixTime.Milliseconds(sighting.Window.Hi),
            },
            transaction,
            cancellationToken: cancellationToken));
    }

    private sealed record PreviousSighting(long Id, string? AgeText, long? WindowLo, long WindowHi, long LastCapturedAt);

    private enum WindowChange
    {
        None,
        Narrowed,
        Contradicted,
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Source {SourceId}: the page holds {Count} items, more than Syndicate:Retention:MaxItemsPerPage; only its first {Kept} are stored")]
    private static partial void LogPageCut(ILogger logger, string sourceId, int count, int kept);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Item {ItemId}: a new sighting's window {NewWindow} contradicts the stored {StoredWindow}; keeping the newer one")]
    private static partial void LogContradiction(ILogger logger, string itemId, string storedWindow, string newWindow);
}

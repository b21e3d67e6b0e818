using System.Globalization;
using System.Text.Json;
using Dapper;
using Syndicate.Storage;

namespace Syndicate.Archives;

/// <summary>The closed days and what each feed's archive of them holds, in <c>archive_days</c>, <c>archive_entries</c> and <c>archive_members</c>.</summary>
public sealed class ArchiveStore(Database database)
{
    private const string DayFormat = "yyyy-MM-dd";

    /// <summary>One item to archive: itself, its source's country, and the feeds whose archive holds it.</summary>
    public sealed record Entry(ArchivedItem Item, string? HomeCountry, IReadOnlyList<string> Feeds);

    public async Task<ArchiveState> LoadStateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var newest = await connection.ExecuteScalarAsync<string?>(new CommandDefinition("SELECT MAX(day) FROM archive_days", cancellationToken: cancellationToken));
        // Each feed's first day, by hopping from feed to feed along the primary key: a GROUP BY reads every member (millions).
        var firsts = await connection.QueryAsync<(string FeedPath, string Day)>(new CommandDefinition(
            """
            WITH RECURSIVE feeds (path) AS (
                SELECT MIN(feed_path) FROM archive_members
                UNION ALL
                SELECT (SELECT MIN(feed_path) FROM archive_members WHERE feed_path > feeds.path) FROM feeds WHERE feeds.path IS NOT NULL
            )
            SELECT path, (SELECT MIN(day) FROM archive_members WHERE feed_path = feeds.path) FROM feeds WHERE path IS NOT NULL
            """,
            cancellationToken: cancellationToken));
        return new ArchiveState(newest is null ? null : Day(newest), firsts.ToDictionary(f => f.FeedPath, f => Day(f.Day), StringComparer.Ordinal));
    }

    /// <summary>The ids of every item already in an archive.</summary>
    public async Task<IReadOnlySet<string>> ArchivedIdsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<string>(new CommandDefinition("SELECT item_id FROM archive_entries", cancellationToken: cancellationToken)))
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Closes <paramref name="day"/> with its entries, in one transaction.</summary>
    public async Task CloseAsync(DateOnly day, IReadOnlyList<Entry> entries, DateTimeOffset closedAt, CancellationToken cancellationToken)
    {
        var text = Text(day);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO archive_days (day, closed_at) VALUES (@text, @closedAt)",
            new { text, closedAt = UnixTime.Milliseconds(closedAt) },
            transaction,
            cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO archive_entries (item_id, day, home_country, item) VALUES (@Id, @Day, @HomeCountry, @Item)",
            entries.Select(e => new { e.Item.Id, Day = text, e.HomeCountry, Item = JsonSerializer.Serialize(e.Item) }),
            transaction,
            cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO archive_members (feed_path, day, item_id) VALUES (@FeedPath, @Day, @ItemId)",
            entries.SelectMany(e => e.Feeds.Select(feed => new { FeedPath = feed, Day = text, ItemId = e.Item.Id })),
            transaction,
            cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>What the feed's archive of <paramref name="day"/> holds: each item with its source's country.</summary>
    public async Task<IReadOnlyList<(ArchivedItem Item, string? HomeCountry)>> EntriesAsync(string feedPath, DateOnly day, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string Item, string? HomeCountry)>(new CommandDefinition(
            """
            SELECT e.item, e.home_country FROM archive_members m JOIN archive_entries e ON e.item_id = m.item_id
            WHERE m.feed_path = @feedPath AND m.day = @day
            """,
            new { feedPath, day = Text(day) },
            cancellationToken: cancellationToken));
        return [.. rows.Select(r => (JsonSerializer.Deserialize<ArchivedItem>(r.Item)!, r.HomeCountry))];
    }

    private static string Text(DateOnly day) => day.ToString(DayFormat, CultureInfo.InvariantCulture);

    private static DateOnly Day(string text) => DateOnly.ParseExact(text, DayFormat, CultureInfo.InvariantCulture);
}

using Dapper;
using Syndicate.Core.Items;

namespace Syndicate.Storage;

/// <summary>Reads the <c>sightings</c> behind an item's window, to show why it carries the time it does, and the versions its text replaced.</summary>
public sealed class EvidenceStore(Database database)
{
    public async Task<ItemEvidence?> FindAsync(string itemId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var item = await connection.QuerySingleOrDefaultAsync<(string Id, string Title, string SourceId, long? WindowLo, long WindowHi, long Published)>(
            new CommandDefinition(
                "SELECT id, title, source_id, window_lo, window_hi, published FROM items WHERE id = @Id",
                new { Id = itemId },
                cancellationToken: cancellationToken));
        if (item.Id is null)
        {
            return null;
        }

        var sightings = await connection.QueryAsync<(string SourceId, long CapturedAt, long LastCapturedAt, long Captures, string? AgeText, long? WindowLo, long WindowHi)>(
            new CommandDefinition(
                """
                SELECT source_id, captured_at, last_captured_at, captures, age_text, window_lo, window_hi
                FROM sightings WHERE item_id = @Id ORDER BY captured_at, id
                """,
                new { Id = itemId },
                cancellationToken: cancellationToken));
        var versions = await connection.QueryAsync<(long SupersededAt, string Change, string? Headline, string Body)>(
            new CommandDefinition(
                "SELECT superseded_at, change, headline, body FROM item_versions WHERE item_id = @Id ORDER BY superseded_at, id",
                new { Id = itemId },
                cancellationToken: cancellationToken));
        return new ItemEvidence(
            item.Id,
            item.Title,
            item.SourceId,
            UnixTime.Window(item.WindowLo, item.WindowHi),
            [.. sightings.Select(s => new StoredSighting(s.SourceId, UnixTime.Instant(s.CapturedAt), s.AgeText, UnixTime.Window(s.WindowLo, s.WindowHi))
            {
                LastCapturedAt = UnixTime.Instant(s.LastCapturedAt),
                Captures = (int)s.Captures,
            })],
            UnixTime.Instant(item.Published))
        {
            EarlierVersions = [.. versions.Select(v => new StoredVersion(UnixTime.Instant(v.SupersededAt), Enum.Parse<ItemVersionChange>(v.Change), v.Headline, v.Body))],
        };
    }
}

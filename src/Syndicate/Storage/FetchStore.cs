using Dapper;

namespace Syndicate.Storage;

/// <summary>The history of every ingest attempt, in the <c>fetches</c> table.</summary>
public sealed class FetchStore(Database database)
{
    private const string Columns = """
        source_id AS SourceId, started_at AS StartedAt, duration_ms AS DurationMs, http_status AS HttpStatus,
        items_found AS ItemsFound, items_new AS ItemsNew, items_dated AS ItemsDated, items_placed AS ItemsPlaced, error AS Error,
        not_before AS NotBefore, etag AS ETag, last_modified AS LastModified, final_url AS FinalUrl, unread_ages AS UnreadAges,
        scheduled_fire_time AS ScheduledFireTime, node AS Node
        """;

    /// <summary>How far back the publication rate looks: enough fetches to be a rate, few enough to follow a change.</summary>
    public const int HistoryLength = 200;

    /// <summary>Between the unread ages in their column: a line break, which no text block holds.</summary>
    private const string UnreadAgesSeparator = "\n";

    public async Task RecordAsync(FetchRecord fetch, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO fetches (source_id, started_at, duration_ms, http_status, items_found, items_new, items_dated, items_placed,
                                 error, not_before, etag, last_modified, final_url, unread_ages, scheduled_fire_time, node)
            VALUES (@SourceId, @StartedAt, @DurationMs, @HttpStatus, @ItemsFound, @ItemsNew, @ItemsDated, @ItemsPlaced,
                    @Error, @NotBefore, @ETag, @LastModified, @FinalUrl, @UnreadAges, @ScheduledFireTime, @Node)
            """,
            new
            {
                fetch.SourceId,
                StartedAt = UnixTime.Milliseconds(fetch.StartedAt),
                DurationMs = (long)fetch.Duration.TotalMilliseconds,
                fetch.HttpStatus,
                fetch.ItemsFound,
                fetch.ItemsNew,
                fetch.ItemsDated,
                fetch.ItemsPlaced,
                fetch.Error,
                NotBefore = UnixTime.Milliseconds(fetch.NotBefore),
                fetch.ETag,
                LastModified = UnixTime.Milliseconds(fetch.LastModified),
                fetch.FinalUrl,
                UnreadAges = fetch.UnreadAges.Count > 0 ? string.Join(UnreadAgesSeparator, fetch.UnreadAges) : null,
                ScheduledFireTime = UnixTime.Milliseconds(fetch.ScheduledFireTime),
                fetch.Node,
            },
            cancellationToken: cancellationToken));
    }

    /// <summary>The source's last <paramref name="count"/> attempts, newest first.</summary>
    public async Task<IReadOnlyList<FetchRecord>> RecentAsync(string sourceId, int count, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<FetchRow>(new CommandDefinition(
            $"SELECT {Columns} FROM fetches WHERE source_id = @SourceId ORDER BY id DESC LIMIT @Count",
            new { SourceId = sourceId, Count = count },
            cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToRecord())];
    }

    /// <summary>Since when each of the source's alarms has held, from its whole history (see <see cref="FetchStreaks"/>).</summary>
    public async Task<FetchStreaks> StreaksAsync(string sourceId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleAsync<StreakRow>(new CommandDefinition(
            $"""
            WITH last AS (
                SELECT COALESCE(MAX(CASE WHEN error IS NULL THEN id END), 0) AS succeeded,
                       COALESCE(MAX(CASE WHEN items_found > 0 THEN id END), 0) AS found,
                       COALESCE(MAX(CASE WHEN items_dated > 0 THEN id END), 0) AS dated,
                       COALESCE(MAX(CASE WHEN items_placed > 0 THEN id END), 0) AS placed,
                       COALESCE(MAX(CASE WHEN items_found IS NOT NULL AND unread_ages IS NULL THEN id END), 0) AS read_clean
                FROM fetches WHERE source_id = @SourceId)
            SELECT MIN(CASE WHEN f.error IS NOT NULL AND f.id > last.succeeded THEN f.started_at END) AS FailingSince,
                   MIN(CASE WHEN f.items_found = 0 AND f.id > last.found THEN f.started_at END) AS NoItemsSince,
                   MIN(CASE WHEN f.items_found > 0 AND f.items_dated = 0 AND f.id > last.dated THEN f.started_at END) AS NoAgesSince,
                   MIN(CASE WHEN f.items_found > 0 AND f.items_placed = 0 AND f.id > last.placed THEN f.started_at END) AS NonePlacedSince,
                   MIN(CASE WHEN f.unread_ages IS NOT NULL AND f.id > last.read_clean THEN f.started_at END) AS UnreadAgesSince,
                   last.found > 0 AS HadItems,
                   last.dated > 0 AS HadAges
            FROM last LEFT JOIN fetches f ON f.source_id = @SourceId AND f.id > {database.Dialect.Least("last.succeeded", "last.found", "last.dated", "last.placed", "last.read_clean")}
            GROUP BY last.succeeded, last.found, last.dated, last.placed, last.read_clean
            """,
            new { SourceId = sourceId },
            cancellationToken: cancellationToken));
        return new FetchStreaks(
            UnixTime.Instant(row.FailingSince),
            UnixTime.Instant(row.NoItemsSince),
            row.HadItems,
            UnixTime.Instant(row.NoAgesSince),
            row.HadAges,
            UnixTime.Instant(row.NonePlacedSince))
        {
            UnreadAgesSince = UnixTime.Instant(row.UnreadAgesSince),
        };
    }

    /// <summary>The source's recent new-item instants (items' first_seen) and successful fetches.</summary>
    public async Task<PublicationHistory> PublicationHistoryAsync(string sourceId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var firstSeen = await connection.QueryAsync<long>(new CommandDefinition(
            """
            SELECT first_seen FROM (
                SELECT DISTINCT first_seen FROM items WHERE source_id = @SourceId ORDER BY first_seen DESC LIMIT @Count) AS recent
            ORDER BY first_seen
            """,
            new { SourceId = sourceId, Count = HistoryLength },
            cancellationToken: cancellationToken));
        var fetches = await connection.QueryAsync<(long StartedAt, long ItemsNew)>(new CommandDefinition(
            """
            SELECT started_at, items_new FROM (
                SELECT id, started_at, items_new FROM fetches
                WHERE source_id = @SourceId AND error IS NULL ORDER BY id DESC LIMIT @Count) AS recent
            ORDER BY id
            """,
            new { SourceId = sourceId, Count = HistoryLength },
            cancellationToken: cancellationToken));
        return new PublicationHistory(
            [.. firstSeen.Select(UnixTime.Instant)],
            [.. fetches.Select(f => (UnixTime.Instant(f.StartedAt), (int)f.ItemsNew))]);
    }

    private sealed class StreakRow
    {
        public long? FailingSince { get; init; }

        public long? NoItemsSince { get; init; }

        public long? NoAgesSince { get; init; }

        public long? NonePlacedSince { get; init; }

        public long? UnreadAgesSince { get; init; }

        public bool HadItems { get; init; }

        public bool HadAges { get; init; }
    }

    private sealed class FetchRow
    {
        public required string SourceId { get; init; }

        public long StartedAt { get; init; }

        public long DurationMs { get; init; }

        public long? HttpStatus { get; init; }

        public long? ItemsFound { get; init; }

        public long? ItemsNew { get; init; }

        public long? ItemsDated { get; init; }

        public long? ItemsPlaced { get; init; }

        public string? Error { get; init; }

        public long? NotBefore { get; init; }

        public string? ETag { get; init; }

        public long? LastModified { get; init; }

        public string? FinalUrl { get; init; }

        public string? UnreadAges { get; init; }

        public long? ScheduledFireTime { get; init; }

        public string? Node { get; init; }

        public FetchRecord ToRecord() => new(
            SourceId,
            UnixTime.Instant(StartedAt),
            TimeSpan.FromMilliseconds(DurationMs),
            (int?)HttpStatus,
            (int?)ItemsFound,
            (int?)ItemsNew,
            Error)
        {
            ItemsDated = (int?)ItemsDated,
            ItemsPlaced = (int?)ItemsPlaced,
            NotBefore = UnixTime.Instant(NotBefore),
            ETag = ETag,
            LastModified = UnixTime.Instant(LastModified),
            FinalUrl = FinalUrl,
            UnreadAges = UnreadAges?.Split(UnreadAgesSeparator) ?? [],
            ScheduledFireTime = UnixTime.Instant(ScheduledFireTime),
            Node = Node,
        };
    }
}

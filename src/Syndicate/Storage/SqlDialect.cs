using System.Data.Common;
using Dapper;

namespace Syndicate.Storage;

/// <summary>
/// What the stores write differently per database; everything else is one SQL text for both. Lists travel as a
/// parameter each (Dapper expands them on SQLite, Npgsql sends an array to PostgreSQL), so a list condition is the
/// dialect's to write.
/// </summary>
public abstract class SqlDialect
{
    public static readonly SqlDialect Sqlite = new SqliteDialect();

    public static readonly SqlDialect Postgres = new PostgresDialect();

    public static SqlDialect Of(StorageProvider provider) => provider == StorageProvider.Postgres ? Postgres : Sqlite;

    /// <summary>The folder (embedded resource prefix) of this database's numbered migration scripts.</summary>
    public abstract string MigrationsResourcePrefix { get; }

    /// <summary>The column that says in which order items were first stored.</summary>
    public abstract string ItemSequence { get; }

    /// <summary>Run on the migrating connection before the migrations, so nodes starting together migrate one at a time; null when none is needed.</summary>
    public abstract string? LockMigrations { get; }

    public abstract string? UnlockMigrations { get; }

    /// <summary>Taken by a node while it reads and writes source schedules (see <see cref="ScheduleLock"/>); null where one server owns the database.</summary>
    public abstract string? LockSchedules { get; }

    public abstract string? UnlockSchedules { get; }

    /// <summary>
    /// Run first in a capture's transaction with <c>@Ids</c>, the items it touches: concurrent captures of one item (two
    /// nodes, two pages) then merge one after the other instead of overwriting each other; null where writers are
    /// serialised anyway.
    /// </summary>
    public abstract string? LockItems { get; }

    /// <summary>Housekeeping after the retention limits deleted rows; null when the database does its own.</summary>
    public abstract string? AfterCompaction { get; }

    /// <summary><paramref name="column"/> is one of the list parameter <paramref name="parameter"/> (<c>@Ids</c>).</summary>
    public abstract string OneOf(string column, string parameter);

    /// <summary><paramref name="column"/> is none of the list parameter <paramref name="parameter"/>.</summary>
    public abstract string NoneOf(string column, string parameter);

    /// <summary>The least of several values in one row.</summary>
    public abstract string Least(params string[] values);

    /// <summary>
    /// The conditions on <c>item_search</c> that its <c>text</c> holds each of <paramref name="words"/> (folded letters
    /// and digits, at least one) as part of a word; their values go into <paramref name="parameters"/>. The dialect may
    /// ask the index on <paramref name="connection"/> which condition narrows the search most.
    /// </summary>
    public abstract Task<IReadOnlyList<string>> ContainsAllAsync(DbConnection connection, IReadOnlyList<string> words, DynamicParameters parameters, CancellationToken cancellationToken);

    /// <summary>The conditions that <c>text</c> holds each word, by LIKE.</summary>
    private static IEnumerable<string> Like(IEnumerable<string> words, DynamicParameters parameters) =>
        words.Select((word, index) =>
        {
            parameters.Add($"Like{index}", $"%{word}%");
            return $"text LIKE @Like{index}";
        });

    private sealed class SqliteDialect : SqlDialect
    {
        /// <summary>FTS5 trigram tokens: a shorter word cannot be looked up in the index and is matched with LIKE instead.</summary>
        private const int TrigramLength = 3;

        /// <summary>
        /// Fewer items than this hold a rare trigram: counting up to it reads a bounded part of each trigram's list, and
        /// matching the words on that many items' text is quick.
        /// </summary>
        private const int RareTrigramItems = 2_000;

        public override string MigrationsResourcePrefix => "Syndicate.Storage.Migrations.";

        public override string ItemSequence => "rowid";

        public override string? LockMigrations => null;

        public override string? UnlockMigrations => null;

        public override string? LockSchedules => null;

        public override string? UnlockSchedules => null;

        public override string? LockItems => null;

        public override string AfterCompaction => "PRAGMA wal_checkpoint(TRUNCATE); PRAGMA optimize;";

        public override string OneOf(string column, string parameter) => $"{column} IN {parameter}";

        public override string NoneOf(string column, string parameter) => $"{column} NOT IN {parameter}";

        public override string Least(params string[] values) => $"MIN({string.Join(", ", values)})";

        /// <summary>
        /// The words' rarest trigram is looked up, when fewer than <see cref="RareTrigramItems"/> items hold it, and every
        /// word then found in those items' text; otherwise each word as a quoted phrase of its trigrams. A phrase
        /// reads the list of every one of its trigrams, and a common trigram ("mie" of "economie") is held by most
        /// items: a rare word's phrase costs as much as a common one's, where its rarest trigram alone reads a few rows.
        /// </summary>
        public override async Task<IReadOnlyList<string>> ContainsAllAsync(DbConnection connection, IReadOnlyList<string> words, DynamicParameters parameters, CancellationToken cancellationToken)
        {
            var indexed = words.Where(w => w.Length >= TrigramLength).ToList();
            if (indexed.Count == 0)
            {
                return [.. Like(words, parameters)];
            }

            var (rarest, held) = (string.Empty, int.MaxValue);
            foreach (var trigram in indexed.SelectMany(Trigrams).Distinct(StringComparer.Ordinal))
            {
                var count = await connection.ExecuteScalarAsync<int>(new CommandDefinition(
                    "SELECT COUNT(*) FROM (SELECT 1 FROM item_search WHERE item_search MATCH @Trigram LIMIT @Limit)",
                    new { Trigram = Quoted(trigram), Limit = RareTrigramItems }, cancellationToken: cancellationToken));
                if (count < held)
                {
                    (rarest, held) = (trigram, count);
                }
            }

            if (held < RareTrigramItems)
            {
                // instr, not LIKE: FTS5 would take a LIKE as one more phrase to look up in the index.
                parameters.Add("Rarest", Quoted(rarest));
                return ["item_search MATCH @Rarest", .. words.Select((word, index) =>
                {
                    parameters.Add($"Word{index}", word);
                    return $"instr(text, @Word{index}) > 0";
                })];
            }

            // Each word a quoted phrase: its trigrams in a row, that is, the word as part of the text.
            parameters.Add("Phrases", string.Join(" AND ", indexed.Select(Quoted)));
            return ["item_search MATCH @Phrases", .. Like(words.Where(w => w.Length < TrigramLength), parameters)];
        }

        private static string Quoted(string text) => $"\"{text}\"";

        /// <summary>The word's runs of three characters, as the trigram tokenizer cuts them (by code point).</summary>
        private static IEnumerable<string> Trigrams(string word)
        {
            var runes = word.EnumerateRunes().Select(r => r.ToString()).ToArray();
            for (var start = 0; start + TrigramLength <= runes.Length; start++)
            {
                yield return string.Concat(runes.AsSpan(start, TrigramLength));
            }
        }
    }

    private sealed class PostgresDialect : SqlDialect
    {
        /// <summary>The key of the advisory lock the migrations run under (any fixed number; "syndicat" in ASCII).</summary>
        private const long MigrationLockKey = 0x73796E6469636174;

        /// <summary>The first half of the two-part advisory lock keys of items (the other half is the id's hash).</summary>
        private const int ItemLockSpace = 1;

        /// <summary>The two-part key of the advisory lock schedule changes run under.</summary>
        private const int ScheduleLockSpace = 2;

        public override string MigrationsResourcePrefix => "Syndicate.Storage.Migrations.Postgres.";

        public override string ItemSequence => "sequence";

        public override string LockMigrations => $"SELECT pg_advisory_lock({MigrationLockKey})";

        public override string UnlockMigrations => $"SELECT pg_advisory_unlock({MigrationLockKey})";

        public override string LockSchedules => $"SELECT pg_advisory_lock({ScheduleLockSpace}, 0)";

        public override string UnlockSchedules => $"SELECT pg_advisory_unlock({ScheduleLockSpace}, 0)";

        // In id order, so two captures never wait on each other's locks in a circle.
        public override string LockItems =>
            $"SELECT pg_advisory_xact_lock({ItemLockSpace}, hashtext(id)) FROM (SELECT DISTINCT unnest(@Ids) AS id ORDER BY 1) AS ids";

        public override string? AfterCompaction => null;

        public override string OneOf(string column, string parameter) => $"{column} = ANY({parameter})";

        public override string NoneOf(string column, string parameter) => $"NOT ({column} = ANY({parameter}))";

        public override string Least(params string[] values) => $"LEAST({string.Join(", ", values)})";

        // The pg_trgm index on item_search.text serves LIKE for a word of any length.
        public override Task<IReadOnlyList<string>> ContainsAllAsync(DbConnection connection, IReadOnlyList<string> words, DynamicParameters parameters, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<string>>([.. Like(words, parameters)]);
    }
}

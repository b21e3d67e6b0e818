using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Syndicate.Tests.Support;

namespace Syndicate.Tests.Hosting;

/// <summary>
/// The server killed with SIGKILL, again and again, at random moments while its scheduler ingests two
/// pages that keep changing. After every restart, in the quiet second before the scheduler fires,
/// the database must be intact and hold every item it had committed before the kill, once, and the
/// served and exported feeds must agree with it.
/// </summary>
/// <remarks>
/// Whether a kill cut a running ingest short is read from Quartz's fired-trigger rows, which the
/// scheduler only clears when it starts: a row still executing after the restart is an ingest the
/// kill interrupted.
/// </remarks>
public sealed class CrashTests
{
    private const int Kills = 50;
    private const int Seed = 20261128;
    private const int FeedSize = 50;
    private const string FetchCount = "SELECT count(*) FROM fetches";

    [Fact]
    public async Task Killing_the_server_during_ingests_loses_no_committed_item_duplicates_none_and_leaves_consistent_feeds()
    {
        using var directory = new TemporaryDirectory();
        await using var pages = WirePageWriter.Start(directory.Path);
        var environment = new Dictionary<string, string>
        {
            ["Syndicate__IngestOnStart"] = "false",
            ["Syndicate__SchedulerStartDelay"] = "00:00:01",
            // Every second, to ingest all the time: the floor comes down to allow it.
            ["Syndicate__MinPollInterval"] = "00:00:01",
            ["Syndicate__FeedSize"] = FeedSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Syndicate__Sources__0__Id"] = "wire-a",
            ["Syndicate__Sources__0__Url"] = pages.Pages[0],
            ["Syndicate__Sources__0__Schedule"] = "* * * * * ?",
            ["Syndicate__Sources__1__Id"] = "wire-b",
            ["Syndicate__Sources__1__Url"] = pages.Pages[1],
            ["Syndicate__Sources__1__Schedule"] = "* * * * * ?",
            ["Logging__LogLevel__Default"] = "Warning",
        };
        var database = Path.Combine(directory.Path, "data", "syndicate.db");
        var random = new Random(Seed);
        var started = Stopwatch.StartNew();
        IReadOnlySet<string> committed = new HashSet<string>();
        var interrupted = 0;

        for (var kill = 0; ; kill++)
        {
            await using var server = ServerProcess.Start(directory, environment);
            await server.WaitUntilServingAsync("/feeds/all.atom");
            interrupted += await CountAsync(database, "SELECT count(*) FROM QRTZ_FIRED_TRIGGERS WHERE STATE = 'EXECUTING'") > 0 ? 1 : 0;
            await VerifyAsync(server, directory.Path, database, committed, $"after kill {kill}");
            if (kill == Kills)
            {
                break;
            }

            var fetches = await CountAsync(database, FetchCount);
            await Eventually.HoldsAsync(async () => await CountAsync(database, FetchCount) > fetches, "the scheduler ingests");
            await Task.Delay(TimeSpan.FromMilliseconds(random.Next(200, 1500)), TestContext.Current.CancellationToken);
            committed = await ItemIdsAsync(database);
            await server.KillAsync();
        }

        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{Kills} kills ({interrupted} of them cut an ingest short), {committed.Count} items stored of {pages.ItemsWritten} written, in {started.Elapsed.TotalSeconds:F0} s.");
        Assert.True(interrupted > 0, "No kill came while an ingest was running.");
        Assert.True(committed.Count > FeedSize, $"Only {committed.Count} items were stored.");
    }

    private static async Task VerifyAsync(ServerProcess server, string folder, string database, IReadOnlySet<string> committed, string when)
    {
        Assert.Equal("ok", await ScalarAsync<string>(database, "PRAGMA integrity_check"));
        var countBefore = await CountAsync(database, "SELECT count(*) FROM items");
        var served = EntryIds(await server.Client.GetByteArrayAsync("/feeds/all.atom", TestContext.Current.CancellationToken));
        var stored = await ItemIdsAsync(database);

        var lost = committed.Except(stored).ToList();
        Assert.True(lost.Count == 0, $"{when}: {lost.Count} committed items are gone, such as {lost.FirstOrDefault()}.");
        Assert.Equal(0, await CountAsync(database, "SELECT count(*) FROM (SELECT id FROM items GROUP BY id HAVING count(*) > 1)"));
        Assert.Equal(0, await CountAsync(database, "SELECT count(*) FROM (SELECT body FROM items GROUP BY dateline, body HAVING count(*) > 1)"));
        Assert.True(served.All(stored.Contains), $"{when}: the served feed has entries the database does not.");
        Assert.InRange(served.Count, Math.Min(FeedSize, countBefore), Math.Min(FeedSize, stored.Count));
        await AssertExportMatchesServedAsync(server, Path.Combine(folder, "feeds", "all.atom"), when);
    }

    /// <summary>
    /// The exported file holds the document the server serves. An ingest that publishes between the
    /// two reads makes them differ for a moment, so a mismatch is read again, a bounded number of times.
    /// </summary>
    private static async Task AssertExportMatchesServedAsync(ServerProcess server, string exported, string when)
    {
        for (var attempt = 1; ; attempt++)
        {
            var served = await server.Client.GetByteArrayAsync("/feeds/all.atom", TestContext.Current.CancellationToken);
            var file = await File.ReadAllBytesAsync(exported, TestContext.Current.CancellationToken);
            if (served.AsSpan().SequenceEqual(file))
            {
                return;
            }

            Assert.True(attempt < 10, $"{when}: feeds/all.atom differs from the served /feeds/all.atom ({EntryIds(file).Count} and {EntryIds(served).Count} entries).");
        }
    }

    private static List<string> EntryIds(byte[] atom) =>
        [.. FeedClient.Load(atom).Items.Select(i => i.Id[(i.Id.LastIndexOf('/') + 1)..])];

    private static async Task<IReadOnlySet<string>> ItemIdsAsync(string database)
    {
        await using var connection = await OpenReadOnlyAsync(database);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id FROM items";
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    private static async Task<int> CountAsync(string database, string sql) => (int)await ScalarAsync<long>(database, sql);

    private static async Task<T> ScalarAsync<T>(string database, string sql)
    {
        await using var connection = await OpenReadOnlyAsync(database);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }

    /// <summary>A connection of the test's own, read-only and unpooled, so it holds nothing open across a kill.</summary>
    private static async Task<SqliteConnection> OpenReadOnlyAsync(string database)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        return connection;
    }
}

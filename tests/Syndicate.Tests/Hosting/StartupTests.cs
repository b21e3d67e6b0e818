using Microsoft.Data.Sqlite;
using Syndicate.Tests.Support;

namespace Syndicate.Tests.Hosting;

public sealed class StartupTests
{
    [Fact]
    public async Task The_start_up_trigger_ingests_every_source_so_feeds_fill_without_a_request()
    {
        using var directory = new TemporaryDirectory();
        await using var host = new SyndicateHost(directory, new Dictionary<string, string?> { ["Syndicate:IngestOnStart"] = "true" });
        using var client = host.CreateClient();

        var entries = 0;
        for (var attempt = 0; attempt < 300 && entries < 8; attempt++)
        {
            entries = (await client.GetFeedAsync("/feeds/all.atom")).Items.Count();
            if (entries < 8)
            {
                await Task.Delay(100, TestContext.Current.CancellationToken);
            }
        }

        Assert.Equal(8, entries);
    }

    [Fact]
    public async Task First_start_creates_the_schema_and_a_restart_applies_no_migration_twice_and_keeps_the_items()
    {
        using var directory = new TemporaryDirectory();
        await using (var first = new SyndicateHost(directory))
        {
            first.CreateClient().Dispose();
            await first.IngestAsync("sample-text");
        }

        await using var second = new SyndicateHost(directory);
        using var client = second.CreateClient();

        var feed = await client.GetFeedAsync("/feeds/all.rss");
        Assert.Equal(8, feed.Items.Count());
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(directory.Path, "data", "syndicate.db")};Pooling=False");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT group_concat(version) FROM (SELECT version FROM schema_migrations ORDER BY version)";
        Assert.Equal(
            string.Join(',', Syndicate.Storage.Migrator.Scripts(Syndicate.Storage.StorageProvider.Sqlite).Select(s => s.Version)),
            await command.ExecuteScalarAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Entry_ids_and_dates_are_the_same_after_a_restart()
    {
        using var directory = new TemporaryDirectory();
        List<(string Id, DateTimeOffset Published)> before;
        await using (var first = new SyndicateHost(directory))
        {
            using var client = first.CreateClient();
            await first.IngestAsync("sample-text");
            before = [.. (await client.GetFeedAsync("/feeds/all.atom")).Items.Select(i => (i.Id, i.PublishDate))];
        }

        await using var second = new SyndicateHost(directory);
        using var again = second.CreateClient();
        var after = (await again.GetFeedAsync("/feeds/all.atom")).Items.Select(i => (i.Id, i.PublishDate)).ToList();

        Assert.Equal(before, after);
    }
}

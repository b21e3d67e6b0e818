using Microsoft.Extensions.DependencyInjection;
using Syndicate.Publishing;
using Syndicate.Storage;
using Syndicate.Tests.Support;

namespace Syndicate.Tests.Publishing;

/// <summary>
/// Two nodes on one PostgreSQL database: what one ingests, the other publishes too, from the same rows, so both
/// serve the same bytes under the same ETag; retention's deletions reach both. Needs PostgreSQL (skips without it,
/// fails under CI).
/// </summary>
public sealed class SharedFeedChangesTests
{
    [Fact]
    public async Task A_capture_one_node_stores_is_served_by_the_other_node_byte_for_byte()
    {
        await using var database = await TestDatabase.CreateAsync(StorageProvider.Postgres);
        await using var ingesting = new SyndicateHost(settings: new Dictionary<string, string?>(database.Settings));
        await using var other = new SyndicateHost(settings: new Dictionary<string, string?>(database.Settings));
        using var ingestingClient = ingesting.CreateClient();
        using var otherClient = other.CreateClient();
        await Eventually.HoldsAsync(() => Task.FromResult(other.Services.GetRequiredService<SharedFeedChanges>().IsListening), "the other node listens");

        await ingesting.IngestAsync("sample-text");

        await Eventually.HoldsAsync(
            async () => (await otherClient.GetByteArrayAsync("/feeds/all.atom", TestContext.Current.CancellationToken)).Length > 2000,
            "the other node serves the ingested items");
        using var fromIngesting = await ingestingClient.GetAsync("/feeds/all.atom", TestContext.Current.CancellationToken);
        using var fromOther = await otherClient.GetAsync("/feeds/all.atom", TestContext.Current.CancellationToken);
        Assert.Equal(fromIngesting.Headers.ETag, fromOther.Headers.ETag);
        Assert.Equal(
            await fromIngesting.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken),
            await fromOther.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        Assert.Equal(
            ingesting.Services.GetRequiredService<FeedPublisher>().Current.Entries.Select(e => e.Id),
            other.Services.GetRequiredService<FeedPublisher>().Current.Entries.Select(e => e.Id));
    }

    [Fact]
    public async Task What_another_node_stored_while_a_node_started_and_did_not_listen_yet_is_served_once_it_listens()
    {
        await using var database = await TestDatabase.CreateAsync(StorageProvider.Postgres);
        var listen = new TaskCompletionSource();
        // Read again and again until they agree.
        var settings = new Dictionary<string, string?>(database.Settings) { ["Syndicate:RateLimit:RequestsPerMinute"] = "1000000" };
        await using var ingesting = new SyndicateHost(settings: settings);
        await using var starting = new SyndicateHost(settings: settings, services: s => s.AddSingleton<Database>(new LateListeningDatabase(database.Open(), listen.Task)));
        using var ingestingClient = ingesting.CreateClient();
        using var startingClient = starting.CreateClient();

        await ingesting.IngestAsync("sample-text");
        listen.SetResult();

        await Eventually.HoldsAsync(
            async () =>
            {
                var served = await startingClient.GetByteArrayAsync("/feeds/all.atom", TestContext.Current.CancellationToken);
                var ingested = await ingestingClient.GetByteArrayAsync("/feeds/all.atom", TestContext.Current.CancellationToken);
                return served.AsSpan().SequenceEqual(ingested);
            },
            "the starting node serves what the other stored before it listened");
    }

    [Fact]
    public async Task A_schedule_changed_through_one_node_changes_how_often_every_nodes_feeds_say_they_change()
    {
        await using var database = await TestDatabase.CreateAsync(StorageProvider.Postgres);
        await using var changing = new SyndicateHost(settings: new Dictionary<string, string?>(database.Settings));
        await using var other = new SyndicateHost(settings: new Dictionary<string, string?>(database.Settings));
        using var admin = changing.CreateAdminClient();
        using var changingClient = changing.CreateClient();
        using var otherClient = other.CreateClient();
        await Eventually.HoldsAsync(() => Task.FromResult(other.Services.GetRequiredService<SharedFeedChanges>().IsListening), "the other node listens");
        using var before = await otherClient.GetAsync("/feeds/all.rss", TestContext.Current.CancellationToken);

        await admin.PutScheduleAsync("sample-text", new { intervalSeconds = 120 });

        using var changed = await changingClient.GetAsync("/feeds/all.rss", TestContext.Current.CancellationToken);
        await Eventually.HoldsAsync(
            async () =>
            {
                using var served = await otherClient.GetAsync("/feeds/all.rss", TestContext.Current.CancellationToken);
                return served.Headers.ETag?.Tag == changed.Headers.ETag?.Tag;
            },
            "the other node serves the feed the changing node does");
        Assert.Equal((3600, 120), (before.Headers.CacheControl!.MaxAge!.Value.TotalSeconds, changed.Headers.CacheControl!.MaxAge!.Value.TotalSeconds));
    }

    [Fact]
    public async Task On_sqlite_nothing_is_announced_and_nobody_listens()
    {
        await using var host = new SyndicateHost();
        using var client = host.CreateClient();
        var changes = host.Services.GetRequiredService<SharedFeedChanges>();

        await changes.AnnounceAsync(["an-item"], TestContext.Current.CancellationToken);

        Assert.False(changes.IsListening);
    }
}

using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Syndicate.Core.Items;
using Syndicate.Storage;
using Syndicate.Tests.Support;
using static Syndicate.Tests.Storage.TestSightings;

namespace Syndicate.Tests.Storage;

/// <summary>The retention limits on both providers: by age and by count, per source and in all, oldest first.</summary>
public abstract class RetentionCompactorTests(StorageProvider provider) : DatabaseTests(provider)
{
    private static readonly DateTimeOffset Start = new(2026, 11, 1, 10, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _clock = new(Start);

    private ItemStore Items => new(Database, new FixedOptions<RetentionOptions>(new RetentionOptions()), _clock, NullLogger<ItemStore>.Instance);

    private FetchStore Fetches => new(Database);

    private Task<Compaction> CompactAsync(RetentionOptions limits) =>
        new RetentionCompactor(Database, new FixedOptions<RetentionOptions>(limits), _clock, NullLogger<RetentionCompactor>.Instance).CompactAsync(CancellationToken.None);

    /// <summary>Polls a page of the given bulletins now, one fake hour after the last poll.</summary>
    private async Task PollAsync(string source, params int[] numbers)
    {
        _clock.Advance(TimeSpan.FromHours(1));
        var now = _clock.GetUtcNow();
        await Items.RecordCaptureAsync(source, [.. numbers.Select(n => SeenAt(now, "5 minuten geleden", Numbered(n)))], CancellationToken.None);
    }

    private async Task<long> CountAsync(string sql)
    {
        await using var connection = await Database.OpenAsync(CancellationToken.None);
        return await connection.ExecuteScalarAsync<long>(sql);
    }

    private async Task<IReadOnlyList<string>> StoredAsync() =>
        [.. (await Items.LoadAllAsync(CancellationToken.None)).Select(i => i.Id).Order(StringComparer.Ordinal)];

    private static IReadOnlyList<string> Ids(params int[] numbers) => [.. numbers.Select(n => ItemIdentity.Of(Numbered(n))).Order(StringComparer.Ordinal)];

    [Fact]
    public async Task Items_no_page_has_shown_for_the_maximum_age_go_with_their_sightings_and_search_text()
    {
        await PollAsync("a", 1, 2);
        _clock.Advance(TimeSpan.FromDays(3));
        await PollAsync("a", 2, 3);

        var compaction = await CompactAsync(new RetentionOptions { ItemsMaxAge = TimeSpan.FromDays(2) });

        Assert.Equal(1, compaction.Items);
        Assert.Equal(Ids(2, 3), await StoredAsync());
        Assert.Equal(0, await CountAsync($"SELECT COUNT(*) FROM sightings WHERE item_id = '{ItemIdentity.Of(Numbered(1))}'"));
        Assert.Equal(Ids(2, 3), (await new ItemSearch(Database, NullLogger<ItemSearch>.Instance).FindAsync(["bericht"], 10, CancellationToken.None))!.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_maximum_item_age_of_zero_keeps_items_forever()
    {
        await PollAsync("a", 1);
        _clock.Advance(TimeSpan.FromDays(3650));

        await CompactAsync(new RetentionOptions { ItemsMaxAge = TimeSpan.Zero, SightingsMaxAge = TimeSpan.FromDays(36500), FetchesMaxAge = TimeSpan.FromDays(36500) });

        Assert.Equal(Ids(1), await StoredAsync());
    }

    [Fact]
    public async Task A_source_over_its_item_limit_loses_the_items_shown_longest_ago_and_no_other_sources_items()
    {
        await PollAsync("flood", 1, 2);
        await PollAsync("flood", 3, 4);
        await PollAsync("quiet", 10);
        await PollAsync("flood", 5);

        await CompactAsync(new RetentionOptions { MaxItemsPerSource = 3 });

        Assert.Equal(Ids(3, 4, 5, 10), await StoredAsync());
    }

    [Fact]
    public async Task Sightings_go_by_age_then_per_source_then_in_all_the_oldest_first()
    {
        for (var hour = 0; hour < 6; hour++)
        {
            await PollAsync("a", hour);
            await PollAsync("b", 100 + hour);
        }

        var byAge = await CompactAsync(new RetentionOptions { SightingsMaxAge = TimeSpan.FromHours(8), ItemsMaxAge = TimeSpan.Zero });
        var perSource = await CompactAsync(new RetentionOptions { MaxSightingsPerSource = 3, ItemsMaxAge = TimeSpan.Zero });
        var inAll = await CompactAsync(new RetentionOptions { MaxSightings = 4, MaxSightingsPerSource = 3, ItemsMaxAge = TimeSpan.Zero });

        Assert.Equal((3, 3, 2), (byAge.Sightings, perSource.Sightings, inAll.Sightings));
        Assert.Equal(12, await CountAsync("SELECT COUNT(*) FROM items"));
        Assert.Equal(2, await CountAsync("SELECT COUNT(*) FROM sightings WHERE source_id = 'a'"));
        Assert.Equal(2, await CountAsync("SELECT COUNT(*) FROM sightings WHERE source_id = 'b'"));
    }

    [Fact]
    public async Task Fetch_records_go_by_age_then_per_source_then_in_all_but_never_a_sources_latest()
    {
        async Task RecordAsync(string source, DateTimeOffset at) =>
            await Fetches.RecordAsync(new FetchRecord(source, at, TimeSpan.FromSeconds(1), 200, 8, 0, null), CancellationToken.None);
        var now = _clock.GetUtcNow();
        await RecordAsync("stale", now.AddDays(-40));
        await RecordAsync("stale", now.AddDays(-35));
        for (var minutes = 60; minutes > 0; minutes -= 5)
        {
            await RecordAsync("busy", now.AddMinutes(-minutes));
            await RecordAsync("other", now.AddMinutes(-minutes));
        }

        var byAge = await CompactAsync(new RetentionOptions());
        var limited = await CompactAsync(new RetentionOptions { MaxFetchesPerSource = 10, MaxFetches = 15 });

        // By age: stale's older record. Per source: busy's and other's two oldest. In all: the three oldest
        // records that are not a source's latest, beyond the newest 15 of those.
        Assert.Equal((1, 4 + 3), (byAge.Fetches, limited.Fetches));
        Assert.Equal([now.AddDays(-35)], (await Fetches.RecentAsync("stale", 100, CancellationToken.None)).Select(f => f.StartedAt));
        Assert.Equal(8, (await Fetches.RecentAsync("busy", 100, CancellationToken.None)).Count);
        Assert.Equal(9, (await Fetches.RecentAsync("other", 100, CancellationToken.None)).Count);
    }

    public sealed class OnSqlite() : RetentionCompactorTests(StorageProvider.Sqlite);

    public sealed class OnPostgres() : RetentionCompactorTests(StorageProvider.Postgres);
}

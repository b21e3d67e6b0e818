using Microsoft.Extensions.Logging.Abstractions;
using Syndicate.Core.Items;
using Syndicate.Core.Time;
using Syndicate.Core.Wire;
using Syndicate.Storage;
using Syndicate.Tests.Support;

namespace Syndicate.Tests.Storage;

/// <summary>
/// The store, on both providers: windows narrow with every sighting and never silently widen; a sighting that says
/// what the last one said extends it; a page is stored up to its item cap.
/// </summary>
public abstract class ItemStoreTests(StorageProvider provider) : DatabaseTests(provider)
{
    private static readonly DateTimeOffset Ten = new(2026, 11, 28, 10, 0, 0, TimeSpan.Zero);
    private static readonly WireItem Item = TestSightings.Oslo;


    private ItemStore Store => new(Database, new FixedOptions<RetentionOptions>(new RetentionOptions { MaxItemsPerPage = 3 }), TimeProvider.System, NullLogger<ItemStore>.Instance);

    private static Sighting SeenAt(DateTimeOffset reference, string age = "1 uur geleden", WireItem? item = null) => TestSightings.SeenAt(reference, age, item);

    private async Task<IReadOnlyList<StoredSighting>> SightingsAsync() =>
        (await new EvidenceStore(Database).FindAsync(ItemIdentity.Of(Item), CancellationToken.None))!.Sightings;

    [Fact]
    public async Task Two_hour_granular_sightings_half_an_hour_apart_narrow_the_window_to_thirty_minutes()
    {
        await Store.RecordCaptureAsync("src", [SeenAt(Ten)], CancellationToken.None);
        var outcome = await Store.RecordCaptureAsync("src", [SeenAt(Ten.AddMinutes(30))], CancellationToken.None);

        var stored = Assert.Single(await Store.LoadAllAsync(CancellationToken.None));
        Assert.Equal((0, 1, 0), (outcome.Added, outcome.Narrowed, outcome.Contradicted));
        Assert.Equal(Ten.AddMinutes(-90).ToUnixTimeMilliseconds(), stored.WindowLo);
        Assert.Equal(Ten.AddMinutes(-60).ToUnixTimeMilliseconds(), stored.WindowHi);
        Assert.Equal(["ANP"], stored.Agencies);
    }

    [Fact]
    public async Task The_same_sighting_again_changes_nothing_and_extends_the_stored_sighting_instead_of_adding_one()
    {
        await Store.RecordCaptureAsync("src", [SeenAt(Ten)], CancellationToken.None);
        var before = Assert.Single(await Store.LoadAllAsync(CancellationToken.None));

        for (var poll = 0; poll < 10; poll++)
        {
            Assert.False((await Store.RecordCaptureAsync("src", [SeenAt(Ten)], CancellationToken.None)).ChangedFeeds);
        }

        var after = Assert.Single(await Store.LoadAllAsync(CancellationToken.None));
        var sighting = Assert.Single(await SightingsAsync());
        Assert.Equal(before with { LastSeen = after.LastSeen, Agencies = after.Agencies }, after);
        Assert.Equal(before.Agencies, after.Agencies);
        Assert.Equal(11, sighting.Captures);
    }

    [Fact]
    public async Task An_hour_age_seen_again_half_an_hour_later_extends_the_sighting_to_the_window_both_allow()
    {
        await Store.RecordCaptureAsync("src", [SeenAt(Ten)], CancellationToken.None);

        await Store.RecordCaptureAsync("src", [SeenAt(Ten.AddMinutes(30))], CancellationToken.None);

        var sighting = Assert.Single(await SightingsAsync());
        Assert.Equal((Ten, Ten.AddMinutes(30), 2), (sighting.CapturedAt, sighting.LastCapturedAt, sighting.Captures));
        Assert.Equal(new TimeWindow(Ten.AddMinutes(-90), Ten.AddMinutes(-60)), sighting.Window);
    }

    [Fact]
    public async Task A_sighting_with_another_age_text_or_a_window_that_contradicts_is_a_new_row()
    {
        await Store.RecordCaptureAsync("src", [SeenAt(Ten, "16 minuten geleden")], CancellationToken.None);
        await Store.RecordCaptureAsync("src", [SeenAt(Ten.AddMinutes(5), "21 minuten geleden")], CancellationToken.None);
        await Store.RecordCaptureAsync("src", [SeenAt(Ten.AddHours(1), "21 minuten geleden")], CancellationToken.None);

        Assert.Equal(["16 minuten geleden", "21 minuten geleden", "21 minuten geleden"], (await SightingsAsync()).Select(s => s.AgeText));
    }

    [Fact]
    public async Task A_page_with_more_items_than_the_cap_is_stored_up_to_its_first_items()
    {
        var items = Enumerable.Range(1, 5).Select(TestSightings.Numbered).ToList();

        var outcome = await Store.RecordCaptureAsync("src", [.. items.Select(i => SeenAt(Ten, item: i))], CancellationToken.None);

        var stored = await Store.LoadAllAsync(CancellationToken.None);
        Assert.Equal((5, 3, 2), (outcome.Seen, outcome.Added, outcome.Dropped));
        Assert.Equal(items.Take(3).Select(ItemIdentity.Of).Order(StringComparer.Ordinal), stored.Select(i => i.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_contradicting_sighting_keeps_the_newer_window_and_is_counted_not_thrown()
    {
        await Store.RecordCaptureAsync("src", [SeenAt(Ten)], CancellationToken.None);

        // Three hours later the page still says "1 uur geleden": an edited item or a skewed clock.
        var outcome = await Store.RecordCaptureAsync("src", [SeenAt(Ten.AddHours(3))], CancellationToken.None);

        var stored = Assert.Single(await Store.LoadAllAsync(CancellationToken.None));
        Assert.Equal(1, outcome.Contradicted);
        Assert.Equal(Ten.AddHours(1).ToUnixTimeMilliseconds(), stored.WindowLo);
        Assert.Equal(Ten.AddHours(2).ToUnixTimeMilliseconds(), stored.WindowHi);
    }

    [Fact]
    public async Task A_capture_is_stored_in_one_transaction_so_a_failing_one_stores_nothing()
    {
        var good = SeenAt(Ten);
        var broken = good with { ItemId = "broken", Item = good.Item with { Agencies = [null!] } };

        await Assert.ThrowsAnyAsync<Exception>(() => Store.RecordCaptureAsync("src", [good, broken], CancellationToken.None));

        Assert.Empty(await Store.LoadAllAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Captures_of_one_item_made_at_once_are_merged_one_after_another_so_no_narrowing_and_no_capture_is_lost()
    {
        await Store.RecordCaptureAsync("src", [SeenAt(Ten)], CancellationToken.None);

        // Twenty captures at once, as twenty nodes would make them: the later ones narrow the window from below, the
        // earlier ones from above, so a capture merged with a stale window would lose the other side's bound.
        var minutes = Enumerable.Range(-10, 21).Where(minute => minute != 0);
        await Task.WhenAll(minutes.Select(minute =>
            Task.Run(() => Store.RecordCaptureAsync("src", [SeenAt(Ten.AddMinutes(minute))], CancellationToken.None))));

        var stored = Assert.Single(await Store.LoadAllAsync(CancellationToken.None));
        Assert.Equal(Ten.AddMinutes(10 - 120).ToUnixTimeMilliseconds(), stored.WindowLo);
        Assert.Equal(Ten.AddMinutes(-10 - 60).ToUnixTimeMilliseconds(), stored.WindowHi);
        Assert.Equal(21, (await SightingsAsync()).Sum(s => s.Captures));
    }

    [Fact]
    public async Task The_newest_items_are_read_in_chunks_in_the_feeds_order_ties_in_storing_order()
    {
        // Three pages: two items an hour old (the same instant), then three and two of other ages, stored in that order.
        await Store.RecordCaptureAsync("src", [.. new[] { 1, 2 }.Select(n => SeenAt(Ten, item: TestSightings.Numbered(n)))], CancellationToken.None);
        await Store.RecordCaptureAsync("src", [.. new[] { 3, 4, 5 }.Select(n => SeenAt(Ten, "16 minuten geleden", TestSightings.Numbered(n)))], CancellationToken.None);
        await Store.RecordCaptureAsync("src", [.. new[] { 6, 7 }.Select(n => SeenAt(Ten, "1 uur geleden", TestSightings.Numbered(n)))], CancellationToken.None);
        var expected = (await Store.LoadAllAsync(CancellationToken.None)).OrderByDescending(i => i.Published).ThenBy(i => i.Sequence).ToList();

        var read = new List<StoredItem>();
        for (StoredItem? last = null; await Store.LoadNewestAsync(last, 2, CancellationToken.None) is { Count: > 0 } chunk; last = chunk[^1])
        {
            Assert.True(chunk.Count <= 2);
            read.AddRange(chunk);
        }

        Assert.Equal(7, expected.Count);
        Assert.Equal(expected.Select(i => i.Id), read.Select(i => i.Id));
        Assert.All(read, item => Assert.Equal(["ANP"], item.Agencies));
        Assert.All(expected.Zip(read), pair => Assert.Equal(pair.First with { Agencies = pair.Second.Agencies }, pair.Second));
    }

    public sealed class OnSqlite() : ItemStoreTests(StorageProvider.Sqlite);

    public sealed class OnPostgres() : ItemStoreTests(StorageProvider.Postgres);
}

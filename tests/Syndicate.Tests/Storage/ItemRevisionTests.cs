using Microsoft.Extensions.Logging.Abstractions;
using Syndicate.Core.Items;
using Syndicate.Core.Time;
using Syndicate.Core.Wire;
using Syndicate.Storage;
using Syndicate.Tests.Support;

namespace Syndicate.Tests.Storage;

/// <summary>
/// What a later capture changes that a reader sees (revised: the Atom updated date) and what it does not: a headline
/// added, a text corrected by the item's own page, an agency credited are revisions; a narrowing window is not, and
/// moves the instant shown only beyond a minute; another page's version of the text changes nothing.
/// </summary>
public abstract class ItemRevisionTests(StorageProvider provider) : DatabaseTests(provider)
{
    private static readonly DateTimeOffset Ten = new(2026, 11, 28, 10, 0, 0, TimeSpan.Zero);
    private static readonly WireItem Item = new(null, "OSLO", "OSLO", ["ANP"], "Vier organisaties hebben het hof om uitleg gevraagd. Het hof zwijgt.", "16 minuten geleden", "Buitenland", null);


    private ItemStore Store => new(Database, new FixedOptions<RetentionOptions>(new RetentionOptions()), TimeProvider.System, NullLogger<ItemStore>.Instance);

    private static Sighting SeenAt(DateTimeOffset reference, WireItem? changed = null, string age = "16 minuten geleden")
    {
        var item = (changed ?? Item) with { Age = age };
        Assert.True(AgeGrammar.For("nl").TryParse(age, out var parsed));
        var window = parsed.ToWindow(new CaptureClock(reference, "Europe/Amsterdam", AgeRounding.Floor));
        return new Sighting(ItemIdentity.Of(Item), item, ItemTitle.For(item), window, reference);
    }

    /// <summary>Another item of the same page, below <see cref="Item"/>.</summary>
    private static readonly WireItem Below = new(null, "BERGEN", "BERGEN", ["ANP"], "De haven van Bergen gaat een week dicht voor onderhoud.", "30 minuten geleden", "Buitenland", null);

    private static Sighting SeenAs(DateTimeOffset reference, WireItem item, string age) =>
        SeenAt(reference, item, age) with { ItemId = ItemIdentity.Of(item) };

    private async Task<StoredItem> Stored() => Assert.Single(await Store.LoadAllAsync(CancellationToken.None));

    [Fact]
    public async Task A_new_item_is_shown_at_its_windows_midpoint_and_never_revised()
    {
        await Store.RecordCaptureAsync("page", [SeenAt(Ten)], CancellationToken.None);

        var stored = await Stored();
        Assert.Equal(Ten.AddMinutes(-16.5).ToUnixTimeMilliseconds(), stored.Published);
        Assert.Null(stored.Revised);
    }

    [Fact]
    public async Task A_later_sighting_that_narrows_the_window_by_seconds_moves_neither_date()
    {
        await Store.RecordCaptureAsync("page", [SeenAt(Ten)], CancellationToken.None);
        var before = await Stored();

        // 20 seconds later the page still says 16 minutes: the window narrows to (09:43:20, 09:44], its estimate moves 10 s.
        var outcome = await Store.RecordCaptureAsync("page", [SeenAt(Ten.AddSeconds(20))], CancellationToken.None);

        var after = await Stored();
        Assert.Equal(1, outcome.Narrowed);
        Assert.Equal(before.Published, after.Published);
        Assert.Null(after.Revised);
    }

    [Fact]
    public async Task A_headline_added_by_any_page_is_a_revision_and_becomes_the_title()
    {
        await Store.RecordCaptureAsync("page", [SeenAt(Ten)], CancellationToken.None);

        var outcome = await Store.RecordCaptureAsync("other", [SeenAt(Ten.AddMinutes(5), Item with { Headline = "Hof moet uitleg geven" }, "21 minuten geleden")], CancellationToken.None);

        var stored = await Stored();
        Assert.Equal(1, outcome.Revised);
        Assert.True(outcome.ChangedFeeds);
        Assert.Equal("Hof moet uitleg geven", stored.Title);
        Assert.Equal(Ten.AddMinutes(5).ToUnixTimeMilliseconds(), stored.Revised);
    }

    [Fact]
    public async Task A_text_corrected_by_the_items_own_page_is_a_revision_but_another_pages_version_changes_nothing()
    {
        var corrected = Item with { Body = "Vier organisaties hebben het hof om uitleg gevraagd. Het hof reageert morgen." };
        await Store.RecordCaptureAsync("page", [SeenAt(Ten)], CancellationToken.None);

        var elsewhere = await Store.RecordCaptureAsync("other", [SeenAt(Ten.AddMinutes(1), corrected, "17 minuten geleden")], CancellationToken.None);
        Assert.Equal(0, elsewhere.Revised);
        Assert.Equal(Item.Body, (await Stored()).Body);

        var own = await Store.RecordCaptureAsync("page", [SeenAt(Ten.AddMinutes(2), corrected, "18 minuten geleden")], CancellationToken.None);
        var stored = await Stored();
        Assert.Equal(1, own.Revised);
        Assert.Equal(corrected.Body, stored.Body);
        Assert.Equal(Ten.AddMinutes(2).ToUnixTimeMilliseconds(), stored.Revised);
    }

    [Fact]
    public async Task A_newly_credited_agency_is_added_after_the_others_and_is_a_revision()
    {
        await Store.RecordCaptureAsync("page", [SeenAt(Ten)], CancellationToken.None);

        var outcome = await Store.RecordCaptureAsync("other", [SeenAt(Ten.AddMinutes(1), Item with { Agencies = ["ANP", "AFP"] }, "17 minuten geleden")], CancellationToken.None);

        var stored = await Stored();
        Assert.Equal(1, outcome.Revised);
        Assert.Equal(["ANP", "AFP"], stored.Agencies);
    }

    [Fact]
    public async Task Regional_services_are_kept_in_credit_order_and_a_newly_credited_one_is_a_revision()
    {
        var dpa = Item with { Agencies = ["dpa"], Services = ["dpa/lni"] };
        await Store.RecordCaptureAsync("page", [SeenAt(Ten, dpa)], CancellationToken.None);
        Assert.Equal(["dpa/lni"], (await Stored()).Services);

        var again = await Store.RecordCaptureAsync("page", [SeenAt(Ten.AddMinutes(1), dpa, "17 minuten geleden")], CancellationToken.None);
        var outcome = await Store.RecordCaptureAsync("other", [SeenAt(Ten.AddMinutes(2), dpa with { Services = ["dpa/lno", "dpa/lni"] }, "18 minuten geleden")], CancellationToken.None);

        var stored = await Stored();
        Assert.Equal((0, 1), (again.Revised, outcome.Revised));
        Assert.Equal(["dpa/lni", "dpa/lno"], stored.Services);
    }

    [Fact]
    public async Task A_reworded_text_in_the_place_of_an_item_gone_from_its_page_is_a_version_of_it_that_keeps_its_window_and_its_history()
    {
        var reworded = Item with { Body = "Vier organisaties hebben het hof om uitleg gevraagd over de kosten. Het hof zwijgt." };
        await Store.RecordCaptureAsync("page", [SeenAt(Ten), SeenAs(Ten, Below, "30 minuten geleden")], CancellationToken.None);
        var original = (await Store.LoadAllAsync(CancellationToken.None)).Single(i => i.Id == ItemIdentity.Of(Item));

        // The new text's age dates the new text, five minutes old when the item was 21: the item's window stays.
        var outcome = await Store.RecordCaptureAsync("page", [SeenAs(Ten.AddMinutes(5), reworded, "5 minuten geleden"), SeenAs(Ten.AddMinutes(5), Below, "35 minuten geleden")], CancellationToken.None);
        var again = await Store.RecordCaptureAsync("page", [SeenAs(Ten.AddMinutes(6), reworded, "6 minuten geleden"), SeenAs(Ten.AddMinutes(6), Below, "36 minuten geleden")], CancellationToken.None);

        var stored = (await Store.LoadAllAsync(CancellationToken.None)).Single(i => i.Id == original.Id);
        Assert.NotEqual(ItemIdentity.Of(Item), ItemIdentity.Of(reworded));
        Assert.Equal((0, 1), (outcome.Added, outcome.Revised));
        Assert.Equal((0, 0), (again.Added, again.Revised));
        Assert.Equal([original.Id, ItemIdentity.Of(Below)], outcome.Items);
        Assert.Equal([original.Id, ItemIdentity.Of(Below)], again.Items);
        Assert.Equal((reworded.Body, original.Window, original.Published), (stored.Body, stored.Window, stored.Published));
        Assert.Equal(Ten.AddMinutes(5).ToUnixTimeMilliseconds(), stored.Revised);
        var evidence = await new EvidenceStore(Database).FindAsync(original.Id, CancellationToken.None);
        Assert.Equal([new StoredVersion(Ten.AddMinutes(5), ItemVersionChange.Reworded, null, Item.Body)], evidence!.EarlierVersions);
        Assert.Single(evidence.Sightings);
    }

    [Fact]
    public async Task A_similar_text_at_the_top_while_the_item_drops_off_the_foot_is_another_item()
    {
        var reworded = Item with { Body = "Vier organisaties hebben het hof om uitleg gevraagd over de kosten. Het hof zwijgt." };
        await Store.RecordCaptureAsync("page", [SeenAs(Ten, Below, "3 minuten geleden"), SeenAt(Ten)], CancellationToken.None);

        var outcome = await Store.RecordCaptureAsync("page", [SeenAs(Ten.AddMinutes(1), reworded, "1 minuut geleden"), SeenAs(Ten.AddMinutes(1), Below, "4 minuten geleden")], CancellationToken.None);

        Assert.Equal(1, outcome.Added);
        Assert.Equal(3, (await Store.LoadAllAsync(CancellationToken.None)).Count);
    }

    [Fact]
    public async Task A_similar_text_beside_the_item_on_its_page_or_from_another_page_is_another_item()
    {
        var reworded = Item with { Body = "Vier organisaties hebben het hof om uitleg gevraagd over de kosten. Het hof zwijgt." };
        await Store.RecordCaptureAsync("page", [SeenAt(Ten)], CancellationToken.None);

        var beside = await Store.RecordCaptureAsync("page", [SeenAt(Ten.AddMinutes(1), age: "17 minuten geleden"), SeenAs(Ten.AddMinutes(1), reworded, "1 minuut geleden")], CancellationToken.None);
        var elsewhere = await Store.RecordCaptureAsync("other", [SeenAs(Ten.AddMinutes(2), reworded with { Body = reworded.Body + " Morgen meer." }, "2 minuten geleden")], CancellationToken.None);

        Assert.Equal((1, 1), (beside.Added, elsewhere.Added));
        Assert.Equal(3, (await Store.LoadAllAsync(CancellationToken.None)).Count);
        Assert.Null((await Store.LoadAllAsync(CancellationToken.None)).Single(i => i.Id == ItemIdentity.Of(Item)).Revised);
    }

    public sealed class OnSqlite() : ItemRevisionTests(StorageProvider.Sqlite);

    public sealed class OnPostgres() : ItemRevisionTests(StorageProvider.Postgres);
}

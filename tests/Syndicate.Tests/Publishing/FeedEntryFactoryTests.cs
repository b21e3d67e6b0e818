using Syndicate.Core.Places;
using Syndicate.Core.Wire;
using Syndicate.Publishing;
using Syndicate.Sources;
using Syndicate.Storage;

namespace Syndicate.Tests.Publishing;

public sealed class FeedEntryFactoryTests
{
    private const long Noon = 1_800_000_000_000;

    private static readonly FeedEntryFactory Factory = new(AgencyCatalog.Default, new PlaceResolver(Gazetteer.Default, RegionCatalog.Default));

    private static readonly Dictionary<string, SourceDefinition> Sources = new[]
    {
        new ConfiguredSource { Id = "web", Url = "https://news.example/buitenland" },
        new ConfiguredSource { Id = "file", Url = "/srv/pages/buitenland.txt" },
    }.ToDictionary(s => s.Id, s => s.ToDefinition());

    [Theory]
    [InlineData("https://news.example/artikel/123", "web", "https://news.example/artikel/123")]
    [InlineData(null, "web", null)]
    [InlineData(null, "file", null)]
    public void An_entry_links_to_the_article_only_when_the_page_gave_one(string? link, string sourceId, string? expected)
    {
        var entry = Factory.Create(Item("abc", 0) with { Link = link, SourceId = sourceId }, Sources);

        Assert.Equal(expected, entry.Link);
        Assert.Equal(expected, entry.Article?.AbsoluteUri);
    }

    [Fact]
    public void An_unrevised_entry_is_updated_when_it_was_published()
    {
        var entry = Factory.Create(Item("abc", 0), Sources);

        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(Noon + 30_000), entry.Published);
        Assert.Equal(entry.Published, entry.Updated);
    }

    [Fact]
    public void A_revised_entry_is_updated_at_its_revision_to_the_second()
    {
        var entry = Factory.Create(Item("abc", 0) with { Revised = Noon + 3_600_999 }, Sources);

        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(Noon + 3_600_000), entry.Updated);
    }

    [Fact]
    public void Items_shown_at_the_same_instant_are_parted_by_a_second_each_in_page_order_inside_their_windows()
    {
        var entries = Factory.CreateAll([Item("third", 3), Item("first", 1), Item("second", 2)], Sources);

        Assert.Equal(["first", "second", "third"], entries.Select(e => e.Id));
        Assert.Equal([Noon + 30_000, Noon + 29_000, Noon + 28_000], entries.Select(e => e.Published.ToUnixTimeMilliseconds()));
        Assert.All(entries, e => Assert.Equal(e.Published, e.Updated));
    }

    [Fact]
    public void A_tie_stays_when_the_window_holds_no_earlier_second()
    {
        var narrow = Item("second", 2) with { WindowLo = Noon + 29_500, WindowHi = Noon + 30_000 };

        var entries = Factory.CreateAll([Item("first", 1), narrow], Sources);

        Assert.Equal(entries[0].Published, entries[1].Published);
    }

    private static StoredItem Item(string id, long sequence) => new()
    {
        Sequence = sequence,
        Id = id,
        Title = "Titel",
        Body = "Tekst.",
        Dateline = "OSLO",
        SourceId = "web",
        WindowLo = Noon,
        WindowHi = Noon + 60_000,
        Published = Noon + 30_000,
        Agencies = ["ANP"],
    };
}

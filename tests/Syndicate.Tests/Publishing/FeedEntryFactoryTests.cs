using Syndicate.Core.Places;
using Syndicate.Core.Wire;
using Syndicate.Publishing;
using Syndicate.Sources;
using Syndicate.Storage;

namespace Syndicate.Tests.Publishing;

public sealed class FeedEntryFactoryTests
{
    private static readonly FeedEntryFactory Factory = new(AgencyCatalog.Default, new PlaceResolver(Gazetteer.Default, RegionCatalog.Default));

    private static readonly Dictionary<string, SourceDefinition> Sources = new[]
    {
        new ConfiguredSource { Id = "web", Url = "https://news.example/buitenland" },
        new ConfiguredSource { Id = "file", Url = "/srv/pages/buitenland.txt" },
    }.ToDictionary(s => s.Id, s => s.ToDefinition());

    [Theory]
    [InlineData("https://news.example/artikel/123", "web", "https://news.example/artikel/123")]
    [InlineData(null, "web", "https://news.example/buitenland")]
    [InlineData(null, "file", null)]
    public void An_entry_links_to_its_article_when_the_page_gave_one_else_to_the_source_page(string? link, string sourceId, string? expected)
    {
        var entry = Factory.Create(Item(link, sourceId), Sources);

        Assert.Equal(expected, entry.Link);
    }

    [Fact]
    public void The_instant_shown_is_the_windows_estimate_to_the_second_and_inside_the_window()
    {
        var entry = Factory.Create(Item(null, "web") with { WindowLo = 1_800_000_000_000, WindowHi = 1_800_000_060_001 }, Sources);

        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1_800_000_030), entry.Published);
    }

    private static StoredItem Item(string? link, string sourceId) => new()
    {
        Id = "abc",
        Title = "Titel",
        Body = "Tekst.",
        Dateline = "OSLO",
        Link = link,
        SourceId = sourceId,
        WindowLo = 1_800_000_000_000,
        WindowHi = 1_800_000_060_000,
        Updated = 1_800_000_100_123,
        Agencies = ["ANP"],
    };
}

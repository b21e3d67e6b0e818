using Syndicate.Core.Feeds;
using Syndicate.Core.Places;
using Syndicate.Core.Wire;

namespace Syndicate.Tests.Feeds;

public sealed class FeedCatalogTests
{
    private static readonly FeedCatalog Catalog = new(AgencyCatalog.Default, RegionCatalog.Default, "Syndicate");
    private static readonly PlaceResolver Places = new(Gazetteer.Default, RegionCatalog.Default);

    [Theory]
    [InlineData("OSLO", "ANP")]
    [InlineData("BRUSSEL/PARIJS", "ANP AFP")]
    [InlineData("Hannover", "DPA")]
    [InlineData("NEW YORK", "RTR AP")]
    [InlineData("Ergens Onbekend", "ANP")]
    [InlineData(null, "XINHUA")]
    [InlineData("KYIV", "UNKNOWNCREDIT")]
    [InlineData("São Paulo", "ABR LUSA")]
    public void The_feeds_of_an_entry_are_those_whose_rule_includes_it(string? dateline, string credits)
    {
        var entry = new FeedEntry(
            "abc", "Titel", "Tekst.", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch,
            [.. credits.Split(' ').Select(code => AgencyCatalog.Default.TryFind(code, out var agency) ? agency : new Agency(code, code, []))],
            dateline, dateline is null ? [] : Places.Resolve(dateline).Places, null, null);

        var found = Catalog.FeedsOf(entry).Select(f => f.Path).ToList();

        Assert.Equal(Catalog.Feeds.Where(f => f.Includes(entry)).Select(f => f.Path).Order(StringComparer.Ordinal), found.Order(StringComparer.Ordinal));
        Assert.Equal(found.Count, found.Distinct().Count());
    }
}

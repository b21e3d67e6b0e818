using Syndicate.Core.Places;

namespace Syndicate.Tests.Places;

public sealed class RegionCatalogTests
{
    private static readonly RegionCatalog Catalog = RegionCatalog.Default;

    [Fact]
    public void Slugs_are_unique_across_the_three_levels()
    {
        var duplicates = Catalog.Regions.GroupBy(r => r.Slug, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key);

        Assert.Empty(duplicates);
    }

    [Fact]
    public void The_catalog_has_eight_news_regions_24_subregions_and_every_country()
    {
        Assert.Equal(8, Catalog.Regions.Count(r => r.Level == RegionLevel.News));
        Assert.Equal(24, Catalog.Regions.Count(r => r.Level == RegionLevel.Subregion));
        Assert.Equal(250, Catalog.Regions.Count(r => r.Level == RegionLevel.Country));
    }

    [Fact]
    public void Every_region_but_a_news_region_has_a_news_region_as_parent_and_names_in_both_languages()
    {
        Assert.All(Catalog.Regions, r =>
        {
            Assert.Equal(r.Level == RegionLevel.News, r.Parent is null);
            Assert.True(r.Parent is null or { Level: RegionLevel.News });
            Assert.False(string.IsNullOrEmpty(r.NameEn));
            Assert.False(string.IsNullOrEmpty(r.NameNl));
        });
    }

    [Theory]
    [InlineData("western-europe", "Western Europe", "West-Europa", "europe")]
    [InlineData("western-asia", "Western Asia", "West-Azië", "middle-east")]
    [InlineData("northern-africa", "Northern Africa", "Noord-Afrika", "africa")]
    [InlineData("sub-saharan-africa", "Sub-Saharan Africa", "Afrika bezuiden de Sahara", "africa")]
    [InlineData("caribbean", "Caribbean", "Caribisch gebied", "latin-america")]
    [InlineData("northern-america", "Northern America", "Noordelijk Amerika", "north-america")]
    public void A_subregion_is_found_by_slug_with_its_names_and_parent(string slug, string english, string dutch, string parent)
    {
        Assert.True(Catalog.TryFind(slug, out var region));
        Assert.Equal((RegionLevel.Subregion, english, dutch, parent), (region.Level, region.NameEn, region.Name("nl"), region.Parent?.Slug));
    }

    [Theory]
    [InlineData("NG", "africa", "sub-saharan-africa,western-africa")]
    [InlineData("NO", "europe", "northern-europe")]
    [InlineData("TR", "europe", "western-asia")]
    [InlineData("SR", "latin-america", "latin-america-and-the-caribbean,south-america")]
    [InlineData("AQ", "other", "")]
    public void A_country_lists_its_news_region_subregions_and_itself(string code, string newsRegion, string subregions)
    {
        Assert.True(Catalog.TryFindCountry(code, out var country));
        Assert.Equal(
            [newsRegion, .. subregions.Split(',', StringSplitOptions.RemoveEmptyEntries), code.ToLowerInvariant()],
            country.Regions.Select(r => r.Slug));
        Assert.Equal(country.NewsRegion, country.AsRegion.Parent);
    }

    [Fact]
    public void The_editorial_deviations_from_m49_are_flagged_contested()
    {
        var contested = Catalog.Countries.Where(c => c.NewsRegionContested).Select(c => $"{c.Code}:{c.NewsRegion.Slug}").Order(StringComparer.Ordinal);

        Assert.Equal(["AM:europe", "AZ:europe", "CY:europe", "EG:middle-east", "GE:europe", "IR:middle-east", "TR:europe"], contested);
    }

    [Fact]
    public void A_country_is_found_by_code_and_by_slug()
    {
        Assert.True(Catalog.TryFindCountry("no", out var norway));
        Assert.True(Catalog.TryFind("no", out var region));
        Assert.Equal((RegionLevel.Country, "Noorwegen"), (region.Level, region.NameNl));
        Assert.Same(norway.AsRegion, region);
    }
}

using Syndicate.Core.Places;

namespace Syndicate.Tests.Places;

public sealed class GazetteerTests
{
    [Fact]
    public void The_embedded_gazetteer_holds_every_place_of_the_data_set()
    {
        Assert.Equal(56_264, Gazetteer.Default.Places.Count);
        Assert.InRange(Gazetteer.Default.KeyCount, 75_000, 88_203);
    }

    [Fact]
    public void Every_country_of_the_gazetteer_is_in_the_region_catalog()
    {
        var missing = Gazetteer.Default.Places.Select(p => p.CountryCode).Distinct().Where(code => !RegionCatalog.Default.TryFindCountry(code, out _));

        Assert.Empty(missing);
    }

    [Fact]
    public void Candidates_rank_main_names_first_then_population()
    {
        var candidates = Gazetteer.Default.Find("VICTORIA").ToArray();

        Assert.Equal(1931681, candidates[0].Place.GeonameId);
        Assert.True(candidates.Select(c => c.ByAlternateName).SequenceEqual(candidates.Select(c => c.ByAlternateName).Order()));
    }

    [Fact]
    public void A_place_is_found_by_geonames_id()
    {
        Assert.Equal("NL", Gazetteer.Default.FindById(2747373)?.CountryCode);
        Assert.Null(Gazetteer.Default.FindById(1));
    }
}

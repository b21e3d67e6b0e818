using Syndicate.Core.Places;

namespace Syndicate.Tests.Places;

public sealed class PlaceResolverTests
{
    private static readonly PlaceResolver Resolver = new(Gazetteer.Default, RegionCatalog.Default);

    [Fact]
    public void A_double_dateline_belongs_to_both_places_in_dateline_order()
    {
        var places = Resolver.Resolve("WASHINGTON/KYIV (AP) -").Places;

        Assert.Equal(["US", "UA"], places.Select(p => p.CountryCode));
        Assert.Equal(["WASHINGTON", "KYIV"], places.Select(p => p.Name));
    }

    [Fact]
    public void Two_names_of_one_place_in_a_double_dateline_are_one_place()
    {
        Assert.Single(Resolver.Resolve("KYIV/KIEV").Places);
    }

    [Fact]
    public void A_place_is_resolved_with_its_geonames_id_and_its_regions_at_every_level()
    {
        var place = Resolver.Resolve("LONDEN (ANP) -").First;

        Assert.NotNull(place);
        Assert.Equal(("LONDEN", "GB", 2643743), (place.Name, place.CountryCode, place.GeonameId));
        Assert.Equal(["europe", "northern-europe", "gb"], place.Regions.Select(r => r.Slug));
    }

    [Fact]
    public void A_date_after_the_comma_is_ignored()
    {
        var place = Resolver.Resolve("LONDON, May 18 (Reuters) -").First;

        Assert.Equal(("LONDON", "GB"), (place?.Name, place?.CountryCode));
    }

    [Fact]
    public void A_country_after_the_comma_decides_the_country()
    {
        Assert.Equal("IQ", Resolver.Resolve("FALLUJA, Iraq").First?.CountryCode);
        Assert.Equal("TR", Resolver.Resolve("ANKARA, Turkey").First?.CountryCode);
    }

    [Fact]
    public void A_us_state_after_the_comma_picks_the_same_named_place_in_the_united_states()
    {
        var place = Resolver.Resolve("PARIS, Texas").First;

        Assert.Equal("US", place?.CountryCode);
        Assert.NotNull(place?.GeonameId);
    }

    [Fact]
    public void A_name_that_is_a_state_and_a_country_picks_the_one_that_has_the_place()
    {
        Assert.Equal("US", Resolver.Resolve("ATLANTA, Georgia").First?.CountryCode);
        Assert.Equal("GE", Resolver.Resolve("BATUMI, Georgia").First?.CountryCode);
    }

    [Fact]
    public void An_unknown_place_in_a_named_country_resolves_to_the_country_alone()
    {
        var place = Resolver.Resolve("XQZWY, Iraq").First;

        Assert.Equal(("IQ", null), (place?.CountryCode, place?.GeonameId));
    }

    [Fact]
    public void A_country_name_as_dateline_is_its_capital_when_they_share_the_name_else_the_country()
    {
        Assert.Equal(("LU", 2960316), (Resolver.Resolve("LUXEMBURG").First?.CountryCode, Resolver.Resolve("LUXEMBURG").First?.GeonameId));
        Assert.Equal(("LB", null), (Resolver.Resolve("LIBANON").First?.CountryCode, Resolver.Resolve("LIBANON").First?.GeonameId));
    }

    [Theory]
    [InlineData("TRIPOLI", null, "LY")]
    [InlineData("TRIPOLI", "LB", "LB")]
    [InlineData("VICTORIA", null, "HK")]
    [InlineData("VICTORIA", "CA", "CA")]
    [InlineData("BERGEN", null, "NO")]
    [InlineData("BERGEN", "BE", "BE")]
    [InlineData("BERGEN", "NL", "NO")]
    [InlineData("LONDON", "CA", "GB")]
    [InlineData("PARIS", "US", "FR")]
    [InlineData("HARLINGEN", null, "US")]
    [InlineData("HARLINGEN", "NL", "NL")]
    [InlineData("MIDDELBURG", "NL", "NL")]
    [InlineData("San José (EFE).-", null, "US")]
    [InlineData("San José (EFE).-", "CR", "CR")]
    public void An_ambiguous_name_prefers_the_home_country_only_when_its_place_is_large_enough(string dateline, string? home, string country)
    {
        Assert.Equal(country, Resolver.Resolve(dateline, home).First?.CountryCode);
    }

    [Fact]
    public void A_home_country_place_by_main_name_beats_a_foreign_place_by_alternate_name()
    {
        Assert.Equal("NL", Resolver.Resolve("BREUKELEN", "NL").First?.CountryCode);
    }

    [Theory]
    [InlineData("MAILAND (dpa) -", "IT")]
    [InlineData("KEULEN (ANP) -", "DE")]
    [InlineData("RIJSEL", "FR")]
    [InlineData("LE CAIRE", "EG")]
    [InlineData("NEU-DELHI", "IN")]
    [InlineData("NOVA IORQUE (Lusa) -", "US")]
    [InlineData("PEQUIM", "CN")]
    [InlineData("MOSCA", "RU")]
    [InlineData("GINEBRA", "CH")]
    [InlineData("ESTOCOLMO", "SE")]
    [InlineData("NAPLES", "IT")]
    public void A_city_is_found_by_its_usual_name_in_each_of_the_seven_languages(string dateline, string country)
    {
        Assert.Equal(country, Resolver.Resolve(dateline).First?.CountryCode);
    }

    [Fact]
    public void A_country_name_that_a_larger_city_goes_by_is_the_city()
    {
        Assert.Equal("ES", Resolver.Resolve("GRANADA").First?.CountryCode);
        Assert.Equal(("LB", null), (Resolver.Resolve("LIBANO").First?.CountryCode, Resolver.Resolve("LIBANO").First?.GeonameId));
    }

    [Fact]
    public void Sankt_is_read_as_saint()
    {
        Assert.Equal("RU", Resolver.Resolve("SANKT PETERSBURG").First?.CountryCode);
        Assert.Equal("CH", Resolver.Resolve("SANKT GALLEN").First?.CountryCode);
    }

    [Fact]
    public void A_credit_before_the_place_is_dropped()
    {
        Assert.Equal("IT", Resolver.Resolve("(ANSA) - ROMA, 3 DIC -").First?.CountryCode);
        Assert.Equal("FR", Resolver.Resolve("(ANSAmed) - PARIGI, 2 MAG -").First?.CountryCode);
    }

    [Fact]
    public void A_country_in_parentheses_qualifies_the_place_before_it_and_two_letters_are_a_credit()
    {
        Assert.Equal("FR", Resolver.Resolve("Parigi (Francia), 9 giu. (LaPresse/Reuters) –").First?.CountryCode);
        Assert.Equal("US", Resolver.Resolve("Mineápolis (EE.UU.) –").First?.CountryCode);
        Assert.Equal("IT", Resolver.Resolve("PALERMO (PA) -").First?.CountryCode);
    }

    [Fact]
    public void A_place_in_parentheses_opening_the_text_without_a_dash_is_the_dateline()
    {
        Assert.Equal("CA", Resolver.Resolve("(Québec) « Quand je suis arrivé").First?.CountryCode);
        Assert.False(Resolver.Resolve("(ANP) -").IsResolved);
    }

    [Fact]
    public void A_dash_after_a_space_ends_the_dateline_and_a_hyphen_inside_a_name_does_not()
    {
        Assert.Equal("FR", Resolver.Resolve("PARIGI - L'aveva detto il ministro").First?.CountryCode);
        Assert.Equal("CA", Resolver.Resolve("MONT-TREMBLANT, Qc —").First?.CountryCode);
    }

    [Fact]
    public void An_override_by_country_wins_over_the_data()
    {
        var resolver = new PlaceResolver(Gazetteer.Default, RegionCatalog.Default, new Dictionary<string, string> { ["Tripoli"] = "lb" });

        Assert.Equal("LB", resolver.Resolve("TRIPOLI").First?.CountryCode);
    }

    [Fact]
    public void An_override_by_geonames_id_wins_over_the_data()
    {
        var resolver = new PlaceResolver(Gazetteer.Default, RegionCatalog.Default, new Dictionary<string, string> { ["GENEVA"] = "2660646" });

        var place = resolver.Resolve("Geneva (Reuters) -").First;

        Assert.Equal(("CH", 2660646), (place?.CountryCode, place?.GeonameId));
    }

    [Fact]
    public void An_override_can_name_a_place_the_gazetteer_lacks()
    {
        var resolver = new PlaceResolver(Gazetteer.Default, RegionCatalog.Default, new Dictionary<string, string> { ["Kisjinev"] = "MD" });

        Assert.Equal("MD", resolver.Resolve("KISJINEV").First?.CountryCode);
    }

    [Theory]
    [InlineData("XX")]
    [InlineData("999999999")]
    [InlineData("Moldova")]
    public void An_override_to_an_unknown_country_or_id_is_refused(string target)
    {
        Assert.Throws<ArgumentException>(() => new PlaceResolver(Gazetteer.Default, RegionCatalog.Default, new Dictionary<string, string> { ["KISJINEV"] = target }));
    }

    [Fact]
    public void An_unknown_name_resolves_to_nothing()
    {
        var resolution = Resolver.Resolve("XQZWY (ANP) -");

        Assert.False(resolution.IsResolved);
        Assert.Null(resolution.First);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("(ANP) -")]
    [InlineData(",,,///")]
    [InlineData("\0\u0001\u001b[31m\r\n\t")]
    public void Hostile_input_resolves_to_nothing_without_throwing(string dateline)
    {
        Assert.False(Resolver.Resolve(dateline).IsResolved);
    }

    [Fact]
    public void Ten_thousand_characters_resolve_without_throwing()
    {
        Assert.False(Resolver.Resolve(new string('A', 10_000)).IsResolved);
        Assert.True(Resolver.Resolve(string.Concat(Enumerable.Repeat("LONDON/", 1_500))).Places.Count is >= 1 and <= 4);
        Assert.False(Resolver.Resolve(string.Concat(Enumerable.Repeat("\u0301ǅ\u00A0", 3_400))).IsResolved);
    }

    [Fact]
    public void Lone_surrogates_resolve_to_nothing_without_throwing()
    {
        Assert.False(Resolver.Resolve("\uD800 \uDFFF\uDC00").IsResolved);
    }

    [Fact]
    public void Control_characters_around_a_name_do_not_hide_it()
    {
        Assert.Equal("NO", Resolver.Resolve("\u0007OSLO\u0000").First?.CountryCode);
    }
}

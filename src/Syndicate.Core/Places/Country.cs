namespace Syndicate.Core.Places;

/// <summary>
/// An ISO 3166-1 country with its names (CLDR; <paramref name="NameNlGeoNames"/> is GeoNames' Dutch name, a
/// second alias), its news region (<paramref name="NewsRegionContested"/> when that is an editorial choice
/// rather than the M49 one) and its M49 sub-region and, in Africa and the Americas, intermediate region.
/// </summary>
public sealed record Country(
    string Code,
    string NameEn,
    string NameNl,
    string NameNlGeoNames,
    Region NewsRegion,
    bool NewsRegionContested,
    IReadOnlyList<Region> Subregions)
{
    /// <summary>Every region the country is in, broadest first, ending with the country itself.</summary>
    public IReadOnlyList<Region> Regions { get; } =
        [NewsRegion, .. Subregions, new Region(Code.ToLowerInvariant(), NameEn, NameNl, RegionLevel.Country, NewsRegion)];

    public Region AsRegion => Regions[^1];
}

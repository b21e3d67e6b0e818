namespace Syndicate.Core.Places;

/// <summary>
/// A dateline place as written ("LONDEN"), resolved to its country and, when the gazetteer knows the place
/// itself, its GeoNames id (none for "IRAK" or an unknown village in "…, Iraq").
/// </summary>
public sealed record ResolvedPlace(string Name, Country Country, int? GeonameId)
{
    public string CountryCode => Country.Code;

    /// <summary>Every region the place is in, one feed each: news region, M49 sub-region(s), country.</summary>
    public IReadOnlyList<Region> Regions => Country.Regions;
}

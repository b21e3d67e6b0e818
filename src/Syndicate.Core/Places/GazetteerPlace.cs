namespace Syndicate.Core.Places;

/// <summary>A populated place of the gazetteer (one GeoNames feature), whatever name it goes by.</summary>
public sealed record GazetteerPlace(int GeonameId, string CountryCode, int Population, bool IsCapital);

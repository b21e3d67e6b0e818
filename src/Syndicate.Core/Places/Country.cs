namespace Syndicate.Core.Places;

/// <summary>An ISO 3166-1 country with its names and the news region it belongs to.</summary>
public sealed record Country(string Code, string NameEn, string NameNl, Region NewsRegion)
{
    public Region AsRegion { get; } = new(Code.ToLowerInvariant(), NameEn, NameNl, RegionLevel.Country);
}

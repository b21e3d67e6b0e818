namespace Syndicate.Core.Places;

/// <summary>A region that has a feed: <c>/feeds/region/{Slug}</c>.</summary>
public sealed record Region(string Slug, string NameEn, string NameNl, RegionLevel Level)
{
    public string Name(string language) => language == "nl" ? NameNl : NameEn;
}

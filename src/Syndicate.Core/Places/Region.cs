namespace Syndicate.Core.Places;

/// <summary>
/// A region that has a feed: <c>/feeds/region/{Slug}</c>. <see cref="Parent"/> is the news region it is listed
/// under (null for a news region itself).
/// </summary>
public sealed record Region(string Slug, string NameEn, string NameNl, RegionLevel Level, Region? Parent = null)
{
    public string Name(string language) => language == "nl" ? NameNl : NameEn;
}

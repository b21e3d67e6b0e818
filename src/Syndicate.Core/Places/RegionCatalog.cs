using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Text.RegularExpressions;

namespace Syndicate.Core.Places;

/// <summary>
/// Every region that has a feed (CLDR data, see Data/): the news regions, the UN M49 sub-regions and
/// intermediate regions, and the countries. Slugs are unique across the three levels.
/// </summary>
public sealed partial class RegionCatalog
{
    private static readonly Region[] NewsRegions =
    [
        new("europe", "Europe", "Europa", RegionLevel.News),
        new("north-america", "North America", "Noord-Amerika", RegionLevel.News),
        new("latin-america", "Latin America", "Latijns-Amerika", RegionLevel.News),
        new("middle-east", "Middle East", "Midden-Oosten", RegionLevel.News),
        new("asia", "Asia", "Azië", RegionLevel.News),
        new("africa", "Africa", "Afrika", RegionLevel.News),
        new("oceania", "Oceania", "Oceanië", RegionLevel.News),
        new("other", "Other", "Overig", RegionLevel.News),
    ];

    private readonly Dictionary<string, Region> _bySlug;
    private readonly Dictionary<string, Country> _countries;

    private RegionCatalog(IReadOnlyList<Region> subregions, IReadOnlyList<Country> countries)
    {
        _countries = countries.ToDictionary(c => c.Code, StringComparer.OrdinalIgnoreCase);
        Regions = [.. NewsRegions, .. subregions, .. countries.Select(c => c.AsRegion)];
        _bySlug = Regions.ToDictionary(r => r.Slug, StringComparer.OrdinalIgnoreCase);
    }

    public static RegionCatalog Default { get; } = Load();

    /// <summary>News regions, then sub-regions, then countries.</summary>
    public IReadOnlyList<Region> Regions { get; }

    public IEnumerable<Country> Countries => _countries.Values;

    public bool TryFind(string slug, [NotNullWhen(true)] out Region? region) => _bySlug.TryGetValue(slug, out region);

    public bool TryFindCountry(string code, [NotNullWhen(true)] out Country? country) => _countries.TryGetValue(code, out country);

    private static RegionCatalog Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Syndicate.Core.Places.Data.countries.tsv")
            ?? throw new InvalidOperationException("The embedded country table is missing from the build.");
        using var reader = new StreamReader(stream);
        var header = reader.ReadLine()?.Split('\t') ?? throw new InvalidDataException("countries.tsv is empty.");
        int Column(string name) => Array.IndexOf(header, name) is var i and >= 0 ? i : throw new InvalidDataException($"countries.tsv lacks column {name}.");
        var (code, nameEn, nameNl, nameNlGeoNames) = (Column("iso2"), Column("name_en"), Column("name_nl"), Column("name_nl_geonames"));
        var (subregion, intermediateRegion) = (Column("m49_subregion"), Column("m49_intermediate_region"));
        var (newsRegion, newsRegionContested) = (Column("nl_news_region"), Column("nl_news_contested"));
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            rows.Add(line.Split('\t'));
        }

        var newsRegions = NewsRegions.ToDictionary(r => r.NameNl, StringComparer.Ordinal);
        var subregions = Subregions(rows.SelectMany(row => new[] { row[subregion], row[intermediateRegion] }
            .Where(name => name.Length > 0)
            .Select(name => (name, newsRegions[row[newsRegion]]))));
        var countries = rows.Select(row => new Country(
            row[code],
            row[nameEn],
            row[nameNl],
            row[nameNlGeoNames],
            newsRegions[row[newsRegion]],
            row[newsRegionContested] == "1",
            [.. new[] { row[subregion], row[intermediateRegion] }.Where(name => name.Length > 0).Select(name => subregions[name])]));
        return new RegionCatalog([.. subregions.Values], [.. countries]);
    }

    /// <summary>
    /// The M49 regions by English name, each listed under the news region most of its countries are in
    /// (Western Asia under the Middle East though five of its countries are in Europe), in news-region order.
    /// </summary>
    private static Dictionary<string, Region> Subregions(IEnumerable<(string Name, Region NewsRegion)> memberships) =>
        memberships
            .GroupBy(m => m.Name, StringComparer.Ordinal)
            .Select(g => (Name: g.Key, Parent: g.GroupBy(m => m.NewsRegion)
                .OrderByDescending(n => n.Count())
                .ThenBy(n => Array.IndexOf(NewsRegions, n.Key))
                .First().Key))
            .OrderBy(s => Array.IndexOf(NewsRegions, s.Parent))
            .ThenBy(s => s.Name, StringComparer.Ordinal)
            .ToDictionary(
                s => s.Name,
                s => new Region(Slug(s.Name), s.Name, SubregionNamesNl.Of(s.Name), RegionLevel.Subregion, s.Parent),
                StringComparer.Ordinal);

    private static string Slug(string englishName) => NonAlphanumeric().Replace(englishName.ToLowerInvariant(), "-");

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonAlphanumeric();
}

using System.Diagnostics.CodeAnalysis;
using System.Reflection;

namespace Syndicate.Core.Places;

/// <summary>Every country (CLDR data, see Data/) and the news regions they belong to.</summary>
public sealed class RegionCatalog
{
    private static readonly Dictionary<string, Region> NewsRegions = new Region[]
    {
        new("europe", "Europe", "Europa", RegionLevel.News),
        new("north-america", "North America", "Noord-Amerika", RegionLevel.News),
        new("latin-america", "Latin America", "Latijns-Amerika", RegionLevel.News),
        new("middle-east", "Middle East", "Midden-Oosten", RegionLevel.News),
        new("asia", "Asia", "Azië", RegionLevel.News),
        new("africa", "Africa", "Afrika", RegionLevel.News),
        new("oceania", "Oceania", "Oceanië", RegionLevel.News),
        new("other", "Other", "Overig", RegionLevel.News),
    }.ToDictionary(r => r.NameNl, StringComparer.Ordinal);

    private readonly Dictionary<string, Region> _bySlug;
    private readonly Dictionary<string, Country> _countries;

    private RegionCatalog(IReadOnlyList<Country> countries)
    {
        _countries = countries.ToDictionary(c => c.Code, StringComparer.OrdinalIgnoreCase);
        Regions = [.. NewsRegions.Values, .. countries.Select(c => c.AsRegion)];
        _bySlug = Regions.ToDictionary(r => r.Slug, StringComparer.OrdinalIgnoreCase);
    }

    public static RegionCatalog Default { get; } = Load();

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
        var (code, nameEn, nameNl, newsRegion) = (Column("iso2"), Column("name_en"), Column("name_nl"), Column("nl_news_region"));
        var countries = new List<Country>();
        while (reader.ReadLine() is { } line)
        {
            var fields = line.Split('\t');
            countries.Add(new Country(fields[code], fields[nameEn], fields[nameNl], NewsRegions[fields[newsRegion]]));
        }

        return new RegionCatalog(countries);
    }
}

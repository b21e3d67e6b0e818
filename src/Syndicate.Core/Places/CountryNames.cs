using System.Globalization;
using System.Reflection;

namespace Syndicate.Core.Places;

/// <summary>
/// Names that decide a country in a dateline ("FALLUJA, Iraq", "Parigi (Francia)", "PARIS, Texas", "LIBANON"): the
/// CLDR and GeoNames country names in Dutch, English, German, French, Spanish, Italian and Portuguese
/// (Data/country-names.tsv), the usual wire names they lack ("Turkey", "Britain", "DR Congo") and the US states with
/// their AP and postal abbreviations. A name can decide two countries: "Georgia" is GE, then US.
/// </summary>
internal sealed class CountryNames
{
    private const string ResourceName = "Syndicate.Core.Places.Data.country-names.tsv";

    private static readonly (string Name, string Code)[] WireNames =
    [
        ("USA", "US"), ("U.S.", "US"), ("U.S.A.", "US"), ("United States of America", "US"), ("VS", "US"),
        ("Verenigde Staten van Amerika", "US"), ("Amerika", "US"),
        ("UK", "GB"), ("U.K.", "GB"), ("VK", "GB"), ("Britain", "GB"), ("Great Britain", "GB"), ("Groot-Brittannië", "GB"),
        ("England", "GB"), ("Engeland", "GB"), ("Scotland", "GB"), ("Schotland", "GB"), ("Wales", "GB"),
        ("Northern Ireland", "GB"), ("Noord-Ierland", "GB"),
        ("Turkey", "TR"), ("Czech Republic", "CZ"), ("Tsjechische Republiek", "CZ"), ("Burma", "MM"), ("Birma", "MM"),
        ("Myanmar", "MM"), ("Ivory Coast", "CI"), ("DR Congo", "CD"), ("DRC", "CD"), ("Democratic Republic of Congo", "CD"),
        ("Democratic Republic of the Congo", "CD"), ("Republic of Congo", "CG"), ("Republic of the Congo", "CG"),
        ("Palestinian Territories", "PS"), ("Palestinian territories", "PS"), ("West Bank", "PS"), ("Gaza Strip", "PS"),
        ("Westelijke Jordaanoever", "PS"), ("Gazastrook", "PS"), ("Bosnia", "BA"), ("Bosnia and Herzegovina", "BA"),
        ("Bosnië", "BA"), ("Macedonia", "MK"), ("Macedonië", "MK"), ("Vatican", "VA"), ("Vaticaan", "VA"),
        ("Cabo Verde", "CV"), ("Swaziland", "SZ"), ("East Timor", "TL"), ("Holland", "NL"), ("The Netherlands", "NL"),
    ];

    // Full name, AP dateline abbreviation (none for the short names AP spells out), postal code.
    private static readonly (string Name, string? Abbreviation, string Code)[] UsStates =
    [
        ("Alabama", "Ala.", "AL"), ("Alaska", null, "AK"), ("Arizona", "Ariz.", "AZ"), ("Arkansas", "Ark.", "AR"),
        ("California", "Calif.", "CA"), ("Colorado", "Colo.", "CO"), ("Connecticut", "Conn.", "CT"), ("Delaware", "Del.", "DE"),
        ("District of Columbia", "D.C.", "DC"), ("Florida", "Fla.", "FL"), ("Georgia", "Ga.", "GA"), ("Hawaii", null, "HI"),
        ("Idaho", null, "ID"), ("Illinois", "Ill.", "IL"), ("Indiana", "Ind.", "IN"), ("Iowa", null, "IA"), ("Kansas", "Kan.", "KS"),
        ("Kentucky", "Ky.", "KY"), ("Louisiana", "La.", "LA"), ("Maine", null, "ME"), ("Maryland", "Md.", "MD"),
        ("Massachusetts", "Mass.", "MA"), ("Michigan", "Mich.", "MI"), ("Minnesota", "Minn.", "MN"), ("Mississippi", "Miss.", "MS"),
        ("Missouri", "Mo.", "MO"), ("Montana", "Mont.", "MT"), ("Nebraska", "Neb.", "NE"), ("Nevada", "Nev.", "NV"),
        ("New Hampshire", "N.H.", "NH"), ("New Jersey", "N.J.", "NJ"), ("New Mexico", "N.M.", "NM"), ("New York", "N.Y.", "NY"),
        ("North Carolina", "N.C.", "NC"), ("North Dakota", "N.D.", "ND"), ("Ohio", null, "OH"), ("Oklahoma", "Okla.", "OK"),
        ("Oregon", "Ore.", "OR"), ("Pennsylvania", "Pa.", "PA"), ("Rhode Island", "R.I.", "RI"), ("South Carolina", "S.C.", "SC"),
        ("South Dakota", "S.D.", "SD"), ("Tennessee", "Tenn.", "TN"), ("Texas", null, "TX"), ("Utah", null, "UT"),
        ("Vermont", "Vt.", "VT"), ("Virginia", "Va.", "VA"), ("Washington", "Wash.", "WA"), ("West Virginia", "W.Va.", "WV"),
        ("Wisconsin", "Wis.", "WI"), ("Wyoming", "Wyo.", "WY"),
    ];

    private static readonly Lazy<(string Code, long Population, string[] Names)[]> Multilingual = new(ReadMultilingual);

    private readonly Dictionary<string, Country[]>.AlternateLookup<ReadOnlySpan<char>> _byKey;
    private readonly Dictionary<string, long> _populations;

    public CountryNames(RegionCatalog regions)
    {
        var unitedStates = regions.TryFindCountry("US", out var us) ? us : throw new ArgumentException("The catalog lacks the United States.", nameof(regions));
        _populations = Multilingual.Value.ToDictionary(row => row.Code, row => row.Population, StringComparer.Ordinal);
        var names = regions.Countries
            .SelectMany(c => new[] { (c.NameEn, c), (c.NameNl, c), (c.NameNlGeoNames, c) })
            .Concat(Multilingual.Value.SelectMany(row => regions.TryFindCountry(row.Code, out var c) ? row.Names.Select(name => (name, c)) : []))
            .Concat(WireNames.Select(n => (n.Name, regions.TryFindCountry(n.Code, out var c) ? c : throw new ArgumentException($"The catalog lacks {n.Code}.", nameof(regions)))))
            .Concat(UsStates.SelectMany(s => new[] { s.Name, s.Abbreviation, s.Code }).OfType<string>().Select(name => (name, unitedStates)));
        var byKey = new Dictionary<string, Country[]>(StringComparer.Ordinal);
        foreach (var (name, country) in names)
        {
            var key = PlaceKey.Normalize(name);
            byKey[key] = byKey.TryGetValue(key, out var countries) ? [.. countries.Append(country).Distinct()] : [country];
        }

        _byKey = byKey.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The countries a name decides, the country of that name first; empty when it names none.</summary>
    public ReadOnlySpan<Country> Find(scoped ReadOnlySpan<char> key) => _byKey.TryGetValue(key, out var countries) ? countries : [];

    /// <summary>The country's population (CLDR), 0 when unknown.</summary>
    public long Population(Country country) => _populations.GetValueOrDefault(country.Code);

    /// <summary>Reads the table: a header, then <c>iso2 population names</c> with the names separated by <c>|</c>.</summary>
    private static (string Code, long Population, string[] Names)[] ReadMultilingual()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("The embedded country names are missing from the build.");
        using var reader = new StreamReader(stream);
        _ = reader.ReadLine();
        var rows = new List<(string, long, string[])>(270);
        while (reader.ReadLine() is { } line)
        {
            var fields = line.Split('\t');
            rows.Add(fields.Length == 3 && long.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var population)
                ? (fields[0], population, fields[2].Split('|'))
                : throw new InvalidDataException($"country-names.tsv: \"{line}\" is not a code, a population and names."));
        }

        return [.. rows];
    }
}

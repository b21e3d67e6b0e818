using System.Globalization;

namespace Syndicate.Core.Places;

/// <summary>
/// Resolves a dateline ("LONDEN", "LONDON, May 18", "FALLUJA, Iraq", "WASHINGTON/KYIV (AP)", "(ANSA) - ROMA, 3 DIC -",
/// "Parigi (Francia), 9 giu. (LaPresse) –") to the places it names. The agency credit and what follows it go first
/// (<see cref="WithoutCredits"/>); then the rule, most decisive first, for each name between slashes:
/// <list type="number">
/// <item>a country or US state in parentheses or after a comma decides the country: the best-ranked same-named place
///   there, else the country alone;</item>
/// <item>an override (name → ISO country or GeoNames id) wins over the data;</item>
/// <item>a name that is itself a country or state name, in any of the seven languages, means the best-ranked
///   same-named place in that country (MEXICO, LUXEMBURG), else the country alone (LIBANON), unless a place elsewhere
///   goes by that name and outnumbers the country (<see cref="CountryUnlessOutnumbered"/>: Spanish GRANADA);</item>
/// <item>the best-ranked candidate (<see cref="GazetteerCandidate.Compare"/>), unless the source's home country has
///   a same-named place of as good a name with at least <see cref="HomePriorPercent"/>% of its population;</item>
/// <item>no candidate: the same without a trailing STAD or CITY (GAZA-STAD).</item>
/// </list>
/// </summary>
public sealed class PlaceResolver
{
    /// <summary>
    /// A home-country place wins at a sixth of the best's population or more: TRIPOLI from a Lebanese source (20%),
    /// VICTORIA from a Canadian one (30%), BERGEN (Mons) from a Belgian one (33%), but not LONDON from a Canadian one
    /// (4%), WASHINGTON from a British one (8%) or BERGEN from a Dutch one (10%: Bergen, Norway).
    /// </summary>
    public const int HomePriorPercent = 15;

    // A dateline names a few places at most; the rest of a longer slash list is ignored.
    private const int MaxPlaces = 4;

    private readonly Gazetteer _gazetteer;
    private readonly RegionCatalog _regions;
    private readonly CountryNames _countryNames;
    private readonly Dictionary<string, PlaceMatch>.AlternateLookup<ReadOnlySpan<char>> _overrides;

    /// <param name="overrides">Place name → ISO 3166-1 alpha-2 code ("BE") or GeoNames id ("2790869").</param>
    /// <exception cref="ArgumentException">An override names an unknown country or GeoNames id.</exception>
    public PlaceResolver(Gazetteer gazetteer, RegionCatalog regions, IReadOnlyDictionary<string, string>? overrides = null)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        ArgumentNullException.ThrowIfNull(regions);
        _gazetteer = gazetteer;
        _regions = regions;
        _countryNames = new CountryNames(regions);
        var pinned = new Dictionary<string, PlaceMatch>(StringComparer.Ordinal);
        foreach (var (name, target) in overrides ?? new Dictionary<string, string>())
        {
            var key = PlaceKey.Normalize(name);
            pinned[key.Length > 0 ? key : throw new ArgumentException($"The override \"{name}\" is no place name.", nameof(overrides))] =
                Pin(key, target) ?? throw new ArgumentException($"The override {name} → {target} names no known country code or GeoNames id.", nameof(overrides));
        }

        _overrides = pinned.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The places <paramref name="dateline"/> names, or none; never throws on what a page may contain.</summary>
    /// <param name="homeCountry">The source's ISO country, which wins close calls between same-named places.</param>
    public PlaceResolution Resolve(string dateline, string? homeCountry = null)
    {
        ArgumentNullException.ThrowIfNull(dateline);
        var text = WithoutCredits(dateline, out var within);
        var comma = text.IndexOfAny(',', '(');
        var names = comma < 0 ? text : text[..comma];
        if (within.IsEmpty && comma >= 0)
        {
            within = CountriesNamedIn(text[(comma + 1)..]);
        }

        List<ResolvedPlace>? places = null;
        foreach (var range in names.Split('/'))
        {
            var name = TrimToName(names[range]);
            if (Match(name, within, homeCountry) is not { } match)
            {
                continue;
            }

            places ??= new List<ResolvedPlace>(1);
            if (!places.Exists(p => p.Country == match.Country && p.GeonameId == match.Place?.GeonameId))
            {
                places.Add(new ResolvedPlace(name.ToString(), match.Country, match.Place?.GeonameId));
            }

            if (places.Count == MaxPlaces)
            {
                break;
            }
        }

        return places is null ? PlaceResolution.Unresolved : new PlaceResolution(places);
    }

    /// <summary>
    /// The dateline without its agency credit and what follows it. A parenthesised group that names a country or state
    /// (more than two letters: "(PA)" is a credit) qualifies the place before it, "Parigi (Francia), 3 mar." and
    /// "Miami (EE.UU.)", and is returned in <paramref name="within"/>; any other is a credit: one that opens the text and
    /// a dash follows is dropped ("(ANSA) - ROMA, 3 DIC -"), one that opens the text without a dash is the dateline
    /// ("(New York) Après deux mois"), the first after the place ends the dateline. So does a dash after a space
    /// ("PARIGI - L'aveva detto").
    /// </summary>
    private ReadOnlySpan<char> WithoutCredits(ReadOnlySpan<char> text, out ReadOnlySpan<Country> within)
    {
        within = [];
        while (text.TrimStart() is ['(', .. var opening] && opening.IndexOf(')') is var close and >= 0 && CountriesInParentheses(opening[..close]).IsEmpty)
        {
            var after = opening[(close + 1)..].TrimStart(" .");
            if (after is not ['-' or '–' or '—', ..])
            {
                // No dash after it: the group is the dateline itself, as La Presse prints it ("(Québec) « Quand je ...").
                return opening[..close];
            }

            text = after.TrimStart(" -–—");
        }

        text = text[..DatelineEnd(text)];
        if (text.IndexOf('(') is var open and >= 0)
        {
            var group = text[(open + 1)..];
            within = CountriesInParentheses(group.IndexOf(')') is var close and >= 0 ? group[..close] : group);
            text = within.IsEmpty ? text[..open] : text;
        }

        return text;
    }

    private ReadOnlySpan<Country> CountriesInParentheses(ReadOnlySpan<char> group)
    {
        var letters = 0;
        foreach (var c in group)
        {
            letters += char.IsLetter(c) ? 1 : 0;
        }

        return letters > 2 ? CountriesNamedIn(group) : [];
    }

    /// <summary>Where the dateline ends: at the first dash after a space, else at the end of the text.</summary>
    private static int DatelineEnd(ReadOnlySpan<char> text)
    {
        for (var i = 1; i < text.Length; i++)
        {
            if (text[i] is '-' or '–' or '—' && char.IsWhiteSpace(text[i - 1]))
            {
                return i;
            }
        }

        return text.Length;
    }

    /// <summary>The countries the first comma part that names one decides ("Iraq", "Texas"); a date decides none.</summary>
    private ReadOnlySpan<Country> CountriesNamedIn(ReadOnlySpan<char> qualifiers)
    {
        Span<char> key = stackalloc char[PlaceKey.MaxLength];
        foreach (var range in qualifiers.Split(','))
        {
            var length = PlaceKey.Write(qualifiers[range], key);
            if (length > 0 && _countryNames.Find(key[..length]) is { IsEmpty: false } countries)
            {
                return countries;
            }
        }

        return [];
    }

    private PlaceMatch? Match(ReadOnlySpan<char> name, ReadOnlySpan<Country> within, string? homeCountry)
    {
        Span<char> buffer = stackalloc char[PlaceKey.MaxLength];
        var length = PlaceKey.Write(name, buffer);
        var key = buffer[..Math.Max(length, 0)];
        var match = key.IsEmpty ? null : MatchKey(key, within, homeCountry);
        if (match is null && (key.EndsWith(" STAD") || key.EndsWith(" CITY")))
        {
            match = MatchKey(key[..^" CITY".Length], within, homeCountry);
        }

        return match ?? (within.IsEmpty ? null : new PlaceMatch(within[0], null));
    }

    private PlaceMatch? MatchKey(ReadOnlySpan<char> key, ReadOnlySpan<Country> within, string? homeCountry)
    {
        var candidates = _gazetteer.Find(key);
        if (!within.IsEmpty)
        {
            return BestIn(candidates, within);
        }

        if (_overrides.TryGetValue(key, out var pinned))
        {
            return pinned;
        }

        var named = _countryNames.Find(key);
        if (!named.IsEmpty && (BestIn(candidates, named) ?? CountryUnlessOutnumbered(named[0], candidates)) is { } country)
        {
            return country;
        }

        return candidates.IsEmpty ? null : ToMatch(WithHomePrior(candidates, homeCountry));
    }

    /// <summary>
    /// The country a name means, unless a place elsewhere goes by that name (a main or usual name) and has more people
    /// than the country: Spanish GRANADA is the city in Spain, not Grenada; Italian LIBANO is Lebanon, not Líbano, Colombia.
    /// </summary>
    private PlaceMatch? CountryUnlessOutnumbered(Country country, ReadOnlySpan<GazetteerCandidate> candidates) =>
        candidates.IsEmpty || candidates[0].ByAlternateName || candidates[0].Place.Population <= _countryNames.Population(country)
            ? new PlaceMatch(country, null)
            : null;

    private static GazetteerCandidate WithHomePrior(ReadOnlySpan<GazetteerCandidate> candidates, string? homeCountry)
    {
        var best = candidates[0];
        if (string.IsNullOrEmpty(homeCountry) || best.Place.CountryCode.Equals(homeCountry, StringComparison.OrdinalIgnoreCase))
        {
            return best;
        }

        foreach (var candidate in candidates[1..])
        {
            if (candidate.Place.CountryCode.Equals(homeCountry, StringComparison.OrdinalIgnoreCase))
            {
                var asGoodAName = !candidate.ByAlternateName || best.ByAlternateName;
                var largeEnough = candidate.Place.Population * 100L >= best.Place.Population * (long)HomePriorPercent;
                return asGoodAName && largeEnough ? candidate : best;
            }
        }

        return best;
    }

    private static PlaceMatch? BestIn(ReadOnlySpan<GazetteerCandidate> candidates, ReadOnlySpan<Country> countries)
    {
        foreach (var candidate in candidates)
        {
            foreach (var country in countries)
            {
                if (country.Code == candidate.Place.CountryCode)
                {
                    return new PlaceMatch(country, candidate.Place);
                }
            }
        }

        return null;
    }

    private PlaceMatch? ToMatch(GazetteerCandidate candidate) =>
        _regions.TryFindCountry(candidate.Place.CountryCode, out var country) ? new PlaceMatch(country, candidate.Place) : null;

    private PlaceMatch? Pin(string key, string target)
    {
        if (target.Length > 0 && target.All(char.IsAsciiDigit))
        {
            return int.TryParse(target, NumberStyles.None, CultureInfo.InvariantCulture, out var geonameId) && _gazetteer.FindById(geonameId) is { } place
                ? ToMatch(new GazetteerCandidate(place, ByAlternateName: false))
                : null;
        }

        return target.Length == 2 && _regions.TryFindCountry(target, out var country)
            ? BestIn(_gazetteer.Find(key), [country]) ?? new PlaceMatch(country, null)
            : null;
    }

    /// <summary>The name without the spaces, dashes and other marks around it: "LONDEN -" is "LONDEN".</summary>
    private static ReadOnlySpan<char> TrimToName(ReadOnlySpan<char> text)
    {
        var start = 0;
        while (start < text.Length && !char.IsLetterOrDigit(text[start]))
        {
            start++;
        }

        var end = text.Length;
        while (end > start && !char.IsLetterOrDigit(text[end - 1]) && text[end - 1] != '.')
        {
            end--;
        }

        return text[start..end];
    }

    private readonly record struct PlaceMatch(Country Country, GazetteerPlace? Place);
}

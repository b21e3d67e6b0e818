using System.Globalization;
using System.Text;

namespace Syndicate.Core.Places;

/// <summary>Resolves a dateline place ("LONDEN", "St. Paul") to its country and regions.</summary>
public sealed class PlaceResolver(RegionCatalog regions)
{
    // The datelines of the bundled sample pages, in Dutch and English; the gazetteer replaces this table.
    private static readonly Dictionary<string, string> KnownPlaces = new(StringComparer.Ordinal)
    {
        ["WASHINGTON"] = "US", ["MINNEAPOLIS"] = "US", ["SAINT PAUL"] = "US", ["NEW YORK"] = "US",
        ["BRUSSEL"] = "BE", ["BRUSSELS"] = "BE", ["OSLO"] = "NO", ["MILAAN"] = "IT", ["MILAN"] = "IT",
        ["LONDEN"] = "GB", ["LONDON"] = "GB", ["MOSKOU"] = "RU", ["MOSCOW"] = "RU", ["DEN HAAG"] = "NL",
        ["AMSTERDAM"] = "NL", ["BERLIJN"] = "DE", ["BERLIN"] = "DE", ["PARIJS"] = "FR", ["PARIS"] = "FR",
        ["KYIV"] = "UA", ["KIEV"] = "UA",
    };

    public ResolvedPlace? Resolve(string place)
    {
        if (!KnownPlaces.TryGetValue(Normalize(place), out var code) || !regions.TryFindCountry(code, out var country))
        {
            return null;
        }

        return new ResolvedPlace(place, country.Code, [country.NewsRegion, country.AsRegion]);
    }

    /// <summary>Upper case without accents or punctuation: "St. Paul" is "SAINT PAUL".</summary>
    internal static string Normalize(string name)
    {
        var builder = new StringBuilder(name.Length);
        var space = false;
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (space && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(char.ToUpperInvariant(c));
                space = false;
            }
            else
            {
                space = true;
            }
        }

        var key = builder.ToString();
        return key.StartsWith("ST ", StringComparison.Ordinal) ? "SAINT " + key[3..] : key;
    }
}

using System.Text.RegularExpressions;

namespace Syndicate.Core.Wire;

/// <summary>
/// The credits inside a dateline's parentheses, "ANP/AFP/RTR", "dpa/lni", "Reuters, AP", "NNN-BERNAMA": each a
/// known agency (or known agencies joined by a hyphen), a regional service code right after a known agency (two to
/// four lower-case letters: "dpa/lni" is agency DPA with service "dpa/lni"), such a code right before one (initials,
/// left out: "mat/ats"), a partner named in capitals after a known agency (left out: "ATS/AGIR"), or an unknown
/// credit, which must then look like an agency code.
/// </summary>
internal sealed partial record Credits(IReadOnlyList<string> Agencies, IReadOnlyList<string> Unknown, IReadOnlyList<string> Services)
{
    /// <summary>The credits in <paramref name="text"/>, or null when it is no credit.</summary>
    /// <param name="requireKnown">Every credit must be a known agency (or a service of one).</param>
    public static Credits? Parse(string text, AgencyCatalog catalog, bool requireKnown)
    {
        var parts = text.Split(['/', ','], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            return null;
        }

        var agencies = new List<string>(parts.Length);
        var unknown = new List<string>();
        var services = new List<string>();
        string? previousKnown = null;
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            if (catalog.TryFind(part, out var agency))
            {
                agencies.Add(agency.Code);
                previousKnown = part;
            }
            else if (JoinedByHyphen(part, catalog) is { } joined)
            {
                agencies.AddRange(joined);
                previousKnown = null;
            }
            else if (previousKnown is not null && ServiceCode().IsMatch(part))
            {
                services.Add($"{previousKnown}/{part}");
            }
            else if (i + 1 < parts.Length && ServiceCode().IsMatch(part) && catalog.TryFind(parts[i + 1], out _))
            {
                // "(mat/ats)", "(awp/ats)": the writer's initials or a partner's code before the agency signing the text.
                continue;
            }
            else if (!requireKnown && CreditCode().IsMatch(part))
            {
                agencies.Add(part);
                unknown.Add(part);
                previousKnown = null;
            }
            else if (agencies.Count > 0 && PartnerName().IsMatch(part))
            {
                // "(ATS/AGIR)", "(AGI/PAGELLA POLITICA)": a partner named in capitals after the agency, left out.
                continue;
            }
            else
            {
                return null;
            }
        }

        // Unknown credits alone must look like agency codes (capitals), or "(Video) - ..." would be an item.
        if (unknown.Count == agencies.Count && unknown.Exists(c => c.Any(char.IsLower)))
        {
            return null;
        }

        return new Credits(agencies.Distinct().ToList(), unknown.Distinct().ToList(), services);
    }

    /// <summary>
    /// The known agencies in a list of a text's sources, "EFE, AFP", "DPA, EFE, El Deber", "O Estado de São Paulo, DPA":
    /// null unless one is known and the others are papers, named in capitalised words.
    /// </summary>
    public static IReadOnlyList<string>? AgenciesAmongSources(string text, AgencyCatalog catalog)
    {
        var agencies = new List<string>();
        foreach (var source in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (catalog.TryFind(source, out var agency))
            {
                agencies.Add(agency.Code);
            }
            else if (!PaperName().IsMatch(source))
            {
                return null;
            }
        }

        return agencies.Count > 0 ? agencies.Distinct().ToList() : null;
    }

    /// <summary>
    /// "NNN-BERNAMA", "DIRE-SIR": known agencies joined by a hyphen, where the whole is no agency's name (as "dpa-AFX" is);
    /// a relaying outlet's code in capitals may stand before them and is left out, as initials are: "RHC-PL" (a radio
    /// relaying Prensa Latina), "ACAN-EFE".
    /// </summary>
    private static List<string>? JoinedByHyphen(string part, AgencyCatalog catalog)
    {
        var pieces = part.Split('-', StringSplitOptions.TrimEntries);
        if (pieces.Length < 2)
        {
            return null;
        }

        var codes = new List<string>(pieces.Length);
        foreach (var piece in pieces)
        {
            if (catalog.TryFind(piece, out var agency))
            {
                codes.Add(agency.Code);
            }
            else if (codes.Count > 0 || !OutletCode().IsMatch(piece))
            {
                return null;
            }
        }

        return codes.Count > 0 ? codes : null;
    }

    [GeneratedRegex(@"^\p{Lu}{2,5}$", RegexOptions.CultureInvariant)]
    private static partial Regex OutletCode();

    [GeneratedRegex(@"^\p{L}[\p{L}\p{M} .&'-]{0,30}$", RegexOptions.CultureInvariant)]
    private static partial Regex CreditCode();

    [GeneratedRegex(@"^[a-z]{2,4}$", RegexOptions.CultureInvariant)]
    private static partial Regex ServiceCode();

    [GeneratedRegex(@"^\p{Lu}[\p{Lu}\p{M}]+(?: \p{Lu}[\p{Lu}\p{M}]+){0,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex PartnerName();

    // "El Deber", "O Estado de São Paulo": up to five capitalised words, particles between them.
    [GeneratedRegex(@"^\p{Lu}[\p{L}.'-]*(?: (?:\p{Lu}[\p{L}.'-]*|de|do|da|del|di|of|the)){0,4}$", RegexOptions.CultureInvariant)]
    private static partial Regex PaperName();
}

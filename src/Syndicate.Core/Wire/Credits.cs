using System.Text.RegularExpressions;

namespace Syndicate.Core.Wire;

/// <summary>
/// The credits inside a dateline's parentheses, "ANP/AFP/RTR", "dpa/lni", "Reuters, AP": each a
/// known agency, a regional service code right after a known agency (two to four lower-case letters:
/// "dpa/lni" is agency DPA with service "dpa/lni"), or an unknown credit, which must then look like
/// an agency code.
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
        foreach (var part in parts)
        {
            if (catalog.TryFind(part, out var agency))
            {
                agencies.Add(agency.Code);
                previousKnown = part;
            }
            else if (previousKnown is not null && ServiceCode().IsMatch(part))
            {
                services.Add($"{previousKnown}/{part}");
            }
            else if (!requireKnown && CreditCode().IsMatch(part))
            {
                agencies.Add(part);
                unknown.Add(part);
                previousKnown = null;
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

    [GeneratedRegex(@"^\p{L}[\p{L}\p{M} .&'-]{0,30}$", RegexOptions.CultureInvariant)]
    private static partial Regex CreditCode();

    [GeneratedRegex(@"^[a-z]{2,4}$", RegexOptions.CultureInvariant)]
    private static partial Regex ServiceCode();
}

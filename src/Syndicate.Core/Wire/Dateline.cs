using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace Syndicate.Core.Wire;

/// <summary>
/// The opening of a wire item: <c>DATELINE (AGENCY[/AGENCY...]) - body</c> and the variants agencies
/// print: "LONDON, May 18 (Reuters) -", "Berlin (dpa) –", "(Reuters) -The", "MADRID (EFE).-",
/// "MOSCOW, January 21. /TASS/.", and, on ticker pages, the uncredited "Frankfurt - ".
/// </summary>
/// <param name="Text">The dateline as printed before the credit, or null for a credit alone.</param>
/// <param name="Place">The first place of the dateline, or null for a credit alone.</param>
/// <param name="Agencies">Canonical codes of the credited agencies; unknown credits as written.</param>
/// <param name="UnknownCredits">The credits the catalog does not know, as written.</param>
/// <param name="Body">The text after the credit and its dash.</param>
internal sealed partial record Dateline(
    string? Text,
    string? Place,
    IReadOnlyList<string> Agencies,
    IReadOnlyList<string> UnknownCredits,
    string Body)
{
    private const string CapitalPlace = @"\p{Lu}(?:[\p{Lu}\p{M}'’.\- ]{0,40}[\p{Lu}\p{M}])?\.?";

    private const string MixedCasePlace =
        @"\p{Lu}\p{Ll}[\p{L}\p{M}'’.\-]{0,30}(?: (?:\p{Lu}[\p{L}\p{M}'’.\-]{0,30}|am|an|der|de|del|di|la|le|sur|upon)){0,3}";

    // After the dateline: "(CREDIT)" with an optional "." before the dash, or TASS's "/CREDIT/." with no dash.
    private const string Credit =
        @"\s*(?:\((?<credit>[^()\n]{1,80})\)\s*\.?\s*[-–—]|\.?\s*/(?<credit>[^/()\n]{1,40})/\.?\s*[-–—]?)\s*";

    private const string Tail = @"(?:,[^()/\n]{1,40}?)?";

    /// <summary>Parses a credited dateline at <paramref name="start"/> in <paramref name="text"/>.</summary>
    public static bool TryParse(string text, int start, AgencyCatalog agencies, [NotNullWhen(true)] out Dateline? dateline)
    {
        dateline = FromMatch(text, CapitalOpening().Match(text, start), agencies, requireKnown: false)
            ?? FromMatch(text, MixedCaseOpening().Match(text, start), agencies, requireKnown: true)
            ?? FromMatch(text, CreditOpening().Match(text, start), agencies, requireKnown: true);
        return dateline is not null;
    }

    /// <summary>Parses a ticker opening with a place and a dash but no credit: "Frankfurt - Die Aktie ...".</summary>
    public static bool TryParseUncredited(string text, [NotNullWhen(true)] out Dateline? dateline)
    {
        var match = UncreditedOpening().Match(text);
        var body = match.Success ? text[match.Length..].Trim() : "";
        dateline = body.Length > 0
            ? new Dateline(match.Groups["dateline"].Value, match.Groups["place"].Value, [], [], body)
            : null;
        return dateline is not null;
    }

    public Dateline WithAgencies(IReadOnlyList<string> agencies) => this with { Agencies = agencies };

    private static Dateline? FromMatch(string text, Match match, AgencyCatalog catalog, bool requireKnown)
    {
        if (!match.Success)
        {
            return null;
        }

        var credits = match.Groups["credit"].Value.Split(['/', ','], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var body = text.AsSpan(match.Index + match.Length).Trim();
        if (credits.Length == 0 || body.IsEmpty)
        {
            return null;
        }

        var agencies = new List<string>(credits.Length);
        var unknown = new List<string>();
        foreach (var credit in credits)
        {
            if (catalog.TryFind(credit, out var agency))
            {
                agencies.Add(agency.Code);
            }
            else if (!requireKnown && CreditCode().IsMatch(credit))
            {
                agencies.Add(credit);
                unknown.Add(credit);
            }
            else
            {
                return null;
            }
        }

        // Unknown credits alone must look like agency codes (capitals), or "(Video) - ..." would be an item.
        if (unknown.Count == credits.Length && unknown.Exists(c => c.Any(char.IsLower)))
        {
            return null;
        }

        var datelineText = match.Groups["dateline"].Value.Trim();
        var place = match.Groups["place"].Value.Trim();
        return new Dateline(
            datelineText.Length == 0 ? null : datelineText,
            place.Length == 0 ? null : place,
            agencies.Distinct().ToList(),
            unknown.Distinct().ToList(),
            body.ToString());
    }

    [GeneratedRegex(@"\G(?<dateline>(?<place>" + CapitalPlace + @")(?:\s*/\s*" + CapitalPlace + ")*" + Tail + ")" + Credit, RegexOptions.CultureInvariant)]
    private static partial Regex CapitalOpening();

    [GeneratedRegex(@"\G(?<dateline>(?<place>" + MixedCasePlace + @")(?:\s*/\s*" + MixedCasePlace + ")?" + Tail + ")" + Credit, RegexOptions.CultureInvariant)]
    private static partial Regex MixedCaseOpening();

    [GeneratedRegex(@"\G(?<dateline>)" + Credit, RegexOptions.CultureInvariant)]
    private static partial Regex CreditOpening();

    [GeneratedRegex(@"^(?<dateline>(?<place>" + MixedCasePlace + "|" + CapitalPlace + @")(?:/(?:" + MixedCasePlace + "|" + CapitalPlace + @"))?) [-–—] ", RegexOptions.CultureInvariant)]
    private static partial Regex UncreditedOpening();

    [GeneratedRegex(@"^\p{L}[\p{L}\p{M} .&'-]{0,30}$", RegexOptions.CultureInvariant)]
    private static partial Regex CreditCode();
}

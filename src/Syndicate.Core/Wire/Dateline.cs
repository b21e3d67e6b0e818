using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace Syndicate.Core.Wire;

/// <summary>The opening of a wire item: <c>DATELINE (AGENCY[/AGENCY...]) - body</c>.</summary>
internal sealed partial record Dateline(string Text, string Place, IReadOnlyList<string> Agencies, string Body)
{
    private const string PlacePattern = @"\p{Lu}[\p{Lu}\p{M}'’.\- ]*?\p{Lu}\.?";

    /// <summary>Parses a dateline at the start of <paramref name="text"/>.</summary>
    public static bool TryParse(string text, AgencyCatalog agencies, [NotNullWhen(true)] out Dateline? dateline)
    {
        var match = Opening().Match(text);
        dateline = match.Success ? FromMatch(match, agencies) : null;
        return dateline is not null;
    }

    /// <summary>
    /// Finds a dateline that starts inside <paramref name="text"/>, where a page glued it to what came
    /// before ("16 minuten geledenMINNEAPOLIS (ANP/AFP/RTR) - ..."). Returns its start, or -1.
    /// </summary>
    public static int FindInside(string text, AgencyCatalog agencies)
    {
        for (var match = Inner().Match(text); match.Success; match = match.NextMatch())
        {
            if (match.Index > 0 && FromMatch(match, agencies) is not null)
            {
                return match.Index;
            }
        }

        return -1;
    }

    private static Dateline? FromMatch(Match match, AgencyCatalog catalog)
    {
        var credits = match.Groups["credit"].Value.Split(['/', ','], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (credits.Length == 0)
        {
            return null;
        }

        var agencies = new List<string>(credits.Length);
        var anyKnown = false;
        foreach (var credit in credits)
        {
            if (catalog.TryFind(credit, out var agency))
            {
                anyKnown = true;
                agencies.Add(agency.Code);
            }
            else if (CreditCode().IsMatch(credit))
            {
                agencies.Add(credit);
            }
            else
            {
                return null;
            }
        }

        var body = match.Groups["body"].Value.Trim();
        if (body.Length == 0 || (!anyKnown && !credits.All(c => c.All(ch => !char.IsLower(ch)))))
        {
            return null;
        }

        return new Dateline(match.Groups["dateline"].Value.Trim(), match.Groups["place"].Value.Trim(), agencies.Distinct().ToList(), body);
    }

    [GeneratedRegex(@"^(?<dateline>(?<place>" + PlacePattern + @")(?:\s*/\s*" + PlacePattern + @")*(?:,[^()\n]{1,40}?)?)\s*\((?<credit>[^()]{1,80})\)\s*[-–—]\s*(?<body>.*)$", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Opening();

    [GeneratedRegex(@"(?<dateline>(?<place>" + PlacePattern + @")(?:\s*/\s*" + PlacePattern + @")*(?:,[^()\n]{1,40}?)?)\s*\((?<credit>[^()]{1,80})\)\s*[-–—]\s*(?<body>.*)$", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Inner();

    [GeneratedRegex(@"^\p{L}[\p{L}\p{M} .&'-]{0,30}$", RegexOptions.CultureInvariant)]
    private static partial Regex CreditCode();
}

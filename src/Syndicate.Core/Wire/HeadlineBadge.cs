namespace Syndicate.Core.Wire;

/// <summary>
/// A label a site prints before a headline, such as the agency code in "ANP Kabinet valt": a known
/// agency code in capitals followed by a capitalised word. An agency's rubric ("AP FACT CHECK: ...",
/// "AP Interview: ...", the code and up to three words before a colon) is part of the headline.
/// </summary>
internal static class HeadlineBadge
{
    private const int MaxRubricWords = 3;

    public static string Strip(string headline, AgencyCatalog agencies)
    {
        var space = headline.IndexOf(' ', StringComparison.Ordinal);
        if (space <= 0 || space + 1 >= headline.Length || !char.IsUpper(headline[space + 1]))
        {
            return headline;
        }

        var colon = headline.IndexOf(':', space);
        if (colon > 0 && headline.AsSpan(space + 1, colon - space - 1).Count(' ') < MaxRubricWords)
        {
            return headline;
        }

        var badge = headline[..space];
        return agencies.TryFind(badge, out var agency) && string.Equals(badge, agency.Code, StringComparison.Ordinal)
            ? headline[(space + 1)..]
            : headline;
    }
}

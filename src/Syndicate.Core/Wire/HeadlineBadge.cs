namespace Syndicate.Core.Wire;

/// <summary>
/// A label a site prints before a headline, such as the agency code in "ANP Kabinet valt": a known
/// agency code in capitals followed by a capitalised word.
/// </summary>
internal static class HeadlineBadge
{
    public static string Strip(string headline, AgencyCatalog agencies)
    {
        var space = headline.IndexOf(' ', StringComparison.Ordinal);
        if (space <= 0 || space + 1 >= headline.Length || !char.IsUpper(headline[space + 1]))
        {
            return headline;
        }

        var badge = headline[..space];
        return agencies.TryFind(badge, out var agency) && string.Equals(badge, agency.Code, StringComparison.Ordinal)
            ? headline[(space + 1)..]
            : headline;
    }
}

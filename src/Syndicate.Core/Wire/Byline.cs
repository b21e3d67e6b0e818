using System.Text.RegularExpressions;

namespace Syndicate.Core.Wire;

/// <summary>
/// An author line: on a line of its own between a headline and its dateline ("By Jane Doe and John
/// Roe", "Door Jan de Vries"), or in front of the dateline on the same line, names in capitals and
/// then the agency ("By GARY D. ROBERTSON Associated Press RALEIGH, N.C. (AP) —"). Only names follow
/// the word "by", so a headline such as "Door storm vallen bomen om" is no byline.
/// </summary>
internal static partial class Byline
{
    private const int MaxAgencyWords = 3;

    public static bool Is(string text) => Author().IsMatch(text);

    /// <summary>Where the dateline starts after a byline in capitals and an agency's name, or -1.</summary>
    public static int OpeningAfter(string text, AgencyCatalog agencies)
    {
        var names = CapitalNames().Match(text);
        if (!names.Success)
        {
            return -1;
        }

        var words = text[names.Length..].Split(' ', MaxAgencyWords + 1);
        for (var count = Math.Min(MaxAgencyWords, words.Length - 1); count >= 1; count--)
        {
            if (agencies.TryFind(string.Join(' ', words[..count]), out _))
            {
                return names.Length + string.Join(' ', words[..count]).Length + 1;
            }
        }

        return -1;
    }

    [GeneratedRegex(@"^(?i:by|door|von|par|por) \p{Lu}[\p{L}.'’-]*(?:,? (?:\p{Lu}[\p{L}.'’-]*|and|en|und|et|y|van|de|der|den|von)){0,7}$", RegexOptions.CultureInvariant)]
    private static partial Regex Author();

    [GeneratedRegex(@"^(?i:by|door|von|par|por) (?:(?:\p{Lu}[\p{Lu}\p{M}.'’-]*|and|,)\s?){1,16}? (?=\p{Lu}\p{Ll})", RegexOptions.CultureInvariant)]
    private static partial Regex CapitalNames();
}

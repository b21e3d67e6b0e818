using System.Text.RegularExpressions;

namespace Syndicate.Core.Wire;

/// <summary>
/// An author line: on a line of its own between a headline and its dateline ("By Jane Doe and John
/// Roe", "Door Jan de Vries"), or in front of the dateline on the same line, names in capitals and
/// then the agency ("By GARY D. ROBERTSON Associated Press RALEIGH, N.C. (AP) —"), or in mixed case, a dash, the agency
/// and the writer's title ("By Glenn Gamboa - AP Business Writer NEW YORK (AP) —"). Only names follow
/// the word "by", so a headline such as "Door storm vallen bomen om" is no byline.
/// </summary>
internal static partial class Byline
{
    private const int MaxAgencyWords = 3;

    public static bool Is(string text) => Author().IsMatch(text);

    /// <summary>Whether the text starts with a byline's word, whoever follows: "By admin -", "Por Redacción", "di Mario Rossi".</summary>
    public static bool StartsOne(string text) => BylineWord().IsMatch(text);

    /// <summary>Whether the text is a person's name alone, as a writer's line prints it: "Amanda Cieglinski", "Ana Cristina Campos".</summary>
    public static bool IsName(string text) => Name().IsMatch(text);

    /// <summary>Where the dateline starts after a byline in capitals and an agency's name (<paramref name="agency"/>), or -1.</summary>
    public static int OpeningAfter(string text, AgencyCatalog agencies, out Agency? agency)
    {
        agency = null;
        var names = CapitalNames().Match(text) is { Success: true } capitals ? capitals : DashedNames().Match(text);
        if (!names.Success)
        {
            return -1;
        }

        var words = text[names.Length..].Split(' ', MaxAgencyWords + 1);
        for (var count = Math.Min(MaxAgencyWords, words.Length - 1); count >= 1; count--)
        {
            if (agencies.TryFind(string.Join(' ', words[..count]), out agency))
            {
                // "By Glenn Gamboa - AP Business Writer NEW YORK (AP) —": the writer's title before the dateline.
                var end = names.Length + string.Join(' ', words[..count]).Length + 1;
                return end + TitleLength(text, end);
            }
        }

        // The agency's code is in capitals too: "By CARLA K. JOHNSON AP Medical Writer ...".
        var lastName = text.LastIndexOf(' ', names.Length - 2) + 1;
        return lastName > 0 && agencies.TryFind(text[lastName..(names.Length - 1)], out agency) && agency.Code == text[lastName..(names.Length - 1)]
            ? names.Length
            : -1;
    }

    /// <summary>
    /// A byline in capitals and an agency, then the text with no dateline ("By JOHN HANNA Associated Press Oliver
    /// Stone, the director ...", "By CARLA K. JOHNSON AP Medical Writer Workers throughout ...", "Par AFP Par Leo HUISMAN ©
    /// 2025 AFP Le Maroc, ..."): where the text starts, after the writer's title or copyright if any, or -1.
    /// </summary>
    public static int TextAfter(string text, int afterAgency)
    {
        var start = afterAgency + TitleLength(text, afterAgency);
        start += CopyrightedByline().Match(text, start).Length;
        return start + 1 < text.Length && char.IsUpper(text[start]) && char.IsLower(text[start + 1]) ? start : -1;
    }

    // "Par AFP Par Leo HUISMAN © 2025 AFP Le Maroc, ...": the writer and the agency's copyright after the agency's name.
    [GeneratedRegex(@"\G(?:(?i:by|door|von|par|por) [^©]{1,60}?)?© ?(?:19|20)\d{2} \p{Lu}[\p{L}-]* (?=\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex CopyrightedByline();

    [GeneratedRegex(@"^\p{Lu}\p{Ll}[\p{L}'’-]*(?: (?:(?:da|de|do|dos|das|del|di|van|von|der|den|le|la) )?\p{Lu}[\p{L}'’.-]*){1,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex Name();

    [GeneratedRegex(@"^(?i:by|door|von|par|por) \p{Lu}[\p{L}.'’-]*(?:,? (?:\p{Lu}[\p{L}.'’-]*|and|en|und|et|y|van|de|der|den|von)){0,7}$", RegexOptions.CultureInvariant)]
    private static partial Regex Author();

    [GeneratedRegex(@"^(?i:by|door|von|par|por|di|da)\s", RegexOptions.CultureInvariant)]
    private static partial Regex BylineWord();

    [GeneratedRegex(@"^(?i:by|door|von|par|por) (?:(?:\p{Lu}[\p{Lu}\p{M}.'’-]*|and|,)\s?){1,16}? (?=\p{Lu}\p{Ll})", RegexOptions.CultureInvariant)]
    private static partial Regex CapitalNames();

    // "By Glenn Gamboa - AP Business Writer ...": names in mixed case, then a dash before the agency.
    [GeneratedRegex(@"^(?i:by) \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3} [-–—] ", RegexOptions.CultureInvariant)]
    private static partial Regex DashedNames();

    /// <summary>
    /// Where a dateline may start after a byline's names in any case, and the agency's name if any, on one line ("By Nandita
    /// Bose WASHINGTON (Reuters) –", "by Shaun TANDON Agence France-Presse WASHINGTON, United States (AFP) —", "By Helen
    /// Coster and Lisa Richwine (Reuters) -An ..."): each word after the first name that is in capitals or opens a
    /// parenthesis, for the caller to try as a dateline.
    /// </summary>
    public static IEnumerable<int> OpeningsAfterNames(string text)
    {
        var names = NamesInAnyCase().Match(text);
        if (!names.Success)
        {
            yield break;
        }

        foreach (Capture word in names.Groups["word"].Captures)
        {
            if (word.Value[0] == '(' || (word.Length > 1 && char.IsUpper(word.Value[1])))
            {
                yield return word.Index;
            }
        }
    }

    // "By Nandita Bose WASHINGTON (Reuters) ...": a byline word, a capitalised name, then up to ten more words, each a
    // candidate for the dateline's start.
    [GeneratedRegex(@"^(?i:by|von|par|por|door) \p{Lu}[\p{L}.'’-]*(?: (?<word>[\p{Lu}(][^ ]*|and|und|et|y|e|en|&)){1,10}", RegexOptions.CultureInvariant)]
    private static partial Regex NamesInAnyCase();

    /// <summary>The length of a writer's title at <paramref name="start"/> ("Medical Writer", " Writer"), or 0.</summary>
    public static int TitleLength(string text, int start) => Title().Match(text, start).Length;

    // "Medical Writer ", "Sports Writer ", "Correspondent ": the writer's title after the agency, before a space or the end.
    [GeneratedRegex(@"\G ?(?:\p{Lu}\p{Ll}+ ){0,2}(?:Writer|Correspondent|Editor|Reporter|Columnist)(?: |$)", RegexOptions.CultureInvariant)]
    private static partial Regex Title();
}

using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace Syndicate.Core.Wire;

/// <summary>
/// A heading over a list of items. "Meer uit Buitenland", "Newsticker für Norddeutschland", "dpa-Nachrichten Wirtschaft",
/// "dpa-Nachrichtenüberblick Politik", "Dépêches Économie", "Nation News", "More World News Stories", a category's or a
/// tag's archive ("Category Archives: CUBA", "Ressortarchiv: Hessen", "Tag: Burkina Faso") name the section inside their
/// wrapper words; a generic list title ("Ultima ora", "Nachrichten-Ticker", "Latest news", "Most read")
/// names none. A short bare heading ("AP-National", "Sociedade") names a section when it stands right above an item's
/// headline (<see cref="IsBare"/>); a keyword line in capitals ("ISRAEL PALESTINA") never does.
/// </summary>
internal static partial class SectionHeading
{
    private const int MaxBareWords = 4;
    private const int MaxBareLength = 40;
    private const int MaxHeadingLength = 64;

    private static readonly HashSet<string> GenericTitles = new(StringComparer.OrdinalIgnoreCase)
    {
        "laatste nieuws", "net binnen", "nieuws", "latest news", "latest", "most recent", "breaking news", "top stories", "news", "live",
        "nachrichten-ticker", "nachrichtenticker", "newsticker", "ticker", "nachrichten", "eilmeldungen",
        "dernières nouvelles", "dernières infos", "en continu", "fil info", "à la une",
        "últimas noticias", "última hora", "lo último", "noticias", "ultima ora", "ultime notizie", "in evidenza", "altre sezioni",
        "últimas notícias", "notícias", "destaques", "ultime news", "ultime", "latest headlines", "top news", "featured news", "aggregator",
        "related news", "most read", "most popular", "meistgelesen", "meistgelesene news", "meistgelesene artikel", "meest gelezen", "les plus lus",
        "articles les plus lus", "lo más leído", "más leídas", "más leído", "le più lette", "più letti", "mais lidas", "mais lidos",
    };

    /// <summary>Whether <paramref name="text"/> is a section heading; <paramref name="section"/> is null for a generic list title.</summary>
    public static bool TryParse(string text, out string? section)
    {
        section = null;
        if (text.Length > MaxHeadingLength)
        {
            return false;
        }

        if (GenericTitles.Contains(text))
        {
            return true;
        }

        var match = Wrapped().Match(text);
        if (match.Success)
        {
            section = match.Groups["section"].Value.Trim();
            return true;
        }

        match = Stories().Match(text);
        if (match.Success)
        {
            var name = match.Groups["section"].Value;
            section = GenericTitles.Contains(name + " stories") ? null : name;
            return true;
        }

        match = NewsAfterName().Match(text);
        if (match.Success)
        {
            var name = match.Groups["section"].Value;
            section = GenericTitles.Contains(name[(name.LastIndexOf(' ') + 1)..] + " news") ? null : name;
            return true;
        }

        return false;
    }

    /// <summary>
    /// A short heading with no sentence punctuation, not in capitals throughout: a section's name when it
    /// stands right above an item's headline.
    /// </summary>
    public static bool IsBare(string text) =>
        text.Length <= MaxBareLength
        && text.Count(c => c == ' ') < MaxBareWords
        && char.IsUpper(text[0])
        && !KeywordLine.Is(text)
        && !PageChrome.Is(text)
        && !Byline.StartsOne(text)
        && text[^1] is not ('.' or '!' or '?' or ':' or ',' or '"' or '”')
        && text.All(c => char.IsLetter(c) || c is ' ' or '-' or '&' or '\'' or '’');

    [GeneratedRegex(
        @"^(?:\+\s*notícias:|mais notícias:|more news:|meer nieuws:|mehr nachrichten:|plus d'infos:|más noticias:|altre notizie:|meer uit|meer over|more from|more in|mehr aus|newsticker für|nachrichten aus|dpa-nachrichten\p{Ll}*|plus de|plus d'|dépêches|más de|más noticias de|mais de|mais notícias de|altre notizie da|altre notizie di|notizie da|categoria:|category:|catégorie:|kategorie:|categoría:|rubrik:|rubrique:|sezione:|sección:|secção:|seção:|category archives:|archives de (?:la )?catégorie ?:|kategorie-archiv:|ressortarchiv:|archivio (?:della )?categoria:|archivo de (?:la )?categoría:|arquivo da categoria:|tag:|tag archives:|schlagwort:|étiquette ?:|etiqueta:)\s*(?<section>\p{L}[\p{L}\p{M} &'-]{1,40})$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Wrapped();

    // "More World News Stories", "Politics stories from AP": a section's stories, wherever they come from; "More Top
    // Stories" names none.
    [GeneratedRegex(@"^(?i:more )?(?<section>\p{Lu}[\p{Ll}\p{M}'-]+(?: \p{Lu}[\p{Ll}\p{M}'-]+){0,2}) (?i:stor(?:y|ies))(?: from \S.*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Stories();

    // "Nation News", "Washington DC News", "Latest Pennsylvania News": one or two capitalised words named as news, a list's
    // wrapper word before them dropped; a generic qualifier ("Home Top News", "Featured News") names no section.
    [GeneratedRegex(@"^(?:(?i:latest|more) )?(?<section>\p{Lu}[\p{L}\p{M}'-]*(?: \p{Lu}[\p{L}\p{M}'-]*)?) News$", RegexOptions.CultureInvariant)]
    private static partial Regex NewsAfterName();
}

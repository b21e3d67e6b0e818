using System.Globalization;
using System.Text.RegularExpressions;
using Syndicate.Core.Time;

namespace Syndicate.Core.Wire;

/// <summary>
/// The furniture of a news list that is neither item nor heading: "Read more" links and their kind in every language,
/// comment counters ("0 Comments", "17 Comentarios"), reading times ("4 min read"), separators, editors' notes
/// ("*texto ampliado às 12h26"), labels opened by a bar ("| Mundo"), media markers ("(Texto) (Foto) (Vídeo)"), a site's
/// host name or a link alone ("www.ansabrasil.com.br", "https://jeux.loro.ch/games/swissloto/"), desk codes after a
/// story ("ANG/AALS/ÂC/SG", "CRO / NP"), the print and share buttons ("Print", "Print This Article", "Tweet",
/// "Facebook", "Share on FacebookShare on Google+Tweet about this on Twitter", "Advertise | AdChoices"), the text size's
/// and the search box's controls ("Text Size", "Larger text Smaller text", "Search in", "Type to search"), the title of
/// related links ("Related Articles") and an image's placeholder text ("Images", "Placeholder Image").
/// </summary>
internal static partial class PageChrome
{
    // Sites drop the accents ("Leer mas", "Leia tambem"): a phrase matches without them.
    private static readonly HashSet<string> Phrases = new(StringComparer.Create(CultureInfo.InvariantCulture, CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace))
    {
        "read more", "read on", "read on.", "continue reading", "comment ()", "comments", "skip to content", "skip to main content",
        "lees meer", "lees verder", "meer lezen", "mehr lesen", "weiterlesen", "lire la suite", "lire plus",
        "leer más", "seguir leyendo", "publicidad", "leggi tutto", "leggi", "continua a leggere", "leia mais", "leia também",
        "pub", "publicité", "advertisement", "anzeige", "advertentie",
        "print", "drucken", "imprimer", "imprimir", "stampa", "afdrukken", "share", "teilen", "partager", "compartir",
        "condividi", "delen", "partilhar", "compartilhar", "print this article", "print article",
        "image", "images", "placeholder image",
        "tweet", "mail", "email", "e-mail", "facebook", "twitter", "whatsapp", "linkedin", "reddit", "advertise", "adchoices",
        "text size", "larger text smaller text", "search in", "type to search", "related", "related articles",
    };

    private const int MaxPhraseLength = 24;

    private static readonly char[] Dashes = ['-', '–', '—'];

    // A "read more" link in every language, as a regular expression's alternatives.
    private const string ReadMore =
        "read more|continue reading|lees meer|lees verder|mehr lesen|weiterlesen|lire la suite|leer más|seguir leyendo|leggi tutto|continua a leggere|leia mais";

    public static bool Is(string text) =>
        IsPhrase(text) || IsPhraseBar(text) || !text.Any(char.IsLetter) || MediaMarkers().IsMatch(text) || DeskCode().IsMatch(text) || HostName().IsMatch(text) || text[0] is '*' or '|'
        || ShareButtons().IsMatch(text) || CommentCount.IsAlone(text) || ReadingTime.IsAlone(text);

    // An advertisement's label may stand between dashes: "- Publicidad -", "-Anzeige-".
    private static bool IsPhrase(string text)
    {
        if (text.Length > MaxPhraseLength)
        {
            return false;
        }

        var trimmed = text.Trim();
        return Phrases.Contains(trimmed)
            || (trimmed is [var open, .., var close] && (Dashes.Contains(open) || Dashes.Contains(close)) && Phrases.Contains(trimmed.Trim(Dashes).Trim()));
    }

    // Buttons printed as one bar: "Advertise | AdChoices", "Print | Email".
    private static bool IsPhraseBar(string text) => text.Contains(" | ", StringComparison.Ordinal) && text.Split('|').All(IsPhrase);

    /// <summary>Whether a text ends in a "read more" link: "... Leer más", "… Read more", "Von dpa mehr...".</summary>
    public static bool EndsWithReadMore(string text) => text.Length > MaxPhraseLength && ReadMoreAtEnd().IsMatch(text);

    /// <summary>
    /// A news digest's line for a story between dashes, then what it is about ("— BOSTON MARATHON-PHOTOS — New photos
    /// released ...", "-- MALAYSIA-PLANE-FAMILIES -- Relatives weep ..."): the slug is no place, the line no item.
    /// </summary>
    public static bool IsDigestSlug(string text) => DigestSlug().IsMatch(text);


    [GeneratedRegex(@"^\s*(?<dash>—|--|–)\s*\p{Lu}[^\n—]{0,80}?\s*\k<dash>\s*\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex DigestSlug();

    /// <summary>
    /// A block without the "read more" link glued before it ("Read More »Pope Leo calls for ...", "Leer más...Cuba registra
    /// ..."): the link of the teaser above, run into the next headline.
    /// </summary>
    public static string WithoutReadMoreBefore(string text)
    {
        var match = ReadMoreAtStart().Match(text);
        return match.Success && match.Length < text.Length ? text[match.Length..] : text;
    }

    [GeneratedRegex(@"^(?:" + ReadMore + @")\s*(?:»|>|›|…|\.\.\.)\s*(?=\S)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReadMoreAtStart();

    [GeneratedRegex(@"(?:…|\.\.\.|\s)\s*(?:" + ReadMore + @"|mehr\s*(?:…|\.\.\.))\s*(?:»|>|›)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReadMoreAtEnd();

    // Buttons run together as their labels: "Share on FacebookShare on Google+Tweet about this on TwitterEmail this to someone".
    [GeneratedRegex(@"^(?:(?:share on|tweet about this on|teilen auf|partager sur|compartir en|condividi su|delen op|partilhar no|compartilhar no)\s*\p{L}[\p{L}+]*\s*|email this to someone\s*)+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ShareButtons();

    [GeneratedRegex(@"^(?:\((?i:texto|foto|audio|vídeo|video|directo|crónica|entrevista)\)\s*)+$", RegexOptions.CultureInvariant)]
    private static partial Regex MediaMarkers();

    [GeneratedRegex(@"^(?:https?://)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{Ll}{2,6}(?:/\S*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex HostName();

    [GeneratedRegex(@"^\p{Lu}{2,5}(?:\s*/+\s*\p{Lu}{1,5})+$", RegexOptions.CultureInvariant)]
    private static partial Regex DeskCode();
}

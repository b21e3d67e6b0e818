using System.Text.RegularExpressions;

namespace Syndicate.Core.Wire;

/// <summary>
/// The furniture of a news list that is neither item nor heading: "Read more" links and their kind in
/// every language, comment counters, separators, editors' notes ("*texto ampliado às 12h26"),
/// media markers ("(Texto) (Foto) (Vídeo)") and desk codes after a story ("ANG/AALS/ÂC/SG", "CRO / NP").
/// </summary>
internal static partial class PageChrome
{
    private static readonly HashSet<string> Phrases = new(StringComparer.OrdinalIgnoreCase)
    {
        "read more", "read on", "read on.", "continue reading", "comment ()", "comments", "skip to content", "skip to main content",
        "lees meer", "lees verder", "meer lezen", "mehr lesen", "weiterlesen", "lire la suite", "lire plus",
        "leer más", "seguir leyendo", "publicidad", "leggi tutto", "leggi", "continua a leggere", "leia mais", "leia também",
        "pub", "publicité", "advertisement", "anzeige", "advertentie",
    };

    private const int MaxPhraseLength = 24;

    public static bool Is(string text) =>
        (text.Length <= MaxPhraseLength && Phrases.Contains(text)) || !text.Any(char.IsLetter) || MediaMarkers().IsMatch(text) || DeskCode().IsMatch(text) || text[0] == '*';

    [GeneratedRegex(@"^(?:\((?i:texto|foto|audio|vídeo|video|directo|crónica|entrevista)\)\s*)+$", RegexOptions.CultureInvariant)]
    private static partial Regex MediaMarkers();

    [GeneratedRegex(@"^\p{Lu}{2,5}(?:\s*/+\s*\p{Lu}{1,5})+$", RegexOptions.CultureInvariant)]
    private static partial Regex DeskCode();
}

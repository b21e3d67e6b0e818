using System.Text.RegularExpressions;

namespace Syndicate.Core.Wire;

/// <summary>
/// A photo caption or credit, which names an agency but is no wire item: "Foto: Verdi, über dts",
/// "... (Symbolbild) Tom Weller/dpa", "REUTERS/Umit Bektas", "(KEYSTONE/Urs Flueeler)", "©Ansa",
/// "© Paulo Pinto/Agência Brasil", "Bildrechte: IMAGO", "... atrás das grades (foto: ANSA)", "Image Credit: Pixabay".
/// </summary>
internal static partial class PhotoCredit
{
    private const int MaxAgencyLength = 20;

    // "van", "von", "de", "da": the particles inside a photographer's name.
    private const int MaxParticleLength = 3;

    // The words read as a photographer's name after the slash; a caption may go on after it ("/File Photo Regístrese").
    private const int NameWords = 4;

    public static bool Is(string text) =>
        text.TrimStart().StartsWith('©')
        || (text.Contains('/', StringComparison.Ordinal) && (EndsWithNameThenAgency(text) || HoldsAgencyThenName(text)))
        || (text.Contains(':', StringComparison.Ordinal) && Labelled().IsMatch(text));

    /// <summary>A photographer and the agency at the end: "Tom Weller/dpa", "Monika Skolimowska/zb/dpa".</summary>
    private static bool EndsWithNameThenAgency(string text)
    {
        var end = text.AsSpan().TrimEnd(')');
        var slash = end.LastIndexOf('/');
        if (slash <= 1 || end.Length - slash - 1 is < 2 or > MaxAgencyLength || !IsWords(end[(slash + 1)..]))
        {
            return false;
        }

        // Skip a service between two slashes ("zb" in "Skolimowska/zb/dpa"), then the name must end in a capitalised word.
        var before = end[..slash];
        var inner = before.LastIndexOf('/');
        if (inner >= 0 && before.Length - inner - 1 <= MaxAgencyLength && IsWords(before[(inner + 1)..]))
        {
            before = before[..inner];
        }

        var space = before.LastIndexOf(' ');
        var word = before[(space + 1)..];
        return word.Length > 1 && char.IsUpper(word[0]) && IsWords(word);
    }

    /// <summary>
    /// An agency in capitals, then the photographer: "REUTERS/Umit Bektas", "AP/Michael Dwyer". A name's first words hold
    /// no colon and no word in lower case longer than a particle, so "FCSA/Chine-Cameroun : cap sur une amitié" and
    /// "MÄRKTE USA/Wall Street tritt vor der Fed" are headlines.
    /// </summary>
    private static bool HoldsAgencyThenName(string text)
    {
        for (var slash = text.IndexOf('/', StringComparison.Ordinal); slash > 1; slash = text.IndexOf('/', slash + 1))
        {
            if (slash + 2 < text.Length && char.IsUpper(text[slash + 1]) && char.IsLower(text[slash + 2])
                && char.IsUpper(text[slash - 1]) && char.IsUpper(text[slash - 2]) && IsNameStart(text.AsSpan(slash + 1)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNameStart(ReadOnlySpan<char> text)
    {
        var words = 0;
        foreach (var range in text.SplitAny(' ', '\u00A0'))
        {
            var word = text[range];
            if (word.Contains(':') || (word.Length > MaxParticleLength && char.IsLower(word[0])))
            {
                return false;
            }

            if (++words == NameWords)
            {
                break;
            }
        }

        return true;
    }

    private static bool IsWords(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsLetter(c) && c is not (' ' or '.' or '-' or '\'' or '’'))
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex(@"(?:^|[\s(])(?i:foto|fotos|photo|photos|bild|archivfoto|archivbild|bildrechte|imagem|immagine|crédit photo|image|(?:image|photo|picture) credits?)\s?©?\s?:", RegexOptions.CultureInvariant)]
    private static partial Regex Labelled();
}

using System.Text.RegularExpressions;

namespace Syndicate.Core.Wire;

/// <summary>
/// A photo caption or credit, which names an agency but is no wire item: "Foto: Verdi, über dts",
/// "... (Symbolbild) Tom Weller/dpa", "REUTERS/Umit Bektas", "(KEYSTONE/Urs Flueeler)", "©Ansa",
/// "© Paulo Pinto/Agência Brasil", "Bildrechte: IMAGO".
/// </summary>
internal static partial class PhotoCredit
{
    public static bool Is(string text) =>
        Labelled().IsMatch(text) || NameThenAgency().IsMatch(text) || AgencyThenName().IsMatch(text) || Copyright().IsMatch(text);

    [GeneratedRegex(@"(?:^|\s)(?i:foto|fotos|photo|photos|bild|archivfoto|archivbild|bildrechte|imagem|immagine|crédit photo|image)\s?©?\s?:", RegexOptions.CultureInvariant)]
    private static partial Regex Labelled();

    // A photographer and the agency at the end: "Tom Weller/dpa", "Monika Skolimowska/zb/dpa".
    [GeneratedRegex(@"\p{Lu}[\p{L}\p{M}.'’\-]+(?: \p{Lu}[\p{L}\p{M}.'’\-]+){0,3}/(?:[\p{L}\p{M} ]{1,20}/)?[\p{L}\p{M} ]{2,20}\)?$", RegexOptions.CultureInvariant)]
    private static partial Regex NameThenAgency();

    // The agency in capitals, then the photographer: "REUTERS/Umit Bektas", "AP/Michael Dwyer", "(KEYSTONE/Urs Flueeler)".
    [GeneratedRegex(@"(?:^|[\s(©])\p{Lu}{2,}(?: \p{Lu}+)?/\p{Lu}\p{Ll}", RegexOptions.CultureInvariant)]
    private static partial Regex AgencyThenName();

    [GeneratedRegex(@"^\s*©", RegexOptions.CultureInvariant)]
    private static partial Regex Copyright();
}

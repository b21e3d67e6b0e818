using System.Text.RegularExpressions;

namespace Syndicate.Core.Time;

/// <summary>
/// The credit closing a photo's caption after its date: the agency in parentheses ("... le 20 janvier 2026 (AFP)") or the
/// photographer and the agency after a stop ("..., à Paris, le 12 juillet 2023. BERTRAND GUAY / AFP"). The wire
/// recognizer's <c>Wire.PhotoCredit</c> tells a whole block that is a credit; this tells only what follows a date.
/// </summary>
internal static partial class CaptionCredit
{
    /// <summary>Whether <paramref name="text"/>, what follows a caption's date, is the photo's credit alone.</summary>
    public static bool IsAlone(ReadOnlySpan<char> text) => Credit().IsMatch(text);

    [GeneratedRegex(@"^\.?\s*(?:\(\p{Lu}\p{L}*(?: \p{Lu}\p{L}*){0,2}\)|\p{Lu}[\p{Lu}.' -]+ / \p{Lu}\p{L}+)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Credit();
}

using System.Text.RegularExpressions;

namespace Syndicate.Core.Wire;

/// <summary>
/// A notice that an item replaces an earlier one: "Nieuw bericht, vervangt: ...", "Correction: ...".
/// </summary>
internal static partial class CorrectionNotice
{
    public static bool Is(string text) => Notice().IsMatch(text);

    [GeneratedRegex(
        @"^(?:nieuw bericht,? vervangt|gecorrigeerd bericht|correctie|rectificatie|correction|corrects|refiles|berichtigung|korrektur|rectificatif|corrección|rectificación)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Notice();
}

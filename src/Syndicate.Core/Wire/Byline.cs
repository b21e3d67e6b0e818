using System.Text.RegularExpressions;

namespace Syndicate.Core.Wire;

/// <summary>
/// An author line between a headline and its dateline: "By Jane Doe and John Roe", "Door Jan de Vries".
/// Only names follow, so a headline such as "Door storm vallen bomen om" is no byline.
/// </summary>
internal static partial class Byline
{
    public static bool Is(string text) => Author().IsMatch(text);

    [GeneratedRegex(@"^(?i:by|door|von|par|por) \p{Lu}[\p{L}.'’-]*(?:,? (?:\p{Lu}[\p{L}.'’-]*|and|en|und|et|y|van|de|der|den|von)){0,7}$", RegexOptions.CultureInvariant)]
    private static partial Regex Author();
}

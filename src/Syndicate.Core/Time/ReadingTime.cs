using System.Text.RegularExpressions;

namespace Syndicate.Core.Time;

/// <summary>
/// A reading-time indicator, in every language: "4 min read", "4 minute read", "Lesezeit: 3 Min.", "3 min de lecture",
/// "Leestijd 2 minuten". Alone on a line it is chrome; on a credit line it stands between the agency and the age
/// ("Steve Lambert, The Canadian Press 4 minute read Updated: Yesterday at 8:15 AM CST").
/// </summary>
internal static partial class ReadingTime
{
    public static bool IsAlone(string text) => Leading().Match(text) is { Success: true } match && match.Length == text.Length;

    /// <summary>The text without a reading time it starts with.</summary>
    public static string WithoutLeading(string text) => Leading().Match(text) is { Success: true } match ? text[match.Length..].TrimStart() : text;

    /// <summary>The indicator itself, in any case, with no anchor: what <see cref="TrailingLength"/> finds closing a line too.</summary>
    internal const string Pattern =
        @"(?i:\d{1,3}\s?min(?:ute|utes|s)?\.?\s+(?:read|de lecture|de lectura|de leitura|di lettura|leestijd|lesezeit)|(?:lesezeit|leestijd|temps de lecture|tiempo de lectura|tempo de leitura|tempo di lettura|reading time)\s*:?\s*\d{1,3}\s?(?:min(?:uten|uti|utos|utes|ute|s)?\.?))";

    [GeneratedRegex(@"^\s*" + Pattern + @"(?![\p{L}\d])", RegexOptions.CultureInvariant)]
    private static partial Regex Leading();
}

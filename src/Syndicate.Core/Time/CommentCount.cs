using System.Text.RegularExpressions;

namespace Syndicate.Core.Time;

/// <summary>
/// The number of comments closing a meta line after its date: "December 9, 2024 0 Comments", "8. Februar 2016 39
/// Kommentare »", "7 March 2025 55comments".
/// </summary>
internal static partial class CommentCount
{
    /// <summary>Where the count closing <paramref name="line"/> starts, its spaces included; -1 when none closes it.</summary>
    public static int Start(string line) => Count().Match(line) is { Success: true } count ? count.Index : -1;

    [GeneratedRegex(
        @" +\d{1,6} ?(?i:comments?|kommentare?|commentaires?|commenti|commento|comentarios?|comentários?|reacties|reactie)(?: [»›>])?$",
        RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex Count();
}

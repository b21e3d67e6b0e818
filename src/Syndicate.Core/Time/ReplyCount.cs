using System.Text.RegularExpressions;

namespace Syndicate.Core.Time;

/// <summary>
/// The number of replies in parentheses closing a comment's meta line after its age: "[–]Zero_Idol 19 points 16 hours ago
/// (1 child)", "[–] ValueSubtracted@startrek.website 14 points 16 hours ago (2 children)".
/// </summary>
internal static partial class ReplyCount
{
    private const string Replies = @"(?i:child|children|repl(?:y|ies)|antworten|antwort|réponses?|respuestas?|risposte|risposta|respostas?|reacties|reactie)";

    /// <summary>Where the count closing <paramref name="line"/> starts, its spaces included; -1 when none closes it.</summary>
    public static int Start(string line) => Count().Match(line) is { Success: true } count ? count.Index : -1;

    [GeneratedRegex(@" +\(\d{1,5} " + Replies + @"\)$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex Count();
}

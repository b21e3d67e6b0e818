using System.Text.RegularExpressions;

namespace Syndicate.Core.Time;

/// <summary>
/// The number of comments closing a meta line after its date: "December 9, 2024 0 Comments", "8. Februar 2016 39
/// Kommentare »", "7 March 2025 55comments", none in words, "Posted on 20 June 2025 No comments", "... abril 20, 2014
/// No hay comentarios:", a colon after the word as a blog's link prints it, "Posted by kamal nayan at 07:26 3
/// comments:", or bare after the date's year, "Von Redaktion - 8. Februar 2022 0", its views or likes after it, "Mar
/// 16, 2018 127 65"; or the number of a comment's replies in parentheses after its age: "[–]Zero_Idol 19 points 16
/// hours ago (1 child)", "... 14 points 16 hours ago (2 children)"; or a bare number after a relative age, as a list of
/// posts prints its comments or likes: "4 hours ago 1", "il y a 4 semaines 4".
/// </summary>
internal static partial class CommentCount
{
    private const string Comments = @"(?i:comments?|kommentare?|commentaires?|commenti|commento|comentarios?|comentários?|reacties|reactie)";

    private const string None = @"(?i:no(?: hay)?|keine|aucun|sin|nessun|nenhum|sem|geen) ";

    /// <summary>Where the count closing <paramref name="line"/> starts, its spaces included; -1 when none closes it.</summary>
    public static int Start(string line) => Count().Match(line) is { Success: true } count ? count.Index : -1;

    /// <summary>Where the count of replies closing <paramref name="line"/> starts, its spaces included; -1 when none closes it.</summary>
    public static int RepliesStart(string line) => Replies().Match(line) is { Success: true } count ? count.Index : -1;

    /// <summary>Where a bare number closing <paramref name="line"/> after a word starts, its spaces included; -1 when none closes it.</summary>
    public static int BareStart(string line) => Bare().Match(line) is { Success: true } count ? count.Index : -1;

    /// <summary>Whether the text is a count of comments alone, a page's chrome: "12 comments", "3 Kommentare".</summary>
    public static bool IsAlone(string text) => Alone().IsMatch(text);

    // A theme may print the count with no word right after the date's year, and its views or likes after it: "Von
    // Redaktion - 8. Februar 2022 0", "Webandcloud Oct 13, 2020 0 28".
    [GeneratedRegex(@" +(?:\d{1,6} ?|" + None + ")" + Comments + @"(?: [»›>]|:)?$|(?<=\b(?:19|20)\d\d)(?: +\d{1,4}){1,2}$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex Count();

    [GeneratedRegex(@"(?<=\p{L}) +\d{1,5}$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex Bare();

    [GeneratedRegex(@"^\d+\s+" + Comments + "$", RegexOptions.CultureInvariant)]
    private static partial Regex Alone();

    [GeneratedRegex(@" +\(\d{1,5} (?i:child|children|repl(?:y|ies)|antworten|antwort|réponses?|respuestas?|risposte|risposta|respostas?|reacties|reactie)\)$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex Replies();
}

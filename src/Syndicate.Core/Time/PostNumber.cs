using System.Text.RegularExpressions;

namespace Syndicate.Core.Time;

/// <summary>
/// A forum post's number closing a meta line after its date ("Oct 28, 2023 #3", "27. September 2018 #1") or opening it
/// before its date ("#1 03-12-2024 13:24:46", "Antwort #1440 am: 09.07.2025 23:58").
/// </summary>
internal static partial class PostNumber
{
    /// <summary>Where the number closing <paramref name="line"/> starts, its spaces included; -1 when none closes it.</summary>
    public static int Start(string line) =>
        line.Length > 0 && char.IsAsciiDigit(line[^1]) && Number().Match(line) is { Success: true } number ? number.Index : -1;

    /// <summary>
    /// Where the line goes on after the number opening it, a reply's word before the number and a short word with a colon
    /// after it ("am:", "on:", "en:") left out; 0 when no number opens it.
    /// </summary>
    public static int End(string line) => Opening().Match(line) is { Success: true } opening ? opening.Length : 0;

    [GeneratedRegex(@" +#\d{1,6}$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex Number();

    [GeneratedRegex(@"^ *(?:\p{L}{2,12} )?#\d{1,6} +(?:\p{Ll}{1,3}: +)?(?=\S)", RegexOptions.CultureInvariant)]
    private static partial Regex Opening();
}

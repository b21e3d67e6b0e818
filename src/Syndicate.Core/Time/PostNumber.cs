using System.Text.RegularExpressions;

namespace Syndicate.Core.Time;

/// <summary>A forum post's number closing a meta line after its date: "Oct 28, 2023 #3", "27. September 2018 #1".</summary>
internal static partial class PostNumber
{
    /// <summary>Where the number closing <paramref name="line"/> starts, its spaces included; -1 when none closes it.</summary>
    public static int Start(string line) =>
        line.Length > 0 && char.IsAsciiDigit(line[^1]) && Number().Match(line) is { Success: true } number ? number.Index : -1;

    [GeneratedRegex(@" +#\d{1,6}$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex Number();
}

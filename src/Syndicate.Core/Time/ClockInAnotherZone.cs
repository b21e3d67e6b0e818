using System.Text.RegularExpressions;

namespace Syndicate.Core.Time;

/// <summary>
/// A clock restated in brackets in a named zone closing a line after the clock it restates: a stamp's "19:14 GMT (19:14
/// GMT)", a ticker's "15:53 (20:53 GMT)", the site's own hour and the world's.
/// </summary>
internal static partial class ClockInAnotherZone
{
    /// <summary>The bracket's place in <paramref name="line"/>, its brackets included; null when no such bracket closes it.</summary>
    public static (int Start, int Length)? Find(string line)
    {
        if (Restatement().Match(line) is not { Success: true } bracket || !ZoneDesignators.Table.HoldsWord(bracket.Groups["zone"].ValueSpan))
        {
            return null;
        }

        return (bracket.Groups["bracket"].Index, bracket.Groups["bracket"].Length);
    }

    [GeneratedRegex(@"\d(?:\s?[A-Za-z]{2,5})?\s(?<bracket>\(\d{1,2}[:.]\d\d\s(?<zone>[A-Za-z]{1,5})\))\s*$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex Restatement();
}

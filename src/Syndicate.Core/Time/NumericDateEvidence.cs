using System.Text.RegularExpressions;

namespace Syndicate.Core.Time;

/// <summary>
/// The order of a page's numeric dates, from the dates on it that read only one way: "6/22/2017" puts the month first,
/// "22/6/2017" the day. A page written in a language that may use either (<see cref="NumericDateOrder.WhereUnambiguous"/>)
/// has its ambiguous dates ("7/12/2017") read in the order its other dates show; a page that shows both, or neither,
/// leaves them unread.
/// </summary>
public static partial class NumericDateEvidence
{
    private const int MaxMonth = 12;
    private const int MaxDay = 31;

    /// <summary>The order the texts' unambiguous numeric dates agree on, or null when they show none or both.</summary>
    public static NumericDateOrder? In(IEnumerable<string> texts)
    {
        var (dayFirst, monthFirst) = (false, false);
        foreach (var text in texts)
        {
            foreach (var match in NumericDate().EnumerateMatches(text))
            {
                var date = text.AsSpan(match.Index, match.Length);
                var separator = date.IndexOfAny('/', '.', '-');
                var first = int.Parse(date[..separator], provider: null);
                var rest = date[(separator + 1)..];
                var second = int.Parse(rest[..rest.IndexOfAny('/', '.', '-')], provider: null);
                dayFirst |= first is > MaxMonth and <= MaxDay && second is >= 1 and <= MaxMonth;
                monthFirst |= first is >= 1 and <= MaxMonth && second is > MaxMonth and <= MaxDay;
            }
        }

        return dayFirst == monthFirst ? null : dayFirst ? NumericDateOrder.DayFirst : NumericDateOrder.MonthFirst;
    }

    [GeneratedRegex(@"(?<![\d/.\-])\d{1,2}([/.\-])\d{1,2}\1(?:\d{4}|\d{2})(?![\d/.\-])", RegexOptions.CultureInvariant)]
    private static partial Regex NumericDate();
}

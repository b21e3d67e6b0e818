using System.Text;

namespace Syndicate.Core.Time;

/// <summary>
/// A line whose elements' texts a page ran together with no space between them, read with a space at each seam:
/// "10 uur geledenZALTBOMMEL (ANP)", "By JulieFebruary 15, 2022Recipes", "Policiales15 de diciembre de 2025Un grave…",
/// "14:36Comune pubblica…", "15 giu 202213 min". A seam is where a word of two letters or more runs into a number
/// ("Emmi10. Februar"), where a date's year runs into a reading time's minutes ("202213 min"), where a number runs into a
/// capitalised word ("2021Questo"), where a small letter runs into a capital ("mesesLeer"), where a year-first date's day
/// runs into its clock ("2024-04-2619:55"), where a day, a month in capitals and a year run together ("17SET2020",
/// "27JAN25"), or where a capitalised name runs into the word that brings in a relative age's count ("Sevillahace 3 días",
/// "Ressourcesil y a 1 heure").
/// </summary>
internal sealed class GluedLine
{
    /// <summary>
    /// The shortest word, as written, that brings in a relative age's count which a name may run into: "hace", "vor", but
    /// not the "ha" ending many a word.
    /// </summary>
    private const int MinGluedOpener = 3;

    /// <summary>The length of a year-first date with a two-digit month and day: "2024-04-26", "2024/06/05".</summary>
    private const int YearFirstDateLength = 10;

    /// <summary>The letters of a month written short in capitals between a day and a year: "JAN", "SET".</summary>
    private const int ShortMonthLength = 3;

    private readonly int[] _seams;

    private GluedLine(string spaced, int[] seams)
    {
        Spaced = spaced;
        _seams = seams;
    }

    /// <summary>The line with a space at each seam.</summary>
    public string Spaced { get; }

    /// <summary>The line spaced at its seams, or null when it has none.</summary>
    /// <param name="line">The line as printed.</param>
    /// <param name="countOpeners">What stands before a relative age's count in every language read: "hace", "il y a".</param>
    public static GluedLine? Of(string line, Phrases countOpeners)
    {
        List<int>? seams = null;
        for (var at = 1; at < line.Length; at++)
        {
            if (IsSeam(line, at) || IsOpenerSeam(line, at, countOpeners))
            {
                (seams ??= []).Add(at);
            }
        }

        if (seams is null)
        {
            return null;
        }

        var spaced = new StringBuilder(line.Length + seams.Count);
        var from = 0;
        foreach (var seam in seams)
        {
            spaced.Append(line, from, seam - from).Append(' ');
            from = seam;
        }

        return new GluedLine(spaced.Append(line, from, line.Length - from).ToString(), [.. seams]);
    }

    /// <summary>The age found in the spaced line, placed in the line as printed.</summary>
    public AgeInLine AsPrinted(AgeInLine found)
    {
        var start = Printed(found.Start);
        return found with { Start = start, Length = Printed(found.Start + found.Length) - start };
    }

    /// <summary>The printed line's place of a place in the spaced one: the seams' spaces before it taken away.</summary>
    private int Printed(int at)
    {
        var before = 0;
        while (before < _seams.Length && _seams[before] + before < at)
        {
            before++;
        }

        return at - before;
    }

    private static bool IsSeam(string line, int at)
    {
        var (last, next) = (line[at - 1], line[at]);
        return (char.IsLower(last) && char.IsAsciiDigit(next) && EndsAWord(line, at))
            || (char.IsAsciiDigit(last) && char.IsUpper(next) && at + 1 < line.Length && char.IsLower(line[at + 1]))
            || (char.IsLower(last) && char.IsUpper(next))
            || IsYearBeforeMinutes(line, at)
            || IsYearFirstDayBeforeClock(line, at)
            || IsInADayMonthYearRun(line, at);
    }

    /// <summary>
    /// Whether <paramref name="at"/> is a seam inside a word made of a day's one or two digits, a month's three capitals
    /// and a year's two or four digits: "17SET2020", "27JAN25".
    /// </summary>
    private static bool IsInADayMonthYearRun(string line, int at)
    {
        var (last, next) = (line[at - 1], line[at]);
        if (!(char.IsAsciiDigit(last) && char.IsAsciiLetterUpper(next)) && !(char.IsAsciiLetterUpper(last) && char.IsAsciiDigit(next)))
        {
            return false;
        }

        var start = at;
        while (start > 0 && char.IsAsciiLetterOrDigit(line[start - 1]))
        {
            start--;
        }

        var end = at;
        while (end < line.Length && char.IsAsciiLetterOrDigit(line[end]))
        {
            end++;
        }

        var word = line.AsSpan(start, end - start);
        var day = word.IndexOfAnyExceptInRange('0', '9');
        if (day is not (1 or 2) || word.Length - day < ShortMonthLength
            || word.Slice(day, ShortMonthLength).ContainsAnyExceptInRange('A', 'Z') || word[(day + ShortMonthLength)..] is var year
            && (year.Length is not (2 or AgeTokenizer.YearDigits) || year.ContainsAnyExceptInRange('0', '9')))
        {
            return false;
        }

        return at - start == day || at - start == day + ShortMonthLength;
    }

    /// <summary>
    /// Whether a year-first date's two-digit day ends at <paramref name="at"/>, run into a clock's hour: "2024-04-2619:55",
    /// "2024/06/0511:15".
    /// </summary>
    private static bool IsYearFirstDayBeforeClock(string line, int at)
    {
        if (at < YearFirstDateLength || !char.IsAsciiDigit(line[at]) || !char.IsAsciiDigit(line[at - 1])
            || (at > YearFirstDateLength && char.IsAsciiDigit(line[at - YearFirstDateLength - 1])))
        {
            return false;
        }

        var date = line.AsSpan(at - YearFirstDateLength, YearFirstDateLength);
        var separator = date[AgeTokenizer.YearDigits];
        if (separator is not ('-' or '/' or '.') || date[AgeTokenizer.YearDigits + 3] != separator
            || date[..AgeTokenizer.YearDigits].ContainsAnyExceptInRange('0', '9') || date.Slice(AgeTokenizer.YearDigits + 1, 2).ContainsAnyExceptInRange('0', '9')
            || date[^2..].ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }

        var hour = line.AsSpan(at).IndexOfAnyExceptInRange('0', '9');
        return hour is 1 or 2 && line.Length > at + hour + 2 && line[at + hour] == ':' && char.IsAsciiDigit(line[at + hour + 1]);
    }

    /// <summary>
    /// Whether a date's year ends at <paramref name="at"/>, run into the one or two digits of a reading time's minutes:
    /// "15 giu 202213 min", "9/15/20243 min leer".
    /// </summary>
    private static bool IsYearBeforeMinutes(string line, int at)
    {
        if (at < AgeTokenizer.YearDigits || (at > AgeTokenizer.YearDigits && char.IsAsciiDigit(line[at - AgeTokenizer.YearDigits - 1]))
            || line.AsSpan(at - AgeTokenizer.YearDigits, AgeTokenizer.YearDigits) is var year && (year.ContainsAnyExceptInRange('0', '9') || !(year.StartsWith("19") || year.StartsWith("20"))))
        {
            return false;
        }

        var minutes = line.AsSpan(at).IndexOfAnyExceptInRange('0', '9');
        return minutes is 1 or 2 && line.AsSpan(at + minutes).TrimStart(' ').StartsWith("min", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether a capitalised word of two letters or more runs at <paramref name="at"/> into a count's opener: "Sevillahace".</summary>
    private static bool IsOpenerSeam(string line, int at, Phrases countOpeners)
    {
        if (!char.IsLower(line[at - 1]) || !char.IsLower(line[at]) || !countOpeners.Open(line.AsSpan(at), MinGluedOpener))
        {
            return false;
        }

        var start = LettersStart(line, at);
        return at - start >= 2 && char.IsUpper(line[start]);
    }

    /// <summary>Whether the letters before <paramref name="end"/> are a word of two or more, no number's unit ("16h10", "y2k").</summary>
    private static bool EndsAWord(string line, int end)
    {
        var start = LettersStart(line, end);
        return end - start >= 2 && (start == 0 || !char.IsAsciiDigit(line[start - 1]));
    }

    /// <summary>Where the run of letters that ends at <paramref name="end"/> starts; a letter stands before <paramref name="end"/>.</summary>
    private static int LettersStart(string line, int end)
    {
        var start = end - 1;
        while (start > 0 && char.IsLetter(line[start - 1]))
        {
            start--;
        }

        return start;
    }
}

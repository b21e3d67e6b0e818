using System.Buffers;

namespace Syndicate.Core.Time;

/// <summary>
/// Cuts a short text into words, numbers, decimals ("2,5", "1.5"), clocks ("14:32", "14.32", "14h32"),
/// numeric dates ("28-11-2026", "19.10.19", "2026-11-28"), short years ("'08"), commas, colons, spaced dashes, separators
/// ("|", "•", "@", a spaced "/") and zone offsets ("+2" in "GMT+2"); brackets count as spaces ("5:30AM (EST)"), and so
/// does a tilde before a number, a hedge whose count is read as printed ("~11 hours ago", "Published ~ 14 years ago").
/// Any other character means the text is no age. A word ends after an eliding apostrophe: "un'ora" is "un'" and "ora".
/// </summary>
internal static class AgeTokenizer
{
    private const int MaxClockSuffixLength = 3;

    /// <summary>The longest word that may bring in a clock after a dotted day and month: "alle", "um", "à", "om".</summary>
    private const int MaxClockConnectorLength = 4;

    /// <summary>Longer texts are prose, not ages.</summary>
    public const int MaxLength = 96;

    /// <summary>The digits of a year written in full: "2024".</summary>
    public const int YearDigits = 4;

    public const int MaxTokens = 20;

    /// <summary>The largest hour a clock shows ("24:00" closes a day on some sites).</summary>
    private const int MaxClockHour = 24;

    private const int MaxClockMinute = 59;

    private const string LeadingDecoration = "·•∙|-–—−*+=>»([/";

    private static readonly SearchValues<char> SeparatorMarkValues = SearchValues.Create(SeparatorMarks);

    /// <summary>
    /// What a ticker or a row of labels leaves after an age: "15h30 -", "16:05 Uhr:", "+++", "|", a comment's permalink
    /// "#", the asterisk of an edit or a footnote ("submitted 2 years ago*", "2:55pm On Dec 10, 2023*").
    /// </summary>
    private const string TrailingDecoration = ")]|-–—−:+•·∙#*";

    /// <summary>The text without whitespace, bullets and separators before it and brackets after it.</summary>
    public static ReadOnlySpan<char> Undecorated(ReadOnlySpan<char> text)
    {
        var (start, length) = UndecoratedBounds(text);
        return text.Slice(start, length);
    }

    /// <summary>Where <see cref="Undecorated"/> starts in <paramref name="text"/>, and how long it is.</summary>
    public static (int Start, int Length) UndecoratedBounds(ReadOnlySpan<char> text)
    {
        var start = 0;
        var end = text.Length;
        // A permalink's hash before a space leads a stamp too ("# 15th Dec 2025•"); glued, it numbers a post ("#1").
        while (start < end && (char.IsWhiteSpace(text[start]) || LeadingDecoration.Contains(text[start])
            || (text[start] == '#' && start + 1 < end && char.IsWhiteSpace(text[start + 1]))))
        {
            start++;
        }

        // The full stop of a Spanish dateline's ".-" closes it: "BACA, Yucatán, 18 de diciembre.-", "Madrid, 26 ene.-"; a
        // spaced slash closes a row of parts as a bar does: "12. Januar 2019 /".
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || TrailingDecoration.Contains(text[end - 1])
            || (text[end - 1] == '.' && end < text.Length && text[end] == '-')
            || (text[end - 1] == '/' && end - 1 > start && char.IsWhiteSpace(text[end - 2]))))
        {
            end--;
        }

        return (start, end - start - (StopsAfterNumber(text[start..end]) && !EndsWithDayMonth(text[start..end]) ? 1 : 0));
    }

    /// <summary>Whether the text ends in a meridiem written with full stops, its last one left out ("5:57 p.m", "12:27 a. m").</summary>
    public static bool EndsWithDottedMeridiem(ReadOnlySpan<char> text) =>
        text.EndsWith("a. m", StringComparison.OrdinalIgnoreCase) || text.EndsWith("p. m", StringComparison.OrdinalIgnoreCase)
        || text.EndsWith("a.m", StringComparison.OrdinalIgnoreCase) || text.EndsWith("p.m", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether the text ends in a full stop right after a date or a clock ("le 7 mai 2020 - 12:38.", "Actualizado a
    /// las 15:10h.", "a las 07:46hrs.", "12:30 Uhr.", "a las 12:27 a. m.", "(06:37 UTC)."): a label's full stop, not the
    /// end of a sentence.
    /// </summary>
    public static bool StopsAfterNumber(ReadOnlySpan<char> text)
    {
        if (text is not [.., '.'])
        {
            return false;
        }

        var rest = text[..^1];
        if (EndsWithDottedMeridiem(rest))
        {
            return true;
        }

        // A clock's zone in parentheses closes before the full stop: "(06:37 UTC).", "at 15:47 (UTC).".
        var parenthesised = rest is [.., ')'];
        if (parenthesised)
        {
            rest = rest[..^1];
        }

        var letters = rest.Length;
        while (letters > 0 && char.IsAsciiLetter(rest[letters - 1]))
        {
            letters--;
        }

        var number = parenthesised && letters > 0 && rest[letters - 1] == '(' ? letters - 1 : letters;
        number = number > 0 && rest[number - 1] == ' ' && (number < rest.Length || parenthesised) ? number - 1 : number;
        return rest.Length - letters <= MaxClockSuffixLength && number > 0 && char.IsAsciiDigit(rest[number - 1]);
    }

    /// <summary>Whether the text ends in a day and a month each closed by a full stop ("18.03.", "bis 30.4."), which keep theirs.</summary>
    private static bool EndsWithDayMonth(ReadOnlySpan<char> text)
    {
        var monthStart = text[..^1].LastIndexOfAnyExceptInRange('0', '9') + 1;
        if (monthStart < 2 || text[monthStart - 1] != '.')
        {
            return false;
        }

        var dayStart = text[..(monthStart - 1)].LastIndexOfAnyExceptInRange('0', '9') + 1;
        return (dayStart == 0 || text[dayStart - 1] is not '.') && IsDayMonthClosedByStop(text, dayStart, monthStart - 1);
    }

    /// <summary>The number of tokens written, or 0 when the text cannot be an age.</summary>
    public static int Tokenize(ReadOnlySpan<char> text, Span<AgeToken> tokens) => Tokenize(text, tokens, wholeText: true);

    /// <summary>
    /// The number of tokens written up to the first character no age holds or the last token there is room for: what a
    /// label at the text's start needs, whatever words follow it ("edited 3 weeks ago) by otter to c/canada").
    /// </summary>
    public static int TokenizeOpening(ReadOnlySpan<char> text, Span<AgeToken> tokens) => Tokenize(text, tokens, wholeText: false);

    private static int Tokenize(ReadOnlySpan<char> text, Span<AgeToken> tokens, bool wholeText)
    {
        var count = 0;
        var spaced = true;
        var at = 0;
        var monthEnd = -1;
        while (at < text.Length)
        {
            var c = text[at];
            if (char.IsWhiteSpace(c) || c is '(' or ')' || at == monthEnd || (c == '~' && spaced && IsHedgedNumber(text, at + 1)))
            {
                spaced = true;
                at++;
                continue;
            }

            if (count > 0 && tokens[count - 1].Kind == AgeTokenKind.Number && MonthBetween(text, at, spaced) is var end and > 0)
            {
                // "06-Jul-2015", "23/Ott/20", "25.Jun.2019", "10 - Avril - 2020": a month's name between a day and a year,
                // hyphens, slashes or full stops for spaces.
                monthEnd = end;
                spaced = true;
                at++;
                continue;
            }

            if (c == 'T' && !spaced && count > 0 && tokens[count - 1].Kind == AgeTokenKind.IsoDate && at + 1 < text.Length && char.IsAsciiDigit(text[at + 1]))
            {
                // "2025-03-29T11:36:01Z": ISO 8601's T between a date and its time.
                spaced = true;
                at++;
                continue;
            }

            if (count == tokens.Length)
            {
                return wholeText ? 0 : count;
            }

            if (spaced && count > 0 && tokens[count - 1].Kind == AgeTokenKind.Word && IsDayGluedToYear(text, at))
            {
                // "Feb 262018", "Mai 022017": a theme printing the day and the year without a space; the year is read
                // as if spaced from it.
                tokens[count++] = new AgeToken(AgeTokenKind.Number, at, 2, Glued: false, Dotted: false, Value(text, at, 2));
                at += 2;
                continue;
            }

            var glued = !spaced;
            var next = c switch
            {
                ',' => Single(AgeTokenKind.Comma, at, glued, out tokens[count]),
                ':' => Single(AgeTokenKind.Colon, at, glued, out tokens[count]),
                _ when IsDash(c) && spaced && at + 1 < text.Length && char.IsWhiteSpace(text[at + 1]) => Single(AgeTokenKind.Dash, at, glued, out tokens[count]),
                '.' when spaced && count > 0 && at + 2 < text.Length && IsDash(text[at + 1]) => StopAndDash(at, out tokens[count]),
                _ when IsSeparatorMark(c) || c == '@' => Single(AgeTokenKind.Separator, at, glued, out tokens[count]),
                '/' when spaced && at + 1 < text.Length && char.IsWhiteSpace(text[at + 1]) => Single(AgeTokenKind.Separator, at, glued, out tokens[count]),
                '°' when glued && count > 0 && tokens[count - 1].Kind == AgeTokenKind.Number => Single(AgeTokenKind.Word, at, glued, out tokens[count]),
                '+' or '-' when glued && count > 0 && tokens[count - 1].Kind == AgeTokenKind.Word => ReadOffset(text, at, out tokens[count]),
                '+' or '-' when count > 0 && tokens[count - 1].Kind == AgeTokenKind.Clock => ReadNumericOffset(text, at, out tokens[count]),
                _ when IsElision(c) && spaced && Digits(text, at + 1) == 2 && EndsCleanly(text, at + 3) => ReadShortYear(text, at, out tokens[count]),
                _ when char.IsAsciiDigit(c) => ReadNumeric(text, at, glued, out tokens[count]),
                _ when char.IsLetter(c) => ReadWord(monthEnd > at ? text[..monthEnd] : text, at, glued, out tokens[count]),
                _ => -1,
            };
            if (next < 0)
            {
                return wholeText ? 0 : count;
            }

            count++;
            spaced = false;
            at = next;
        }

        return count;
    }

    /// <summary>Whether a number follows a hedge's tilde, a space between them or not.</summary>
    private static bool IsHedgedNumber(ReadOnlySpan<char> text, int at)
    {
        var rest = text[at..].TrimStart(' ');
        return rest.Length > 0 && char.IsAsciiDigit(rest[0]);
    }

    /// <summary>Whether six digits from <paramref name="at"/> are a day (01 to 31) and a year of this or the last century.</summary>
    private static bool IsDayGluedToYear(ReadOnlySpan<char> text, int at) =>
        Digits(text, at) == 6 && Value(text, at, 2) is >= 1 and <= 31 && Value(text, at + 2, 4) is >= 1900 and < 2100;

    /// <summary>"+2", "-5", "+01:00": whole hours only.</summary>
    private static int ReadOffset(ReadOnlySpan<char> text, int at, out AgeToken token)
    {
        token = default;
        var length = Digits(text, at + 1);
        var end = at + 1 + length;
        if (end + 2 < text.Length && text[end] == ':' && Digits(text, end + 1) == 2 && text[end + 1] == '0' && text[end + 2] == '0')
        {
            end += 3;
        }

        if (length is < 1 or > 2 || !EndsCleanly(text, end))
        {
            return -1;
        }

        var hours = Value(text, at + 1, length);
        token = new AgeToken(AgeTokenKind.Offset, at, end - at, Glued: true, Dotted: false, text[at] == '+' ? hours : -hours);
        return end;
    }

    /// <summary>
    /// "-0500", "+0100" after a clock, as RFC 822 dates print the zone, or "+01:00", "-07:00", "-0700" and, glued to a
    /// clock with its seconds, "-05" as ISO 8601 does: whole hours, or the half and three-quarter hours of the zones that
    /// keep them ("+0530", "+05:45").
    /// </summary>
    private static int ReadNumericOffset(ReadOnlySpan<char> text, int at, out AgeToken token)
    {
        token = default;
        var length = IsoOffsetLength(text, at);
        var glued = at > 0 && !char.IsWhiteSpace(text[at - 1]);
        var minutes = length > 3 ? Value(text, at + length - 2, 2) : 0;
        if (length == 0 || (length == 3 && !glued) || minutes is not (0 or 30 or 45))
        {
            return -1;
        }

        var hours = Value(text, at + 1, 2);
        var sign = text[at] == '+' ? 1 : -1;
        token = new AgeToken(AgeTokenKind.Offset, at, length, Glued: false, Dotted: false, sign * hours, sign * minutes);
        return at + length;
    }

    /// <summary>How long the ISO 8601 offset at <paramref name="at"/> is ("+01:00", "-0700", "-05"), ending cleanly; 0 when none stands there.</summary>
    private static int IsoOffsetLength(ReadOnlySpan<char> text, int at)
    {
        var digits = Digits(text, at + 1);
        if (at >= text.Length || text[at] is not ('+' or '-') || digits is not (2 or 4))
        {
            return 0;
        }

        var length = digits == 2 && at + 3 < text.Length && text[at + 3] == ':' && Digits(text, at + 4) == 2 ? 6 : 1 + digits;
        return EndsCleanly(text, at + length) ? length : 0;
    }

    /// <summary>"'08", "’20": a year of this century.</summary>
    private static int ReadShortYear(ReadOnlySpan<char> text, int at, out AgeToken token)
    {
        token = new AgeToken(AgeTokenKind.ShortYear, at, 3, Glued: false, Dotted: false, 2000 + Value(text, at + 1, 2));
        return at + 3;
    }

    private static int Single(AgeTokenKind kind, int at, bool glued, out AgeToken token)
    {
        token = new AgeToken(kind, at, 1, glued, Dotted: false);
        return at + 1;
    }

    /// <summary>
    /// The full stop and dash the Spanish-language press sets between a dateline's date and its clock, a space before it:
    /// "(14 octubre 2025) .-16:18 hrs". A dash between them.
    /// </summary>
    private static int StopAndDash(int at, out AgeToken token)
    {
        token = new AgeToken(AgeTokenKind.Dash, at, 2, Glued: false, Dotted: false);
        return at + 2;
    }

    /// <summary>A hyphen, an en or em dash, or the minus sign some sites print for one.</summary>
    public static bool IsDash(char c) => c is '-' or '–' or '—' or '−';

    /// <summary>The bars and dots that set a meta line's parts apart.</summary>
    public const string SeparatorMarks = "|•∙·⋅・‧";

    /// <summary>A bar or a dot that sets a meta line's parts apart: "|", "•", "·", "⋅", "・", "‧".</summary>
    public static bool IsSeparatorMark(char c) => SeparatorMarkValues.Contains(c);

    /// <summary>Where the last bar or dot of <see cref="SeparatorMarks"/> stands in the text; -1 where none does.</summary>
    public static int LastSeparatorMark(ReadOnlySpan<char> text) => text.LastIndexOfAny(SeparatorMarkValues);

    /// <summary>The apostrophes that elide a vowel (<see cref="IsElision"/>): "jusqu'au", "jusqu’au".</summary>
    public const string Elisions = "'’";

    public static bool IsElision(char c) => c is '\'' or '’';

    /// <summary>Letters, joined by inner hyphens ("avant-hier", "terça-feira"), up to and with an eliding apostrophe ("l'").</summary>
    private static int ReadWord(ReadOnlySpan<char> text, int start, bool glued, out AgeToken token)
    {
        var end = start + 1;
        while (end < text.Length
            && (char.IsLetter(text[end]) || (text[end] == '-' && end + 1 < text.Length && char.IsLetter(text[end + 1]))))
        {
            end++;
        }

        if (end + 1 < text.Length && IsElision(text[end]) && char.IsLetter(text[end + 1]))
        {
            end++;
        }

        var dotted = end < text.Length && text[end] == '.';
        token = new AgeToken(AgeTokenKind.Word, start, end - start, glued, dotted);
        return dotted ? end + 1 : end;
    }

    private static int ReadNumeric(ReadOnlySpan<char> text, int start, bool glued, out AgeToken token)
    {
        token = default;
        var length = Digits(text, start);
        if (length > 4)
        {
            return -1;
        }

        var end = start + length;
        var value = Value(text, start, length);
        var separator = end < text.Length ? text[end] : '\0';

        // "14:32", "14.32", "14h32", "08h:25", "20:14:00" (the seconds are left out), but not "28.11.2026", "07.05 15:12" or
        // "18.03.". The minutes closed by their unit, as Brazilian style writes a clock, may be unpadded: "07h30min", "10h3min".
        var colonAfterHour = separator is 'h' or 'H' && end + 1 < text.Length && text[end + 1] == ':' ? 1 : 0;
        var minutesAt = end + 1 + colonAfterHour;
        var minutes = Digits(text, minutesAt);
        var minutesUnit = separator is 'h' or 'H' && text[(minutesAt + minutes)..].StartsWith("min", StringComparison.Ordinal)
            && (minutesAt + 3 + minutes == text.Length || !char.IsLetter(text[minutesAt + 3 + minutes]));
        if (length <= 2 && separator is ':' or '.' or 'h' or 'H' && (minutes == 2 || (minutes == 1 && minutesUnit)) && !IsYearlessDottedDate(text, start, end))
        {
            var clockEnd = separator == ':' && end + 3 < text.Length && text[end + 3] == ':' && Digits(text, end + 4) == 2 ? end + 6 : minutesAt + minutes;
            if (minutesUnit)
            {
                clockEnd += 3;
            }

            if (clockEnd == end + 6 && clockEnd + 1 < text.Length && text[clockEnd] == '.' && Digits(text, clockEnd + 1) is var fraction and > 0)
            {
                // "11:36:01.000Z": a fraction of a second, left out with the seconds.
                clockEnd += 1 + fraction;
            }

            if (EndsCleanly(text, clockEnd) || (clockEnd > end + 3 && IsoOffsetLength(text, clockEnd) > 0))
            {
                token = new AgeToken(AgeTokenKind.Clock, start, clockEnd - start, glued, Dotted: false, value, Value(text, minutesAt, minutes));
                return clockEnd;
            }
        }

        // "2,5", "1.5": one decimal digit.
        if (separator is ',' or '.' && Digits(text, end + 1) == 1 && EndsCleanly(text, end + 2) && !IsDayMonthClosedByStop(text, start, end))
        {
            token = new AgeToken(AgeTokenKind.Decimal, start, end + 2 - start, glued, Dotted: false, value, text[end + 1] - '0');
            return end + 2;
        }

        if (separator is '.' or ' ' && SpacedDateEnd(text, start, end, out var middle) is var spacedEnd and > 0)
        {
            token = new AgeToken(AgeTokenKind.NumericDate, start, spacedEnd - start, glued, Dotted: false, value, middle, Value(text, spacedEnd - 4, 4));
            return spacedEnd;
        }

        // A full stop not followed by digits: an ordinal ("28. November") or the end of a sentence, unless it brings in
        // a month's name closed by another before the year ("25.Jun.2019").
        var dotted = separator == '.' && Digits(text, end + 1) == 0 && MonthBetween(text, end) < 0;
        if (!dotted && separator is '-' or '/' or '.' && MonthBetween(text, end) < 0)
        {
            return ReadNumericDate(text, start, length, glued, out token);
        }

        token = new AgeToken(AgeTokenKind.Number, start, length, glued, dotted, value);
        return dotted ? end + 1 : end;
    }

    /// <summary>
    /// Where a numeric date with spaced separators ends: a day, a middle number and a year of this or the last century,
    /// with one space between each ("24 10 2020", "Mis en ligne le 23 12 2019"), the same slash or bar with a space on
    /// either side ("Loire Atlantique 27 / 03 / 2018", "26 | 01 | 2022", "03 / 23 / 2020": either number may be the day,
    /// the reader decides), or a full stop closing the day and the month and a space before the year ("28. 4. 2023",
    /// "06. 01. 2026, 14:59 Uhr", "12.3. 2010"); -1 where the number at <paramref name="start"/> opens none.
    /// </summary>
    private static int SpacedDateEnd(ReadOnlySpan<char> text, int start, int end, out int middle)
    {
        middle = 0;
        var barred = text[end] == ' ' && end + 2 < text.Length && text[end + 1] is '/' or '|' && text[end + 2] == ' ';
        ReadOnlySpan<char> gap = text[end] == '.' ? (IsSpaceAt(text, end + 1) ? ". " : ".") : barred ? text.Slice(end, 3) : " ";
        ReadOnlySpan<char> beforeYear = text[end] == '.' ? ". " : gap;
        var middleStart = end + gap.Length;
        var middleLength = Digits(text, middleStart);
        var year = middleStart + middleLength + beforeYear.Length;
        if (end - start > 2 || middleLength is < 1 or > 2 || year + 4 > text.Length
            || !text[(middleStart + middleLength)..year].SequenceEqual(beforeYear) || Digits(text, year) != 4
            || Value(text, start, end - start) is < 1 or > 31 || Value(text, year, 2) is not (19 or 20) || !EndsCleanly(text, year + 4))
        {
            return -1;
        }

        middle = Value(text, middleStart, middleLength);
        return middle >= 1 && middle <= (barred ? 31 : 12) ? year + 4 : -1;
    }

    /// <summary>
    /// "28-11-2026", "28/11/2026", "28.11.2026", "19.10.19", "26-09-20" (two numbers and a year, the reader decides
    /// which is the day), "28/11" (no year: <see cref="AgeToken.Third"/> is 0) or "2026-11-28" (ISO). A two-digit year is
    /// of this century.
    /// </summary>
    private static int ReadNumericDate(ReadOnlySpan<char> text, int start, int length, bool glued, out AgeToken token)
    {
        token = default;
        var separator = text[start + length];
        var second = start + length + 1;
        var secondLength = Digits(text, second);
        var secondEnd = second + secondLength;
        var third = secondEnd + 1;
        if (secondLength is < 1 or > 2)
        {
            return -1;
        }

        var closedByStop = IsDayMonthClosedByStop(text, start, start + length);
        if ((separator == '/' && length <= 2 && (secondEnd == text.Length || text[secondEnd] != separator) && EndsCleanly(text, secondEnd))
            || closedByStop || IsDottedDayBeforeClock(text, start, start + length))
        {
            // "08/12 19:45", "07.05 15:12", "18.03.": a day and a month with no year (the reader takes it alone only with two
            // digits each, or its full stop).
            token = new AgeToken(AgeTokenKind.NumericDate, start, secondEnd - start, glued, closedByStop, Value(text, start, length), Value(text, second, secondLength));
            return closedByStop ? secondEnd + 1 : secondEnd;
        }

        if (third >= text.Length || text[secondEnd] != separator)
        {
            return -1;
        }

        var thirdLength = Digits(text, third);
        var end = third + thirdLength;
        if (!EndsCleanly(text, end))
        {
            return -1;
        }

        var first = Value(text, start, length);
        var middle = Value(text, second, secondLength);
        var last = Value(text, third, thirdLength);
        if (length <= 2 && thirdLength is 2 or 4)
        {
            // A full stop after the year ends the text: "Aktualisiert am 17.01.2021."
            var dotted = end + 1 == text.Length && text[end] == '.';
            token = new AgeToken(AgeTokenKind.NumericDate, start, end - start, glued, dotted, first, middle, thirdLength == 2 ? 2000 + last : last);
            return dotted ? end + 1 : end;
        }

        if (length == 4 && ((separator is '-' or '/' && thirdLength is 1 or 2) || (separator == '.' && secondLength == 2 && thirdLength == 2)))
        {
            // "2026-11-28", and as East Asian sites write it, "2020/1/20", or "2025.12.17": a year first is always followed
            // by the month (with full stops, two digits each, as a version number has not).
            token = new AgeToken(AgeTokenKind.IsoDate, start, end - start, glued, Dotted: false, last, middle, first);
            return end;
        }

        return -1;
    }

    /// <summary>
    /// Where the second hyphen or slash stands when the one at <paramref name="at"/> brings in letters, the same separator
    /// after them and a number: "-Jul-2015" in "06-Jul-2015"; when <paramref name="spaced"/>, each separator has a space
    /// on either side: " - Avril - 2020" in "10 - Avril - 2020"; -1 otherwise.
    /// </summary>
    private static int MonthBetween(ReadOnlySpan<char> text, int at, bool spaced = false)
    {
        var gap = spaced ? 1 : 0;
        if (at >= text.Length || !(text[at] is '-' or '/' || (text[at] == '.' && !spaced)) || (spaced && !IsSpaceAt(text, at + 1)))
        {
            return -1;
        }

        var start = at + 1 + gap;
        var end = start;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        var separator = end + gap;
        return end > start && separator + 1 + gap < text.Length && (!spaced || IsSpaceAt(text, end)) && text[separator] == text[at]
            && (!spaced || IsSpaceAt(text, separator + 1)) && char.IsAsciiDigit(text[separator + 1 + gap])
            ? separator
            : -1;
    }

    private static bool IsSpaceAt(ReadOnlySpan<char> text, int at) => at < text.Length && text[at] == ' ';

    /// <summary>How many clock times ("14:32", "8.30", "16h05") a line shows, not counting the parts of dates ("07.05 15:12" shows one).</summary>
    public static int ClockTimes(ReadOnlySpan<char> line) => ClockTimes(line, withImpossible: true);

    /// <summary>
    /// How many of the line's <see cref="ClockTimes(ReadOnlySpan{char})"/> a day's clock can show: not a score or a length
    /// no clock can be ("(25:18)", "Bei 30:30 gibt Sinner ...", "56:20").
    /// </summary>
    public static int ClockTimesOfTheDay(ReadOnlySpan<char> line) => ClockTimes(line, withImpossible: false);

    private static int ClockTimes(ReadOnlySpan<char> line, bool withImpossible)
    {
        var clocks = 0;
        var at = 0;
        while (at < line.Length)
        {
            var length = Digits(line, at);
            if (length == 0)
            {
                at++;
                continue;
            }

            var startsCleanly = at == 0 || !(line[at - 1] is ':' or '.' or '-' or '/' && at > 1 && char.IsAsciiDigit(line[at - 2]));
            var end = at + length;
            if (startsCleanly && length <= 2 && end < line.Length && line[end] is ':' or '.' or 'h' or 'H'
                && Digits(line, end + 1) == 2 && EndsCleanly(line, end + 3) && !IsYearlessDottedDate(line, at, end)
                && (withImpossible || (Value(line, at, length) <= MaxClockHour && Value(line, end + 1, 2) <= MaxClockMinute)))
            {
                clocks++;
            }

            at = end;
        }

        return clocks;
    }

    private static bool IsYearlessDottedDate(ReadOnlySpan<char> text, int start, int end) =>
        IsDayMonthClosedByStop(text, start, end) || IsDottedDayBeforeClock(text, start, end);

    /// <summary>
    /// Whether the number from <paramref name="start"/> to <paramref name="end"/> and the one or two digits after its full
    /// stop are a day and a month with no year, each closed by a full stop as German prints them ("18.03.", "30.4."), no
    /// year's digits after them. Where a language does not, the reader takes "18.03." for a clock ending a sentence.
    /// </summary>
    private static bool IsDayMonthClosedByStop(ReadOnlySpan<char> text, int start, int end)
    {
        if (end >= text.Length || text[end] != '.' || end - start is < 1 or > 2)
        {
            return false;
        }

        var month = Digits(text, end + 1);
        var stop = end + 1 + month;
        return month is 1 or 2 && stop < text.Length && text[stop] == '.' && Digits(text, stop + 1) == 0
            && Value(text, start, end - start) is >= 1 and <= 31 && Value(text, end + 1, month) is >= 1 and <= 12;
    }

    /// <summary>
    /// Whether the number from <paramref name="start"/> to <paramref name="end"/> and the two digits after its full stop
    /// are a day and a month with no year, told from a dotted clock by the clock with a colon after them, right after or
    /// brought in by one short lower-case word: "07.05 15:12 Uhr", "24.03 00:05 -", "inserita il 17.03 alle 19:18".
    /// </summary>
    private static bool IsDottedDayBeforeClock(ReadOnlySpan<char> text, int start, int end)
    {
        if (end >= text.Length || text[end] != '.' || end - start > 2 || Digits(text, end + 1) != 2
            || Value(text, start, end - start) is < 1 or > 31 || Value(text, end + 1, 2) is < 1 or > 12)
        {
            return false;
        }

        var clock = end + 3;
        if (clock >= text.Length || text[clock] != ' ')
        {
            return false;
        }

        clock++;
        var word = clock;
        while (word < text.Length && char.IsLower(text[word]))
        {
            word++;
        }

        if (word - clock is >= 1 and <= MaxClockConnectorLength && word < text.Length && text[word] == ' ')
        {
            clock = word + 1;
        }

        var hours = Digits(text, clock);
        return hours is 1 or 2 && clock + hours < text.Length && text[clock + hours] == ':' && Digits(text, clock + hours + 1) == 2;
    }

    /// <summary>Whether a number ends at <paramref name="at"/>, not running on into more digits or a separator and digits.</summary>
    private static bool EndsCleanly(ReadOnlySpan<char> text, int at) =>
        at >= text.Length
        || (!char.IsAsciiDigit(text[at]) && !(text[at] is ':' or '.' or '-' or '/' && Digits(text, at + 1) > 0));

    private static int Digits(ReadOnlySpan<char> text, int at)
    {
        var end = at;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        return end - at;
    }

    private static int Value(ReadOnlySpan<char> text, int start, int length)
    {
        var value = 0;
        for (var i = start; i < start + length; i++)
        {
            value = (value * 10) + (text[i] - '0');
        }

        return value;
    }
}

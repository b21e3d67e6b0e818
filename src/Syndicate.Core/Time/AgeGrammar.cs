using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Syndicate.Core.Time;

/// <summary>
/// Reads the ages a site prints: "16 minuten geleden", "2 hours ago", "gestern", "aujourd'hui à 14h32",
/// "28 nov", "5 minuti fa", "há 3 horas". A grammar reads one language (<see cref="For"/>) or every
/// supported language with one preferred (<see cref="Preferring"/>). A text is an age only as a whole
/// (<see cref="TryParse"/>); <see cref="TryFind"/> finds one inside a meta line. See <see cref="AgeReader"/>.
/// </summary>
public sealed class AgeGrammar
{
    /// <summary>Longer lines are prose, not meta lines.</summary>
    public const int MaxMetaLineLength = 160;

    // A day with an apostrophe's year ("Sun Oct 10 '20") and its clock after it ("at 8:45").
    private const int MaxShortYearDayWords = 3;
    private const int MaxShortYearClockWords = 2;

    // A ticker's stamp opening a paragraph longer than a meta line: "Dienstag, 30. Juni, 9.44 Uhr:".
    private const int MaxTickerStampLength = 48;

    private const string TickerPluses = "+++";

    // Four digits from 1000 to 2099 opening a ticker line may be a year ("1958 – ..."), not a clock without its colon.
    private const int MinYearLikeStamp = 1000;
    private const int MaxYearLikeStamp = 2100;

    // The marks of an issue's, a bulletin's or a record's number: "Nr. 24", "n. 378", "No. 184", "N.º 124", "Ausgabe
    // 10/2018", "Drucksache 17/14146".
    private static readonly string[] IssueMarks =
        ["nr.", "n.", "no.", "nº", "n.º", "n°", "núm.", "nummer", "numero", "número", "numéro", "number", "ausgabe", "ausg.", "drucksache"];

    private static readonly SearchValues<char> ClockCharacters = SearchValues.Create("0123456789:");
    private static readonly SearchValues<char> MeridiemCharacters = SearchValues.Create("aApPmM.");
    private static readonly SearchValues<char> NumericStampCharacters = SearchValues.Create("0123456789:.,/- ");
    private static readonly SearchValues<char> TitleChrome = SearchValues.Create("0123456789:/°");
    private static readonly SearchValues<char> TickerStops = SearchValues.Create("-–—−|:])+");

    // What may stand between a date and its clock printed apart: "22 jan. | 19:20", "07/12/2012 - 06:20", "8:17 am • Oktober".
    private const string ClockSeparators = " ,-–—" + AgeTokenizer.SeparatorMarks;

    /// <summary>A meta line's other parts are short: a section, a byline, a credit, a label.</summary>
    private const int MaxMetaPartWords = 6;

    private static readonly SearchValues<char> SpanDashes = SearchValues.Create("-–—");
    private static readonly SearchValues<char> NoticeSeparators = SearchValues.Create("·•|—–");
    private static readonly SearchValues<char> TallyDigits = SearchValues.Create("0123456789,.");

    /// <summary>The longest weekday abbreviation without its full stop: "Di", "Sa", "mer".</summary>
    private const int MaxBareWeekdayLength = 3;

    /// <summary>How many words a meeting's name holds before the article of its day: "Meeting of the Parish Council".</summary>
    private const int MaxMeetingNameWords = 5;

    /// <summary>How many capitalised words name whose meeting it is between the meeting's name and its day: "Forum Standaardisatie".</summary>
    private const int MaxMeetingBodyWords = 3;

    /// <summary>How far before the age found a weekday's name may end, a bracket or a comma between: "neste domingo (2 de fevereiro)".</summary>
    private const int MaxDayAtHandGap = 3;

    /// <summary>How many words a ruling's name is looked for in before its date's joiner: "DECRETO N. 9.807, DE 28 DE MAIO DE 2019".</summary>
    private const int MaxRulingNameWords = 3;

    /// <summary>How many words a bulletin's title holds before its word naming news, and between that word and the date.</summary>
    private const int MaxBulletinWordsAround = 4;
    private const int MinSentenceWords = 3;
    private const int MinSentenceLowerCaseWords = 2;
    private const int MinDatedSentenceLowerCaseWords = 3;

    /// <summary>A section, source or paper joined to an age by a space alone has at most this many words.</summary>
    private const int MaxSpaceJoinedLabelWords = 3;

    /// <summary>A date and its clock opening a line are at most this long: "19/12/2025 17:38:38", "quinta-feira, 21 de janeiro de 2010".</summary>
    private const int MaxDatedStampLength = 42;

    /// <summary>A clock beside a date has at most this many words: "ore 22:00", "7:29 a. m.".</summary>
    private const int MaxClockWords = 3;

    /// <summary>A headline after the date opening its line has at least this many words.</summary>
    private const int MinHeadlineWords = 3;

    /// <summary>A weekday, its day and its year say enough that a title of two words follows a blog's date.</summary>
    private const int MinHeadlineWordsAfterAWeekday = 2;

    /// <summary>The longest relative age read before a headline: "23 minutes and 10 seconds ago".</summary>
    private const int MaxRecentAgeLength = 32;

    /// <summary>What may stand between a relative age and the date beside it: spaces, dashes, brackets, separators.</summary>
    private const string MarksAroundADate = " -–—()" + AgeTokenizer.SeparatorMarks;

    /// <summary>A press cutting's caption names its article after at most this many words: "Voici un article paru ...".</summary>
    private const int MaxWordsBeforeArticle = 2;

    /// <summary>A date written out has at most this many words: "samedi 26 février 2011 à 10h30".</summary>
    private const int MaxDateWords = 6;

    /// <summary>
    /// A date written out with its article, weekday and clock has at most this many words: "el martes 10 de marzo de 2020
    /// a las 12:27".
    /// </summary>
    private const int MaxStampWords = 10;

    /// <summary>The longest one-word opening of a relative age: "hace".</summary>
    private const int MaxRelativeBeforeWordLength = 4;

    /// <summary>A label glued to the word that opens a relative age has at least this many letters: "Região" in "Regiãohá 5 dias".</summary>
    private const int MinGluedLabelLength = 3;

    /// <summary>A user's handle or a blog's name after a byline word has at most this many words.</summary>
    private const int MaxHandleWords = 3;

    /// <summary>A run of at least this many spaces inside a line sets its parts apart as a bar does.</summary>
    private const int MinSeparatingSpaces = 3;

    /// <summary>A writer's name before the date of a post and its categories has at most this many words.</summary>
    private const int MaxWriterNameWords = 3;

    /// <summary>A commenter's name before the date of the comment has this many words: "Concerned citizen".</summary>
    private const int DisplayNameWords = 2;

    /// <summary>
    /// A small word has at most this many letters: inside a handle or a blog's name ("Derecho en Red"), or a preposition
    /// ending a title before a date ("Du 2 février au 30 avril 2026").
    /// </summary>
    private const int MaxSmallInnerWordLength = 3;

    /// <summary>The shortest a meridiem is written as one word: "PM".</summary>
    private const int MinMeridiemLength = 2;

    /// <summary>The longest a meridiem is written as one word: "p.m.".</summary>
    private const int MaxMeridiemLength = 4;

    /// <summary>A byline word inside a date's label stands at most this far before the label's colon ("di inserimento:").</summary>
    private const int MaxBylineToColonLength = 16;

    /// <summary>A list entry's category, writer, count or link after its date has at most this many words.</summary>
    private const int MaxShortLabelWords = 3;

    /// <summary>A page's notice closing a meta line is a sentence of at least this many words: "This post may contain affiliate links.".</summary>
    private const int MinNoticeWords = 5;

    /// <summary>A photo's caption has at least this many words before its date: "Le Premier ministre photographié dans l'hémicycle, le".</summary>
    private const int MinCaptionWords = 4;

    /// <summary>A date closing a line after a title has at most this many words: "Dienstag, 20. November 2019".</summary>
    private const int MaxClosingDateWords = 5;

    /// <summary>What may set a stamp apart from its repetition: "• Zondag 14 januari 2018 | 16:49".</summary>
    private const string RepeatedStampSeparators = " •|·-–—";

    /// <summary>A title before a date closing the line has at least this many words.</summary>
    private const int MinTitleWords = 2;

    /// <summary>The fewest words of a title before a label that brings in its date: "Racism allegations referred Posted on ...".</summary>
    private const int MinTitleWordsBeforeLabel = 3;

    /// <summary>The most words a label and its date may have after a title: "Posted on Tuesday, March 10, 2026 at 8:00 am".</summary>
    private const int MaxLabelledDateWords = 10;

    /// <summary>An agency's initials closing a line after its date have at most this many capitals ("CNW").</summary>
    private const int MaxCreditCapitals = 5;

    /// <summary>Small words inside a person's name: "José Volta e Pinto", "Anja van der Berg".</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NameParticles =
        new HashSet<string>(["e", "y", "de", "da", "do", "dos", "das", "di", "del", "van", "der", "den", "du", "le", "la"], StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    internal static readonly (string Language, AgeVocabulary Words)[] Vocabularies =
    [
        ("nl", EnglishThemeWords.Around(AgeVocabularies.Dutch)),
        ("en", AgeVocabularies.English),
        ("de", EnglishThemeWords.Around(AgeVocabularies.German, "am")),
        ("fr", EnglishThemeWords.Around(AgeVocabularies.French)),
        ("es", EnglishThemeWords.Around(AgeVocabularies.Spanish)),
        ("it", EnglishThemeWords.Around(AgeVocabularies.Italian)),
        ("pt", EnglishThemeWords.Around(AgeVocabularies.Portuguese)),
    ];

    /// <summary>What stands before a relative age's count in any language: "vor", "il y a", "hace".</summary>
    private static readonly Phrases CountOpeners =
        Vocabularies.Aggregate(Phrases.None, (openers, language) => openers.With(language.Words.RelativeBefore, []));

    private static readonly Dictionary<string, AgeGrammar> Single = Vocabularies.ToDictionary(
        v => v.Language, v => new AgeGrammar(v.Language, [v.Words]), StringComparer.OrdinalIgnoreCase);

    // The other languages read a numeric date in the order the preferred one writes it: "10/04/2016" on an English source,
    // which English leaves unread (April or October), is not 10 April because German would read it so.
    private static readonly Dictionary<string, AgeGrammar> Every = Vocabularies.ToDictionary(
        v => v.Language,
        v => new AgeGrammar(
            v.Language,
            [v.Words, .. Vocabularies.Where(o => o.Language != v.Language).Select(o => o.Words with { NumericDates = v.Words.NumericDates })]),
        StringComparer.OrdinalIgnoreCase);

    private readonly AgeVocabulary[] _languages;
    private readonly AgeGrammar?[] _byNumericOrder = new AgeGrammar?[Enum.GetValues<NumericDateOrder>().Length];
    private AgeGrammar? _preferredAlone;

    private AgeGrammar(string language, AgeVocabulary[] languages)
    {
        Language = language;
        _languages = languages;
    }

    /// <summary>How this grammar reads a numeric date such as "08/11/2023".</summary>
    public NumericDateOrder NumericDates => _languages[0].NumericDates;

    /// <summary>
    /// This grammar reading numeric dates in <paramref name="order"/>: the order a page shows where its language may write
    /// either (<see cref="NumericDateOrder.WhereUnambiguous"/>).
    /// </summary>
    public AgeGrammar ReadingNumericDates(NumericDateOrder order) =>
        order == NumericDates
            ? this
            : _byNumericOrder[(int)order] ??= new AgeGrammar(Language, [.. _languages.Select(w => w with { NumericDates = order })]);

    /// <summary>The language read, or the one preferred of all.</summary>
    public string Language { get; }

    /// <summary>Whether this grammar reads every supported language (<see cref="Preferring"/>).</summary>
    public bool ReadsEveryLanguage => _languages.Length > 1;

    public static IReadOnlyCollection<string> SupportedLanguages => Single.Keys;

    public static bool IsSupported(string language) => Single.ContainsKey(language);

    /// <summary>The grammar of <paramref name="language"/> (a two-letter code).</summary>
    /// <exception cref="ArgumentException">The language is not supported.</exception>
    public static AgeGrammar For(string language) => Lookup(Single, language);

    /// <summary>
    /// A grammar of every supported language that tries <paramref name="language"/> first, so a text that
    /// reads in several languages is read in the source's: a source's language is a hint, not a wall.
    /// </summary>
    /// <exception cref="ArgumentException">The language is not supported.</exception>
    public static AgeGrammar Preferring(string language) => Lookup(Every, language);

    /// <summary>Whether the whole of <paramref name="text"/> is an age. Allocates only when it is one.</summary>
    public bool TryParse(ReadOnlySpan<char> text, [NotNullWhen(true)] out Age? age)
    {
        if (!IsBareLength(text) && TryParse(text, out age, out _) && !IsSentenceFragment(text, age))
        {
            return true;
        }

        age = null;
        return false;
    }

    /// <summary>
    /// The age inside a meta line: a section name, byline, source credit or label before or after it,
    /// joined by "|", "·", "•", ";", ",", a spaced dash, slash, "//", "@" or "»", or a byline word ("door", "by", "von", "par", "por", "di"),
    /// or by a space alone to a person's name ("Jeanne Corriveau 19 février 2020"):
    /// "Sport | 20 minuten geleden", "Bron: Reuters · 2 uur geleden", "By John Smith, 5 hours ago".
    /// A line that is an age as a whole is found too. A line with no age, a sentence (it ends in ". ! ?"; a full stop
    /// right after a date or a clock ends a label, "Article mis à jour le 7 janvier 2020."),
    /// prose with an age inside a sentence ("was last seen three days ago") and a line with two or more clock
    /// times (a programme slot "16:04 - 17:00 Uhr", opening hours, a schedule) are not, unless one of its parts is
    /// labelled as the update. A part that lacks a day, a clock, a year or a zone takes it from another part
    /// (<see cref="CompanionDate"/>).
    /// </summary>
    /// <remarks>
    /// A grammar of every language finds the age in the preferred language first, so another language's reading of one
    /// part ("di", Dutch for Tuesday, before an Italian "12 Gennaio 2026") does not beat the preferred one's of another;
    /// but a clock or weekday the preferred language reads alone yields to another language's longer reading around it, or
    /// takes its day from another language's date beside it: an English date on a French page ("Culture • Sep 19, 2025,
    /// 12:34 PM", "Mise à jour 7:58 AM UTC, May 18, 2024").
    /// </remarks>
    public bool TryFind(string line, out AgeInLine found)
    {
        // No-break spaces are spaces to a reader: "patrice57 - 20 février 2020" with one on either side of its dash.
        line = line.Replace('\u00A0', ' ').Replace('\u202F', ' ').Replace('\u2007', ' ');
        var printed = TryFindAsPrinted(line, out found);
        if (printed && CompanionDate.Unzoned(found.Age) is not CalendarDateAge { Clock: null })
        {
            return true;
        }

        if (GluedLine.Of(line, CountOpeners) is { } glued && TryFindAsPrinted(glued.Spaced, out var spaced)
            && (!printed || IsTheDayWithItsClock(found.Age, spaced.Age)))
        {
            // A date's clock run into the next element's word is the date's: "venerdì 31 luglio 2020, 23:05Primo piano",
            // "16 Jan 2026 - 13h35Por Jessica Carvalho".
            found = glued.AsPrinted(spaced);
            return true;
        }

        if (printed && TryFindClockBeside(line, found, out var timed))
        {
            found = timed;
        }

        return printed;
    }

    /// <summary>
    /// The clock of a date read without it, printed right after the date past a separator or a clock's word, or right
    /// before it past a separator ("22 jan. | 19:20 Tiel - Gevangenisstraf ...", "07/12/2012 - 06:20 Enviado especial
    /// ...", "07/02/2002 - ore 22:00 (ora solare)", "8:17 am • Oktober 6, 2013"), when the line shows that one clock of
    /// the day only: a second one makes a slot or a schedule ("12.03.2025 | 19:00 - 21:00"), and a bare minutes and
    /// seconds a length ("21.04.2024 | 3:18 min").
    /// </summary>
    private bool TryFindClockBeside(string line, AgeInLine date, out AgeInLine timed)
    {
        timed = default;
        if (CompanionDate.Unzoned(date.Age) is not CalendarDateAge { Clock: null } || AgeTokenizer.ClockTimesOfTheDay(line) != 1)
        {
            return false;
        }

        // A month's abbreviation keeps its full stop out of the date: "22 jan. | 19:20".
        var end = date.Start + date.Length;
        var from = end < line.Length && line[end] == '.' ? end + 1 : end;
        var after = from + (line.Length - from - line.AsSpan(from).TrimStart(ClockSeparators).Length);
        if (after > from && line.AsSpan(from, after - from).ContainsAnyExcept(' ') && LongestClockFrom(line, after) is var (clock, clockEnd)
            && CompanionDate.Complete(date.Age, clock) is { } completed)
        {
            timed = InLine(line, completed, date.Start, clockEnd - date.Start);
            return true;
        }

        // A labelled date's clock is its own: the one before it is another stamp's ("31/01/2017 09:30 • Atualizado 31/01/2017").
        var before = line.AsSpan(0, date.Start).TrimEnd(ClockSeparators);
        if (before.Length < date.Start && line.AsSpan(before.Length, date.Start - before.Length).ContainsAnyExcept(' ')
            && !StartsWithLabel(line.AsSpan(date.Start), LabelKind.Any)
            && ClockClosing(before) is var (earlier, clockStart) && CompanionDate.Complete(date.Age, earlier) is { } dated)
        {
            timed = InLine(line, dated, clockStart, end - clockStart);
            return true;
        }

        return false;
    }

    /// <summary>The longest clock of up to three words from <paramref name="start"/>, and where it ends; null where none stands.</summary>
    private (Age Clock, int End)? LongestClockFrom(string line, int start)
    {
        (Age Clock, int End)? longest = null;
        var end = start;
        for (var words = 0; words < MaxClockWords && end < line.Length; words++)
        {
            end = line.IndexOf(' ', end + 1) is var space and > 0 ? space : line.Length;
            var text = line.AsSpan(start, end - start).TrimEnd(",;:");
            if (TryParse(text, out var age, out var bounds) && bounds == (0, text.Length) && CompanionDate.Unzoned(age) is ClockTimeAge
                && !IsBareLength(text))
            {
                longest = (age, start + text.Length);
            }
        }

        // A meridiem run into the next word leaves the clock unread: "11:01 p.m.Gilber Faustino".
        return longest is var (_, clockEnd) && OpensWithAMeridiem(WordAt(line, clockEnd + 1)) ? null : longest;
    }

    private static bool OpensWithAMeridiem(ReadOnlySpan<char> word) =>
        word is ['a' or 'A' or 'p' or 'P', '.' or 'm' or 'M', ..];

    /// <summary>The clock of up to three words closing <paramref name="text"/>, and where it starts; null where none stands.</summary>
    private (Age Clock, int Start)? ClockClosing(ReadOnlySpan<char> text)
    {
        var start = text.Length;
        for (var words = 0; words < MaxClockWords && start > 0; words++)
        {
            start = text[..(start - 1)].LastIndexOf(' ') + 1;
            if (TryParse(text[start..], out var age, out var bounds) && bounds == (0, text.Length - start)
                && CompanionDate.Unzoned(age) is ClockTimeAge && !IsBareLength(text[start..]))
            {
                return (age, start);
            }
        }

        return null;
    }

    private static bool IsTheDayWithItsClock(Age day, Age timed) =>
        (CompanionDate.Unzoned(day), CompanionDate.Unzoned(timed)) is (CalendarDateAge date, CalendarDateAge { Clock: not null } stamp)
        && (date.Year, date.Month, date.Day) == (stamp.Year, stamp.Month, stamp.Day);

    private bool TryFindAsPrinted(string line, out AgeInLine found)
    {
        if (line.Length > 0 && char.IsWhiteSpace(line[0]))
        {
            // An indent is no part of the line: "  20.11.2020 Leserbriefe" reads as its text does.
            var indent = line.Length - line.TrimStart().Length;
            var indented = TryFindAsPrinted(line[indent..], out found);
            found = indented ? found with { Start = found.Start + indent } : default;
            return indented;
        }

        if (TrailingLength.GluedPartsStart(line) is >= 0 and var length)
        {
            // A length in glued parts is no age and no clock ("1h 56m"): the line is read without it.
            var before = line.AsSpan(0, length).TrimEnd(" " + AgeTokenizer.SeparatorMarks);
            found = default;
            return !before.IsEmpty && TryFindAsPrinted(before.ToString(), out found);
        }

        if (ClockInAnotherZone.Find(line) is { } restated)
        {
            // The clock in its named zone is the instant: the stamp's own where it names one ("19:14 GMT (19:14 GMT)"),
            // else the bracket's ("15:53 (20:53 GMT)").
            return TryFindZonedBefore(line, restated.Start, out found) || TryReadZonedClock(line, restated.Start + 1, restated.Length - 2, out found);
        }

        if (StartsWithLabel(line, LabelKind.ClockDisplay) || StartsWithLabel(line, LabelKind.EventTime) || StartsWithLabel(line, LabelKind.Upcoming)
            || StartsWithLabel(line, LabelKind.Birth) || IsBareLength(line) || (line.Length <= MaxMetaLineLength && Temperature.IsIn(line)))
        {
            // A forum's header shows the time of the visit ("Aktuelle Zeit: Fr 16.Mai 2025 14:13"), an info box an event's
            // ("Wanneer: Zaterdag 31 december 2022"), a line opened by a word of birth a birthday, a player its length, a
            // temperature the header's weather beside the day of the visit (a paragraph's is its text's: "AGGIORNAMENTO ORE
            // 20:45 – ... la temperatura non ha mai superato i +21°C ...").
            found = default;
            return false;
        }

        if (!TryFindInEveryLanguage(line, out found) && !TryFindWhereverItStands(line, out found))
        {
            return false;
        }

        if (IsADayAtHand(line, found) || IsARangesDate(line, found) || IsAMeetingsDay(line, found) || IsARulingsDay(line, found)
            || IsAMatchsTime(line, found) || IsAPhotosDay(line, found) || IsAProgrammesDay(line, found))
        {
            // "..., abgerufen am 29.09.2021", "Algemene Ledenvergadering 8 april 2016", "Cancellation of Parish Council
            // Meeting 23 March 2020", "Urteil vom 10.10.1988", "17:30 Brentford v Aston Villa — Sky Sports", "... dans
            // l'hémicycle, le 20 janvier 2026 (AFP)".
            found = default;
            return false;
        }

        if (CompanionDate.Unzoned(found.Age) is CalendarDateAge { Clock: null } && TryFindMachineStamp(line, out var stamp)
            && IsTheDayWithItsClock(found.Age, stamp.Age))
        {
            // A day printed for readers beside the machine's stamp of it: "2020-02-10T18:18:54+00:0010 Fevereiro, 2020".
            found = stamp;
        }

        if (CompanionDate.Unzoned(found.Age) is RelativeAge && TryFindDateBesideARelativeAge(line, found, out var dated))
        {
            found = dated;
        }

        return true;
    }

    /// <summary>An age in a named zone closing the line before <paramref name="end"/>.</summary>
    private bool TryFindZonedBefore(string line, int end, out AgeInLine found)
    {
        var before = line[..end].TrimEnd();
        if (TryFindAsPrinted(before, out found) && found.Start + found.Length == before.Length && found.Age is ZonedAge)
        {
            return true;
        }

        found = default;
        return false;
    }

    /// <summary>A clock with its zone that is all of the text from <paramref name="start"/> for <paramref name="length"/>.</summary>
    private bool TryReadZonedClock(string line, int start, int length, out AgeInLine found)
    {
        found = default;
        if (!TryParse(line.AsSpan(start, length), out var age, out var bounds) || age is not ZonedAge { Local: ClockTimeAge })
        {
            return false;
        }

        found = InLine(line, age, start + bounds.Start, bounds.Length);
        return true;
    }

    /// <summary>
    /// A date with its year that a relative age stands beside, after it or before it, a separator or a bracket between
    /// ("2 minutes ago - 2020-10-14 20:32:20", "46m - Dec 15, 2025", "7 months ago Thu 22nd Oct 2020"): the page's own
    /// record of the day, which no cached copy or late poll moves. An update told as a relative age after a published date
    /// is a later time, the item's ("Published: Nov. 15, 2022 at 11:24 PM CST|Updated: 19 minutes ago").
    /// </summary>
    private bool TryFindDateBesideARelativeAge(string line, AgeInLine relative, out AgeInLine found)
    {
        var part = line.AsSpan(0, relative.Start + relative.Length);
        var update = StartsWithUpdateLabel(part[(AgeTokenizer.LastSeparatorMark(part[..relative.Start]) + 1)..].TrimStart());
        found = default;
        return TryReadDateAlone(line, relative.Start + relative.Length, line.Length, out found)
            || (!update && TryReadDateAlone(line, 0, relative.Start, out found));
    }

    /// <summary>A date with its year that is all the text from <paramref name="start"/> to <paramref name="end"/> but the marks around it.</summary>
    private bool TryReadDateAlone(string line, int start, int end, out AgeInLine found)
    {
        found = default;
        var text = line.AsSpan(start, end - start);
        var trimmed = text.TrimStart(MarksAroundADate);
        var at = start + text.Length - trimmed.Length;
        trimmed = trimmed.TrimEnd(MarksAroundADate);
        if (trimmed.IsEmpty || !TryParseDated(line, (at, at + trimmed.Length), out var age, out var bounds))
        {
            return false;
        }

        found = InLine(line, age, at + bounds.Start, bounds.Length);
        return true;
    }

    /// <summary>
    /// An age that the line's shape leaves unread but that reads wherever it stands: a machine's stamp or a labelled date
    /// after a title. Not in a copyright notice, the page's footer, whose stamps are the site's ("© 1996-Thu Dec 15
    /// 06:14:35 EST 2016", "© Copyright 1997-2012 Dave Winer. Last update: Friday, June 15, 2012 at 6:27 PM Eastern.").
    /// </summary>
    private bool TryFindWhereverItStands(string line, out AgeInLine found)
    {
        found = default;
        return !line.Contains('©') && (TryFindMachineStamp(line, out found) || TryFindLabelledDateAfterATitle(line, out found)
            || TryFindShortYearDate(line, out found));
    }

    /// <summary>
    /// A day whose year is an apostrophe and two digits, a discussion's stamp that sentences and headers do not print, after
    /// a name, a flair or a comment of any words and before its awards, capitalised, not a sentence's words: "u/Andrew50000
    /// Aristocracy Oct 10 '20", "r/Steam Jun 26 '22 Wholesome", "... – Dustman Sep 21 '08 at 22:50". Of two, the last one
    /// is the edit's ("Jul 23 '20 edited Aug 03 '20").
    /// </summary>
    private bool TryFindShortYearDate(string line, out AgeInLine found)
    {
        found = default;
        for (var mark = line.Length - 3; mark > 0; mark--)
        {
            if (!AgeTokenizer.IsElision(line[mark]) || line[mark - 1] != ' ' || !char.IsAsciiDigit(line[mark + 1])
                || !char.IsAsciiDigit(line[mark + 2]) || (mark + 3 < line.Length && line[mark + 3] != ' '))
            {
                continue;
            }

            // The day and month before the year (a weekday may open them), its clock after it ("at 14:24") or none.
            var yearEnd = mark + 3;
            var clockEnd = NextWordsEnd(line, yearEnd, MaxShortYearClockWords);
            ReadOnlySpan<int> ends = clockEnd > yearEnd ? [clockEnd, yearEnd] : [yearEnd];
            for (var start = WordsStart(line, mark - 1, MaxShortYearDayWords); start < mark; start = line.IndexOf(' ', start) + 1)
            {
                foreach (var end in ends)
                {
                    if (TryParse(line.AsSpan(start, end - start), out var age, out var bounds) && bounds == (0, end - start)
                        && CompanionDate.Unzoned(age) is CalendarDateAge { Year: not null } && !HasLowerCaseWord(line.AsSpan(end)))
                    {
                        found = InLine(line, age, start, end - start);
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>Whether a word of the text opens in lower case, as a sentence's words do and awards' do not.</summary>
    private static bool HasLowerCaseWord(ReadOnlySpan<char> text)
    {
        foreach (var word in text.Split(' '))
        {
            if (text[word] is [var first, ..] && char.IsLower(first))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Where the <paramref name="words"/> words before the space at <paramref name="space"/> start.</summary>
    private static int WordsStart(string line, int space, int words)
    {
        var start = space;
        for (var i = 0; i < words && start > 0; i++)
        {
            start = line.LastIndexOf(' ', start - 1);
        }

        return start + 1;
    }

    /// <summary>Where the <paramref name="words"/> words after <paramref name="start"/> (a word's end) end.</summary>
    private static int NextWordsEnd(string line, int start, int words)
    {
        var end = start;
        for (var i = 0; i < words && end + 1 < line.Length && line[end] == ' '; i++)
        {
            end = line.IndexOf(' ', end + 1) is var space and > 0 ? space : line.Length;
        }

        return end;
    }

    /// <summary>
    /// A title's words, then a capitalised label that brings in the item's date with its year, whatever follows the date:
    /// "Outback police officer wrangles a crocodile Posted on Tuesday March 10, 2026", "City Halloween Party Library News
    /// Posted on October 14, 2024 We will be closing early ...", "Regolamento oneri aggiornamento 2016 Pubblicato il
    /// 19/02/2021 627 KB". The date is the longest run of words after the label that reads as one; of a published and an
    /// updated date so labelled, the updated one ("... Publié le : 06.07.2012 Dernière Mise à jour : 07.09.2017").
    /// </summary>
    private bool TryFindLabelledDateAfterATitle(string line, out AgeInLine found)
    {
        found = default;
        var updated = false;
        var (titleWords, word) = (0, 0);
        for (var space = line.IndexOf(' '); space > 0 && space + 1 < line.Length && !updated; space = line.IndexOf(' ', space + 1))
        {
            // The title's words counted as the spaces pass, not again from the line's start at each of them.
            (titleWords, word) = (titleWords + LetterWords(line.AsSpan(word, space - word)), space + 1);
            var label = space + 1;
            if (!char.IsUpper(line[label]) || titleWords < MinTitleWordsBeforeLabel
                || !StartsWithLabel(line.AsSpan(label), LabelKind.Any) || (found.Length > 0 && !StartsWithLabel(line.AsSpan(label), LabelKind.Update))
                || !TryReadLabelledDate(line, label, out var dated))
            {
                continue;
            }

            updated = found.Length > 0;
            found = dated;
        }

        return found.Length > 0;
    }

    /// <summary>The date with its year that the longest run of words from <paramref name="label"/> reads as.</summary>
    private bool TryReadLabelledDate(string line, int label, out AgeInLine found)
    {
        var ends = new List<int>();
        for (var end = label; end >= 0 && ends.Count < MaxLabelledDateWords; end = line.IndexOf(' ', end + 1))
        {
            ends.Add(end);
        }

        ends.Add(line.Length);
        for (var i = ends.Count - 1; i > 0; i--)
        {
            if (TryParse(line.AsSpan(label, ends[i] - label), out var age, out var bounds) && CompanionDate.Unzoned(age) is CalendarDateAge { Year: not null })
            {
                found = InLine(line, age, label + bounds.Start, bounds.Length);
                return true;
            }
        }

        found = default;
        return false;
    }

    /// <summary>The machine's stamp the line holds (<see cref="MachineStamp"/>), its words read as English writes them.</summary>
    private static bool TryFindMachineStamp(string line, out AgeInLine found)
    {
        if (MachineStamp.Find(line) is { } stamp && For("en").TryParse(line.AsSpan(stamp), out var age))
        {
            var (start, length) = stamp.GetOffsetAndLength(line.Length);
            found = InLine(line, age, start, length);
            return true;
        }

        found = default;
        return false;
    }

    /// <summary>
    /// Whether the line names a match, two sides joined by "vs", "v" or "x", and the age found is a clock, a day or a date:
    /// a fixture's kick-off or a schedule's slot ("17:30 Brentford v Aston Villa — Sky Sports", "Puebla vs. León | 19:00
    /// horas", "19h20 – BENFICA X LEãO A"), not the entry's time. A live ticker's stamp closed by a colon stays the entry's
    /// ("4.55pm: David Lloyd at Kent v Glamorgan"), and so does a relative age.
    /// </summary>
    private static bool IsAMatchsTime(string line, AgeInLine found) =>
        CompanionDate.Unzoned(found.Age) is CalendarDateAge or ClockTimeAge or DayOfWeekAge or DayAge
        && !(found.Start + found.Length < line.Length && line[found.Start + found.Length] == ':' && line.AsSpan(0, found.Start).Trim(" •-").IsEmpty)
        && NamesAMatch(line);

    /// <summary>Whether two capitalised sides stand either side of "vs", "vs.", "v" or "x" ("X" between capitals).</summary>
    private static bool NamesAMatch(string line)
    {
        if (!line.Contains(" v", StringComparison.Ordinal) && !line.Contains(" x ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 1; i + 1 < words.Length; i++)
        {
            var (before, after) = (words[i - 1], words[i + 1]);
            var sides = char.IsUpper(before[0]) && char.IsUpper(after[0]) && !before.EndsWith('.');
            if (sides && (words[i] is "vs" or "vs." or "v" or "x" || (words[i] is "X" && before.Length > 1 && !before.Any(char.IsLower))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the line opens with the language's word of a programme's day before a date without its year or a weekday
    /// (<see cref="AgeVocabulary.ProgrammeDayWords"/>): a schedule's or an announcement's day ("Dia 13 – Sexta-feira", "Dia
    /// 27 de novembro, sábado | 18h00", "Dia 21/07 – (Sexta-feira)"); with its year it dates the post ("Dia 07/03/2017").
    /// </summary>
    private bool IsAProgrammesDay(string line, AgeInLine found) =>
        CompanionDate.Unzoned(found.Age) is CalendarDateAge { Year: null } or DayOfWeekAge
        && InAnyLanguage(WordAt(line, 0), words => words.ProgrammeDayWords);

    /// <summary>
    /// Whether the date found closes a photo's caption, a sentence of four words or more before it and the photo's credit
    /// alone after it ("Le Premier ministre photographié dans l'hémicycle, le 20 janvier 2026 (AFP)", "La secrétaire générale
    /// de la CGT, Sophie Binet, à Matignon, à Paris, le 12 juillet 2023. BERTRAND GUAY / AFP"): the day the photo was taken.
    /// A stamp or a dateline has fewer words before its date ("Paris, le 12 mars 2024 (AFP)").
    /// </summary>
    private static bool IsAPhotosDay(string line, AgeInLine found) =>
        CompanionDate.Unzoned(found.Age) is CalendarDateAge && Words(line.AsSpan(0, found.Start)) >= MinCaptionWords
        && CaptionCredit.IsAlone(line.AsSpan(found.Start + found.Length));

    /// <summary>
    /// Whether the line is a colon clock alone whose hour is one digit: a video's, a player's or a recipe's length ("2:13",
    /// "7:22", "0:00", "0:15"), where a time of day of 24 hours alone on a line is padded ("07:22") or has its meridiem; or
    /// a clock to the second alone whose hour is "00", in brackets or not: a video's length, a race's time or a
    /// transcript's time code ("00:03:35", "00:22:37", "[00:01:06]"), where a time of day to the second has its hour
    /// ("09:26:14").
    /// </summary>
    private static bool IsBareLength(ReadOnlySpan<char> line) =>
        line.Trim() is [>= '0' and <= '9', ':', >= '0' and <= '5', >= '0' and <= '9']
        || line.Trim().Trim("[]") is ['0', '0', ':', >= '0' and <= '5', >= '0' and <= '9', ':', >= '0' and <= '5', >= '0' and <= '9'];

    private bool TryFindInEveryLanguage(string line, out AgeInLine found)
    {
        if (!ReadsEveryLanguage)
        {
            return TryFindIn(line, out found);
        }

        if (!(_preferredAlone ??= new AgeGrammar(Language, [_languages[0]])).TryFindIn(line, out var preferred))
        {
            return TryFindIn(line, out found);
        }

        found = preferred;
        if (CompanionDate.IsClockOrWeekdayAlone(preferred.Age) && TryFindIn(line, out var other))
        {
            var around = other.Start <= preferred.Start && other.Start + other.Length >= preferred.Start + preferred.Length && other.Length > preferred.Length;
            found = around ? other
                : CompanionDate.Complete(preferred.Age, other.Age) is { } completed ? preferred with { Age = completed }
                : preferred;
        }

        return true;
    }

    private bool TryFindIn(string line, out AgeInLine found) => TryFindIn(line, out found, withCategories: true);

    /// <param name="withCategories">
    /// Whether the age may stand before the post's categories (<see cref="TryFindBeforeItsCategories"/>), which reads the
    /// line before each of them without this reading, so that a line of many categories is read once per category.
    /// </param>
    private bool TryFindIn(string line, out AgeInLine found, bool withCategories)
    {
        if (ClosingButtonCut(line) is > 0 and var button)
        {
            // A button closes the line: "... estiagem 3 de janeiro de 2022 Read More", "hace 9 mesesLeer más".
            return TryFindIn(line[..button].TrimEnd(), out found, withCategories);
        }

        // A forum post's stamp between guillemets ("« on: November 24, 2012, 04:29:26 PM »", "« Respuesta #20 en: 23 Agosto
        // 2021, 02:58 am »") or after the post's number ("#1 03-12-2024 13:24:46", "Antwort #1440 am: 09.07.2025 23:58").
        if ((EnclosedInGuillemets(line) is { } quoted && TryFindInPart(line, quoted, out found))
            || (PostNumber.End(line) is > 0 and var afterNumber && TryFindInPart(line, afterNumber.., out found) && found.Start == afterNumber))
        {
            return true;
        }

        if ((withCategories && TryFindBeforeItsCategories(line, out found)) || TryFindAfterASignature(line, out found)
            || TryFindBeforeAField(line, out found))
        {
            return true;
        }

        if (TryFindDateline(line, out found))
        {
            return true;
        }

        if (TryFindLabelledClockBeforeText(line, out found))
        {
            return true;
        }

        if (ClosingNoticeCut(line) is > 0 and var cut)
        {
            // "Published: Apr 9, 2021 · Modified: Apr 20, 2025 by Kristina Tipps · This post may contain affiliate links for
            // which I earn a small commission."; a ticker's headline after its clock reads so too ("0320 – Declaration for
            // Theresa May STILL going.").
            return TryFindIn(line[..cut], out found, withCategories) || TryReadColonlessClock(line, cut + 1, out found);
        }

        if (line.Length > MaxMetaLineLength)
        {
            // A live ticker's entry: its stamp, a stop, then a paragraph of any length ("19.06 Uhr: Nach einem heißen
            // Sommertag ...", "6:33 p.m. — Trump is projected to win ..."), or its clock and a capitalised paragraph ("22:53
            // Siamo giunti al termine della diretta ...").
            return TryFindTickerStamp(line, out found, MaxTickerStampLength) || TryFindClockBeforeHeadline(line, out found)
                || TryFindStampAfterAPlace(line, out found)
                || TryFindBracketedStamp(line, out found) || TryFindYearFirstStamp(line, out found) || TryFindRecentAgeBeforeHeadline(line, out found)
                || TryFindDateBeforeHeadline(line, out found, WeekdayFirst.Never) || TryFindDateBetweenTitleAndLead(line, out found);
        }

        if (OpensWithRangeWord(line))
        {
            return false;
        }

        if (TryParse(line, out var whole, out var bounds))
        {
            if (IsSentenceFragment(line, whole))
            {
                return false;
            }

            found = InLine(line, whole, bounds.Start, bounds.Length);
            return true;
        }

        if (TryParseClosedByAStop(line, out found))
        {
            return true;
        }

        if (IsSpan(line))
        {
            return false;
        }

        if (TryFindTickerStamp(line, out found) || TryFindClockBeforeHeadline(line, out found) || TryFindStampAfterAPlace(line, out found)
            || TryFindBracketedStamp(line, out found)
            || TryFindYearFirstStamp(line, out found) || TryFindRecentAgeBeforeHeadline(line, out found) || TryFindBeforeItsAge(line, out found)
            || TryFindBeforeALength(line, out found) || TryFindRepeatedDate(line, out found) || TryFindRepeatedStamp(line, out found, withCategories)
            || TryFindGluedStamps(line, out found, withCategories)
            || TryFindInLastSentence(line, out found) || TryFindAfterLastSentence(line, out found))
        {
            return true;
        }

        if (TryFindPressCutting(line, out found))
        {
            return true;
        }

        var trimmed = line.AsSpan().TrimEnd();
        if (trimmed is [.., '.'] && TryFindAfterTheUpdater(line, trimmed.Length - 1, out found))
        {
            return true;
        }

        // A page's sentence about its own change keeps its full stop: "This page was last modified on Dec 17, 2025 by MDN
        // contributors."; so does a writer's initial closing a byline, "Écrit le 09/09/2018 par Julien M.", and a forum's
        // edit closed by its editor, "Last edit: 4 weeks 11 hours ago by mvvfans.".
        if (trimmed.IsEmpty || (trimmed[^1] is '.' && !AgeTokenizer.StopsAfterNumber(trimmed) && !StartsWithLabel(trimmed, LabelKind.ChangeNotice)
                && !IsSaidAtTheEnd(line, trimmed.LastIndexOf(' ') + 1) && !EndsWithANamesInitial(trimmed) && !IsAStampClosedByItsWriter(line, trimmed))
            || trimmed[^1] is '!' or '?')
        {
            return !trimmed.IsEmpty && (TryFindDateBeforeHeadline(line, out found, WeekdayFirst.WithoutItsStop) || TryFindBulletinDay(line, out found)
                || (MachineStamp.Find(line) is null && TryFindDateBetweenTitleAndLead(line, out found)));
        }

        if (TryFindBulletinDay(line, out found))
        {
            return true;
        }

        var parts = MetaParts(line);
        if (AgeTokenizer.ClockTimes(line) > 1)
        {
            return TryFindUpdate(line, parts, out found);
        }

        if (TryFindUpdatedDate(line, parts, out found) || TryFindRelativeUpdate(line, parts, out found)
            || TryFindStampAfterANameBeforeAShortLabel(line, parts, out found))
        {
            return true;
        }

        for (var length = parts.Count - 1; length >= 1; length--)
        {
            for (var first = 0; first + length <= parts.Count; first++)
            {
                var start = parts[first].Start;
                var end = parts[first + length - 1].End;
                if (OthersAreShort(line, parts, first, first + length)
                    && !OpensASentence(line, parts, first + length)
                    && TryParse(line.AsSpan(start, end - start), out var age, out var inner))
                {
                    var completed = CompleteFromBeside(age, line, parts, first, first + length);
                    if (BesideAnUnreadDate(completed, line, parts, first, first + length))
                    {
                        // The date beside the weekday may be unread for the post's title run into it ("Thursday, 21 May
                        // 2026 A good place"): a title of words alone, where a header's date has its chrome after it
                        // ("Tuesday, January 15, 2008 Weather: Hi: 7°C", "Wednesday, November 7 2012 BLOGS /NFL").
                        return TryFindDateBeforeHeadline(line, out found)
                            && !line.AsSpan(found.Start + found.Length).ContainsAny(TitleChrome);
                    }

                    if (LosesItsYear(completed, line, parts, first + length)
                        || IsAnEventsDay(completed, line, line.AsSpan(start + inner.Start, inner.Length), start + inner.Start)
                        || (first == 0 && IsSentenceFragment(line, completed)))
                    {
                        return false;
                    }

                    found = InLine(line, completed, start + inner.Start, inner.Length);
                    return true;
                }
            }
        }

        return TryFindBeforeAShortLabel(line, out found) || TryFindAfterATitle(line, out found) || TryFindDateBeforeHeadline(line, out found)
            || TryFindClosingRelativeAge(line, out found) || TryFindRecentAgeAfterHeadline(line, out found)
            || (MachineStamp.Find(line) is null && TryFindDateBetweenTitleAndLead(line, out found));
    }

    /// <summary>
    /// A relative age brought in before its count closing the line after a headline's or a section's words, in a
    /// language where such an age hardly ever closes a sentence (<see
    /// cref="AgeVocabulary.ClosingRelativeAgeDatesTheLine"/>): "In eigener Sache vor 1 Tag", "Braunschweig Annette
    /// Schütze: Stadtbüchereien dürfen Sparmaßnahmen nicht zum Opfer fallen vor 5 Jahren", or in any language where
    /// its case sets it apart from a sentence (<see cref="IsSetApartByItsCase"/>). A named day before it makes an
    /// anniversary's heading ("Heute vor 5 Jahren").
    /// </summary>
    private bool TryFindClosingRelativeAge(string line, out AgeInLine found)
    {
        found = default;
        foreach (var words in _languages)
        {
            var start = line.Length;
            for (var count = 0; count < MaxClosingDateWords && start > 0; count++)
            {
                start = line.LastIndexOf(' ', start - 1);
                if (start <= 0)
                {
                    break;
                }

                var closing = line.AsSpan(start + 1);
                if (!words.RelativeBefore.Table.StartingWith(WordAt(line, start + 1)).IsEmpty
                    && (words.ClosingRelativeAgeDatesTheLine || IsSetApartByItsCase(line.AsSpan(0, start), closing))
                    && TryParse(closing, out var age, out var bounds) && age is RelativeAge && bounds.Start == 0 && bounds.Length == closing.Length
                    && LetterWords(line.AsSpan(0, start)) > 0 && !IsAgeWord(WordBefore(line, start).TrimEnd(",:")))
                {
                    found = InLine(line, age, start + 1, closing.Length);
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Where a teaser's or a post's button closing the line (<see cref="AgeVocabulary.ClosingButtons"/>) starts, its
    /// arrow or its ellipsis after it if any; 0 where none closes it.
    /// </summary>
    private int ClosingButtonCut(string line)
    {
        var trimmed = line.AsSpan().TrimEnd(" .…→»›>");
        foreach (var words in _languages)
        {
            if (words.ClosingButtons.ClosingPlaceIn(trimmed) is > 0 and var button)
            {
                return button;
            }
        }

        return 0;
    }

    /// <summary>
    /// Whether a relative age closing a line stands apart from a sentence by its case: its first word capitalised and its
    /// unit in lower case ("Decência rarefeita Há 20 horas"), or all of it in capitals after words that are not ("... le
    /// podium de la 88e édition IL Y A 2 HEURES"); a title's words all capitalised are none ("Tudo que Há 24 Horas").
    /// </summary>
    private bool IsSetApartByItsCase(ReadOnlySpan<char> before, ReadOnlySpan<char> age)
    {
        var opener = age.IndexOf(' ');
        var unit = age[(age.LastIndexOf(' ') + 1)..];
        return opener > 0 && char.IsUpper(age[0])
            && (IsLowerCaseWord(unit) || (IsWordInCapitals(unit) && IsWordInCapitals(age[..opener]) && before.ContainsAnyInRange('a', 'z')));
    }

    /// <summary>
    /// Where to cut a meta line closed by a sentence of words alone after a separator, a page's notice set apart from its
    /// byline ("... · This post may contain affiliate links.", "... (Updated December 17, 2022) — This post may contain
    /// affiliate links."): the index of the space before the separator, so the stamp is read without the notice; 0 where
    /// none closes it.
    /// </summary>
    private static int ClosingNoticeCut(string line)
    {
        var trimmed = line.AsSpan().TrimEnd();
        if (trimmed is not [.., '.'])
        {
            return 0;
        }

        var separator = trimmed.LastIndexOfAny(NoticeSeparators);
        if (separator < 1 || trimmed[separator - 1] != ' ' || separator + 2 >= trimmed.Length || trimmed[separator + 1] != ' ')
        {
            return 0;
        }

        var notice = trimmed[(separator + 2)..];
        return char.IsUpper(notice[0]) && !notice.ContainsAnyInRange('0', '9') && Words(notice) >= MinNoticeWords ? separator - 1 : 0;
    }

    /// <summary>
    /// Whether the text is a stamp, a forum's edit or a count of edits opening it, closed by an age, a byline word and one
    /// to three words of the writer's or the editor's name or handle, the full stop the line's: "Publié le 9 mars 2022 par
    /// Nicolas.", "Atualizado em 28/01/2024 às 12:01, por Equipe SMO.", "Last edit: 4 weeks 11 hours ago by mvvfans.", "3
    /// mal bearbeitet. Zuletzt am 19.05.2005 22:22 von ulba."; not a sentence's "The bridge was opened on 12 May 2020 by
    /// the mayor.". The text is the line's opening.
    /// </summary>
    private bool IsAStampClosedByItsWriter(string line, ReadOnlySpan<char> text) =>
        (StartsWithLabel(text, LabelKind.Any) || EditCount.Opens(text))
        && BylineBeforeAName(line, text.Length - 1) is > 0 and var byline && EndsInAnAge(text[..byline].TrimEnd(" ,"));

    /// <summary>Whether the text ends with a first name and its surname's initial: "par Julien M.", "| Patrick A.".</summary>
    private static bool EndsWithANamesInitial(ReadOnlySpan<char> text) =>
        text is [.., ' ', var initial, '.'] && char.IsUpper(initial) && text[..^3].TrimEnd() is var before
        && before.LastIndexOf(' ') is var space && before[(space + 1)..] is [var first, _, ..] name
        && char.IsUpper(first) && IsWordOfLetters(name);

    /// <summary>
    /// A date with its year, and its clock if any, opening a list's line, its headline after it joined by a space
    /// alone, a spaced bar or glued to it, a capitalised word and two more at least ("12.11.2021 EKBO-Synodentagung in
    /// Berlin wird fortgesetzt", "06/04/2020 | Atualização 06/04/2020 do avanço ...", "2012.08.08 Inside the Walls of a
    /// Detention Center", "- 19/12/2025 17:38:38 Obras do Bairro Legal ...", "2024-11-04 14:58Prison fellowship to
    /// address ...", "January 15, 2008 Police Make Arrest In ...", "Domingo 16 de Abril de 2017. De Alpedrete ..."; a
    /// weekday first without its stop in a meta line's length, as a blog's date heads its post, before a title of two
    /// words at least and no clock, which may close with a stop: "maandag 1 juli 2013 Een zwerm bijen", "lunedì 25
    /// dicembre 2006 Christmas lights", "sábado, 25 de marzo de 2017 Fue bonito mientras duró.");
    /// the date's last character is a letter or a digit, a full stop after its year at most, not a dash or a colon that
    /// sets a title apart, which the line's parts weigh. The text after it may be a teaser's sentences of any length
    /// ("20.11.2019 Bürgermeister Obermeier traute seinen Augen nicht, als ...", "August 10, 2023 Lagos State
    /// Government has assured ..."), with no weekday first (<paramref name="weekdayFirst"/>): a narrative's day opens
    /// its story ("Dienstag, 13. Juni 2017. In Wilhelmshaven treffen sich ..."). A teaser list's section may stand
    /// before the date ("Policiales15/02/2026La Policía de Salta ...", read with a space at each seam; "Cronaca 15
    /// Maggio 2020 Novità dall'Accordo ..."), and so may a label closed by its colon, its title telling no time ("Date:
    /// 6/29/20 The Board of Aldermen held ...", not "FECHA: 23 de enero de 2026 HORA COMIENZO: 20:45").
    /// </summary>
    private bool TryFindDateBeforeHeadline(string line, out AgeInLine found, WeekdayFirst weekdayFirst = WeekdayFirst.WithOrWithoutItsStop)
    {
        found = default;
        var afterALabel = false;
        var start = line.AsSpan().IndexOfAnyExcept(" -–•·");
        if (start >= 0 && SectionBeforeItsDate(line, start) is > 0 and var section)
        {
            // "Política 12 de diciembre de 2025 Cada año, decenas ...": a teaser list's section before the date.
            start = section;
        }
        else if (start >= 0 && LabelBeforeItsDate(line, start) is > 0 and var labelled)
        {
            // "Dagelijks archief: 1 april 2012 Schandelijk gedrag ...", "Date: 6/29/20 The Board of Aldermen held ...": a
            // label closed by its colon before the date.
            (start, afterALabel) = (labelled, true);
        }
        else if (start >= 0 && WriterBeforeADash(line, start) is > 0 and var writer)
        {
            // "Muftau Yahaya — October 28, 2025 The crippling ...": the teaser's writer and a spaced dash before the date.
            start = writer;
        }

        var weekday = start >= 0 && IsWeekday(WordAt(line, start).TrimEnd(".,"));
        if (start < 0
            || !(char.IsAsciiDigit(line[start]) || IsMonthName(WordAt(line, start).TrimEnd(".,")) || (weekday && weekdayFirst != WeekdayFirst.Never)))
        {
            return false;
        }

        var (date, end, stop) = ((Age?)null, 0, 0);
        for (var i = start + 1; i <= line.Length && i - start <= MaxDatedStampLength; i++)
        {
            var stopped = i + 1 < line.Length && line[i] == '.' && line[i + 1] == ' ' && char.IsAsciiDigit(line[i - 1]);
            if ((char.IsLetterOrDigit(line[i - 1]) || EndsWithItsMeridiem(line.AsSpan(start, i - start)))
                && ((stopped && !(weekday && weekdayFirst == WeekdayFirst.WithoutItsStop))
                    || ((!weekday || line.Length <= MaxMetaLineLength)
                        && (i == line.Length || line[i] == ' ' || (char.IsAsciiDigit(line[i - 1]) && char.IsUpper(line[i])))))
                && TryParse(line.AsSpan(start, i - start), out var age, out _) && CompanionDate.Unzoned(age) is CalendarDateAge { Year: not null })
            {
                (date, end, stop) = (age, i, stopped ? 1 : 0);
            }
        }

        var headline = line.AsSpan(end + stop).TrimStart();
        if (stop == 0 && headline is ['|', ' ', ..])
        {
            // A bar may set the headline apart: "Faits divers 19/12/2025 - 05:33 | Martinique Une piétonne ...".
            headline = headline[1..].TrimStart();
        }

        if (date is null || headline.IsEmpty || !char.IsUpper(headline[0])
            || Words(headline) < (weekday ? MinHeadlineWordsAfterAWeekday : MinHeadlineWords)
            || (((weekday && stop == 0) || afterALabel) && AgeTokenizer.ClockTimesOfTheDay(headline) > 0))
        {
            // Without its stop, a weekday's or a label's date before a title that tells a time is a header's, a fixture's or
            // an event's day: "Friday, July 19, 2013 As of 6:47 AM EDT", "FECHA: 23 de enero de 2026 HORA COMIENZO: 20:45".
            return false;
        }

        found = InLine(line, date, start, end - start);
        return true;
    }

    /// <summary>
    /// A date with its year between a teaser's headline, its section's name perhaps closing it, and the teaser's lead,
    /// in a listing run into one line ("Red Squirrel Week 2024 1st October 2024 As the species champion ...", "4 feux
    /// dont un suspect en 4 jours pour débuter 2026 à Laval Faits divers 4 janvier 2026 Le début ..."), or between a
    /// title, a byline or a blog's chrome and a headline on a shorter one ("Press Release September 16, 2020 Restart of
    /// Bus Service Delayed", "Eugene Mulero | Senior Reporter December 8, 2020 Government, ...", "Nombre total de pages
    /// vues dimanche 24 mars 2013 Nouvelle passion"), the lead closed by its stop or not ("Preview This Week's Issue
    /// November 30, 2022 Santa came down Main Street in Orono this past Saturday."): the headline is a title as before
    /// a closing date, digits and all, so a sentence's or a range's date is none ("... a voté le 12 mars 2024 Le maire
    /// ...", "... will meet again from 12 March 2024 The agenda ..."); a weekday opens the date as before a headline.
    /// </summary>
    private bool TryFindDateBetweenTitleAndLead(string line, out AgeInLine found)
    {
        found = default;
        for (var space = line.IndexOf(' '); space > 0; space = line.IndexOf(' ', space + 1))
        {
            var next = WordAt(line, space + 1);
            if (next.IsEmpty || !(char.IsAsciiDigit(next[0]) || IsMonthName(next.TrimEnd(".,")) || IsWeekday(next.TrimEnd(".,"))))
            {
                continue;
            }

            if (IsTitle(line.AsSpan(0, space).TrimEnd(), withDigits: true)
                && TryFindDateBeforeHeadline(line[(space + 1)..], out var dated) && dated.Start == 0)
            {
                found = dated with { Start = space + 1 };
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Where the date stands after the writer's name opening the line and a spaced dash ("Hajar Toufik - 30 septembre
    /// 2024L’Arabie saoudite triomphe ..."); 0 where none stands so.
    /// </summary>
    private int WriterBeforeADash(string line, int start) =>
        AfterWritersName(line.AsSpan(start), word => word is [var dash] && AgeTokenizer.IsDash(dash)) is >= 0 and var dash
        && start + dash + 2 < line.Length
            ? start + dash + 2
            : 0;

    /// <summary>
    /// Where the number or the month of a date stands after a label of one to three words closed by a colon opening the
    /// line ("Dagelijks archief: 1 april 2012", "Date: 6/29/20"); 0 where none stands so.
    /// </summary>
    private int LabelBeforeItsDate(string line, int start)
    {
        var colon = line.IndexOf(':', start);
        if (colon < 0 || !IsSpaceJoinedLabel(line.AsSpan(start, colon + 1 - start)))
        {
            return 0;
        }

        var date = line.AsSpan(colon + 1).IndexOfAnyExcept(' ') is var gap and >= 0 ? colon + 1 + gap : -1;
        return date > 0 && (char.IsAsciiDigit(line[date]) || IsMonthName(WordAt(line, date).TrimEnd(".,"))) ? date : 0;
    }

    /// <summary>
    /// Where the number of a date or a relative age stands after a capitalised word of letters alone opening the line,
    /// no weekday's or month's name and no word of the age grammar ("At 06:53 09/17/1999 ..."): a section's ("Policiales
    /// 15/02/2026 La Policía ...", "Seguridad 3 días ago Un fallecido ..."); 0 where none stands so.
    /// </summary>
    private int SectionBeforeItsDate(string line, int start)
    {
        var word = WordAt(line, start);
        var after = start + word.Length;
        return word.Length > 1 && char.IsUpper(word[0]) && IsWordOfLetters(word) && !IsWeekday(word) && !IsMonthName(word) && !IsAgeWord(word)
            && after + 1 < line.Length && line[after] == ' ' && char.IsAsciiDigit(line[after + 1])
            ? after + 1
            : 0;
    }

    /// <summary>
    /// A relative age closing a sentence after an update label, a byline word and the name of who made the change, a
    /// forum topic's summary: "This topic contains 0 replies, has 1 voice, and was last updated by  James 3 weeks ago.",
    /// "... et a été mis à jour pour la dernière fois par rocky, le il y a 5 années et 8 mois."; or between the label and
    /// the byline word, the name closing the sentence: "This topic has 4 replies, 2 voices, and was last updated 1 year ago
    /// by Kenny.".
    /// </summary>
    private bool TryFindAfterTheUpdater(string line, int stop, out AgeInLine found)
    {
        found = default;
        foreach (var words in _languages)
        {
            var update = words.UpdateLabels.NextPlaceIn(line, 0);
            var by = update < 0 ? -1 : words.BylineWords.NextPlaceIn(line, update + 1);
            if (by < 0)
            {
                continue;
            }

            // One to three words of the name after the byline word close the sentence: the age stands before them.
            if (Words(line.AsSpan(by + 1, stop - by - 1)) - 1 is > 0 and <= MaxWriterNameWords && TryFindBeforeTheUpdater(line, update, by, out found))
            {
                return true;
            }

            // The age opens after the byline word and one to three words of the name.
            var space = line.IndexOf(' ', by + 1);
            for (var name = 0; name < MaxWriterNameWords && space > 0 && space < stop; name++)
            {
                space = line.IndexOf(' ', space + 1, stop - space - 1);
                var age = space < 0 ? [] : line.AsSpan(space + 1, stop - space - 1);
                if (!age.IsEmpty && !age.StartsWith(' ') && TryParse(age, out var read, out var bounds) && bounds.Start == 0 && bounds.Length == age.Length
                    && CompanionDate.Unzoned(read) is RelativeAge)
                {
                    found = InLine(line, read, space + 1, age.Length);
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>A relative age closing the words from an update label to a byline word.</summary>
    private bool TryFindBeforeTheUpdater(string line, int update, int by, out AgeInLine found)
    {
        found = default;
        for (var space = update; space >= 0 && space < by; space = line.IndexOf(' ', space + 1))
        {
            var age = line.AsSpan(space + 1, by - space - 1);
            if (TryParse(age, out var read, out var bounds) && bounds.Start + bounds.Length == age.Length && CompanionDate.Unzoned(read) is RelativeAge)
            {
                found = InLine(line, read, space + 1 + bounds.Start, bounds.Length);
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A date with its four-digit year opening the line with its day, its month or its label, then one to three words that
    /// are no age: a list entry's category, its writer, a count or a link ("26. Jan 2022 Aktuelles", "November 21, 2022
    /// Jules", "10. Oktober 2021 0", "5. Juli 2018 read more", "16.03.2018 Lusa", "Posted on November 1, 2012 Comments (0)",
    /// "Mise à jour 06/10/2025 Marketing"). The words hold no clock, no date, no year
    /// and at most one number, and a tilde opens a span ("2018.04.05 ~ OPEN RUN"). The clock's own meridiem or zone is no
    /// label: "June 3, 2021 at 5:32 pm Reply" is read to its "pm". A byline word whose name the page left empty may open the
    /// line before a capitalised label ("By December 30, 2014 News", "By november 16, 2017 8:34 am Read More →"); before
    /// small words the date is a deadline's ("By May 1, 2020 applications close").
    /// </summary>
    private bool TryFindBeforeAShortLabel(string line, out AgeInLine found)
    {
        var byline = WordAt(line, 0);
        if (!IsBylineWord(byline))
        {
            return TryFindBeforeAShortLabel(line, 0, out found);
        }

        if (TryFindBeforeAShortLabel(line, byline.Length + 1, out found)
            && line.AsSpan(found.Start + found.Length).TrimStart() is [var label, ..] && char.IsUpper(label))
        {
            return true;
        }

        found = default;
        return false;
    }

    private bool TryFindBeforeAShortLabel(string line, int start, out AgeInLine found)
    {
        found = default;
        if (start >= line.Length || !(char.IsAsciiDigit(line[start]) || IsMonthName(WordAt(line, start).TrimEnd(".,"))
            || (start == 0 && StartsWithLabel(line, LabelKind.Any))))
        {
            return false;
        }

        // The date is the shortest opening that reads as one, so that nothing of the label is taken into it.
        for (var end = NextStampEnd(line.AsSpan(start), 0); end > 0; end = NextStampEnd(line.AsSpan(start), end))
        {
            var label = line.AsSpan(start + end).Trim();
            var dated = line.AsSpan(start, end).TrimEnd();
            if (IsShortLabel(label) && TryParse(dated, out var age, out var bounds) && bounds.Start == 0 && bounds.Length == dated.Length
                && CompanionDate.Unzoned(age) is CalendarDateAge { Year: not null } date && FourDigitNumbers(dated) > 0
                && !(date.Clock is not null && OpensWithTheClocksWord(label)))
            {
                found = InLine(line, age, start, dated.Length);
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Where a stamp opening <paramref name="text"/> may end after <paramref name="from"/>, a label after it: at a space, or
    /// where a button's capitalised word is glued to the clock's meridiem ("2:00 PMTags", "7:37 pmNo Comment"); -1 past the
    /// last.
    /// </summary>
    private int NextStampEnd(ReadOnlySpan<char> text, int from)
    {
        for (var i = from + 1; i + 1 < text.Length; i++)
        {
            if (text[i] == ' ' || (char.IsUpper(text[i]) && char.IsLower(text[i + 1]) && EndsWithItsMeridiem(text[..i])))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether a text closes with a clock's meridiem, after a space or the clock's last digit: "2:00 PM", "7:37pm".</summary>
    private bool EndsWithItsMeridiem(ReadOnlySpan<char> text)
    {
        var word = text.LastIndexOfAnyExcept(MeridiemCharacters);
        return word >= 0 && (text[word] == ' ' || char.IsAsciiDigit(text[word]))
            && IsMeridiemWithItsStops(text[(word + 1)..]);
    }

    /// <summary>
    /// A comment's stamp to the minute after its writer's name, a short label after it: "Ben — May 16, 2026 @ 3:23 pm
    /// Reply", "Nathalie — December 16, 2021 @ 7:40 am Reply". The parts before the date are short, and the rest of the line
    /// does not read whole ("am 29. Mai 2017, 14:14 Uhr" keeps its "Uhr"). A date without its clock is read so when the line
    /// holds no clock and the name reads as no age, a weekday opening the date no name ("Swantje Bernsmann 11/08/2020
    /// Feelings", "editor — March 11, 2020 add comment"; not "Tuesday, January 15, 2008 Weather").
    /// </summary>
    private bool TryFindStampAfterANameBeforeAShortLabel(string line, List<(int Start, int End)> parts, out AgeInLine found)
    {
        for (var first = 1; first < parts.Count; first++)
        {
            var start = line.Length - line.AsSpan(parts[first].Start).TrimStart().Length;
            if (OthersAreShort(line, parts, first, parts.Count) && TryFindBeforeAShortLabel(line, start, out found)
                && CompanionDate.Unzoned(found.Age) is CalendarDateAge date && !TryParse(line.AsSpan(start), out _, out _)
                && (date.Clock is not null || (AgeTokenizer.ClockTimes(line) == 0 && !TryParse(line.AsSpan(0, start).TrimEnd(" ,;:-–—·|"), out _, out _))))
            {
                return true;
            }
        }

        found = default;
        return false;
    }

    /// <summary>
    /// A date with its four-digit year closing the line after a title of two words or more: a list entry's headline and
    /// its date ("Kurz Notiert in Lüdenscheid 9. Februar 2022", "Primavera feminista em Viena 01/10/2018").
    /// </summary>
    private bool TryFindAfterATitle(string line, out AgeInLine found)
    {
        found = default;
        var trimmed = line.AsSpan().TrimEnd();

        // The date is the longest closing that reads as one, of a few words at most.
        var start = trimmed.Length;
        for (var words = 0; words < MaxClosingDateWords && start > 0; words++)
        {
            start = trimmed[..start].TrimEnd().LastIndexOf(' ');
        }

        for (start = Math.Max(start, 0); start >= 0; start = trimmed[(start + 1)..].IndexOf(' ') is var next and >= 0 ? start + 1 + next : -1)
        {
            var title = trimmed[..start].TrimEnd();
            var dated = trimmed[(start + 1)..];
            if (!title.IsEmpty && IsTitle(title) && TryParse(dated, out var age, out var bounds) && bounds.Start == 0 && bounds.Length == dated.Length
                && CompanionDate.Unzoned(age) is CalendarDateAge { Year: not null } && FourDigitNumbers(dated) > 0)
            {
                found = InLine(line, age, start + 1, dated.Length);
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the words before a closing date are a title: they open with no lower-case letter, hold no word of a range,
    /// no digit unless a spaced dash or bar sets them apart from the date ("15 Baby Nursery Must Haves for Optimal Sleep -
    /// October 24, 2020"), and end in no stop, no small word in lower case or in capitals and no word of the grammar, with
    /// no bracket left open, so that a sentence, a range, a validity or a period's end before a date is none ("Du 2
    /// février au 30 avril 2026", "apotheek per 1 mei 2023", "el pasado 25 de diciembre de 2025", "... NON AUDITÉES AU 31
    /// MARS 2023", "(Supportende 10.05.2022 ...").
    /// </summary>
    private bool IsTitle(ReadOnlySpan<char> title, bool withDigits = false)
    {
        var last = title[(title.LastIndexOf(' ') + 1)..];
        return LetterWords(title) >= MinTitleWords && !char.IsLower(title[0]) && title[^1] is not ('.' or ':' or ',' or ';')
            && (withDigits || !title.ContainsAnyInRange('0', '9') || title is [.., ' ', '-' or '–' or '—' or '|'])
            && !(last.Length <= MaxSmallInnerWordLength && (IsLowerCaseWord(last) || (last.Length > 1 && IsWordInCapitals(last))))
            && !IsAgeWord(last)
            && !HasRangeWord(title) && title.Count('(') <= title.Count(')');
    }

    /// <summary>Whether the word is in capitals throughout: "AU", "CNW", "QUINTANAR".</summary>
    private static bool IsWordInCapitals(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>How many words of a text hold a letter.</summary>
    private static int LetterWords(ReadOnlySpan<char> text)
    {
        var words = 0;
        foreach (var range in text.Split(' '))
        {
            foreach (var c in text[range])
            {
                if (char.IsLetter(c))
                {
                    words++;
                    break;
                }
            }
        }

        return words;
    }

    private bool IsShortLabel(ReadOnlySpan<char> label) =>
        !label.IsEmpty && Words(label) <= MaxShortLabelWords && label[0] is not ('~' or '*') && !label.ContainsAny(':', '/')
        && Numbers(label) <= 1 && FourDigitNumbers(label) == 0 && !IsDateLikeNumber(label) && !TryParse(label, out _, out _);

    /// <summary>Whether a text holds digits joined by a full stop, a hyphen or a comma to more digits: a date, a clock or a score.</summary>
    private static bool IsDateLikeNumber(ReadOnlySpan<char> text)
    {
        for (var i = 1; i + 1 < text.Length; i++)
        {
            if (text[i] is '.' or '-' or ',' && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a spaced dash joins the two ends of one span: two dates ("October 2, 2025 – February 15, 2026", "Oct 24 -
    /// Nov 22", "10 de Agosto de 1912 - 6 de Agosto de 2001"), two weekdays or two clocks ("Mon – Fri: 8:00 AM – 5PM",
    /// "Tues 9am - 5:30pm PT"): an exhibition's run, an offer's validity, a life or opening hours, no item's age. A label
    /// after the dash makes the second a later stamp ("Published Oct 10, 2023 - [Updated Dec 3, 2025]").
    /// </summary>
    private bool IsSpan(string line)
    {
        for (var dash = line.AsSpan().IndexOfAny(SpanDashes); dash > 0; dash = NextSpanDash(line, dash))
        {
            var width = IsDoubleHyphen(line, dash) ? 2 : 1;
            if (dash + width + 1 >= line.Length || line[dash - 1] != ' ' || line[dash + width] != ' ')
            {
                continue;
            }

            var after = line.AsSpan(dash + width + 1).TrimStart("[(");
            if (StartsWithLabel(after, LabelKind.Any))
            {
                continue;
            }

            var seconds = AgesAtEnd(after, fromEnd: false);
            if (seconds.Count == 0)
            {
                continue;
            }

            foreach (var first in AgesAtEnd(line.AsSpan(0, dash - 1), fromEnd: true))
            {
                if (seconds.Exists(second => (first, second) is (CalendarDateAge, CalendarDateAge) or (ClockTimeAge, ClockTimeAge)
                    or (DayOfWeekAge { Clock: null }, DayOfWeekAge { Clock: null })))
                {
                    return true;
                }
            }

            if (OpensADaySpan(line.AsSpan(0, dash - 1), seconds))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the day alone before a span's dash is the first day of the date after it: first on the line, after a
    /// bracket or after another such day ("24 – 25 – 31 dicembre 2019", "(10 - 17 de marzo)"). After a word the number
    /// may be an issue's or a stage's ("Numero 14 - 21 settembre 1996", "Jour 1 – 21 août").
    /// </summary>
    private static bool OpensADaySpan(ReadOnlySpan<char> before, List<Age> seconds)
    {
        var space = before.LastIndexOf(' ');
        var word = before[(space + 1)..];
        var opening = word.StartsWith('(') || space < 0 || before[..space].TrimEnd() is [.., var last] && SpanDashes.Contains(last);
        return opening && int.TryParse(word.TrimStart('(').TrimEnd('.'), NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            && day >= 1 && seconds.Exists(second => second is CalendarDateAge date && char.IsAsciiDigit(date.Text[0]) && day < date.Day);
    }

    private static int NextSpanDash(string line, int dash) =>
        line.AsSpan(dash + 1).IndexOfAny(SpanDashes) is var next and >= 0 ? dash + 1 + next : -1;

    /// <summary>
    /// What the runs of one to six words (<see cref="MaxDateWords"/>, so "10 de Agosto de 1912" is one) at the end (or the
    /// start) of <paramref name="text"/> read as, without their zones; a colon or comma before or after a run is left out.
    /// </summary>
    private List<Age> AgesAtEnd(ReadOnlySpan<char> text, bool fromEnd)
    {
        text = text.Trim().Trim(",:;");
        var words = new List<Range>();
        foreach (var word in text.Split(' '))
        {
            words.Add(word);
        }

        var ages = new List<Age>();
        for (var count = 1; count <= Math.Min(MaxDateWords, words.Count); count++)
        {
            var piece = fromEnd ? text[words[^count].Start..] : text[..words[count - 1].End];
            if (TryParse(piece.Trim(",:;"), out var age, out _))
            {
                ages.Add(CompanionDate.Unzoned(age));
            }
        }

        return ages;
    }

    /// <summary>
    /// A line of sentences whose last one opens with a label and is the page's stamp, as a footer prints it: "© Copyright
    /// Ansible project contributors. Last updated on Mar 02, 2026.", "Originally published in March 2022. Last updated on
    /// December 20, 2024.".
    /// </summary>
    private bool TryFindInLastSentence(string line, out AgeInLine found)
    {
        found = default;
        for (var stop = line.IndexOf(". ", StringComparison.Ordinal); stop > 0; stop = line.IndexOf(". ", stop + 2, StringComparison.Ordinal))
        {
            var start = stop + 2;
            var last = line[start..];
            if (last.Length > 0 && char.IsUpper(last[0]) && StartsWithLabel(last, LabelKind.Any) && TryFindIn(last, out var stamp))
            {
                found = stamp with { Start = start + stamp.Start };
                return true;
            }
        }

        return false;
    }

    /// <summary>What stands between the guillemets that open and close the line, or null when they do not.</summary>
    private static Range? EnclosedInGuillemets(string line)
    {
        var trimmed = line.AsSpan().Trim();
        if (trimmed is not ['«', .. var inner, '»'] || inner.IsEmpty || inner.ContainsAny('«', '»'))
        {
            return null;
        }

        var start = line.IndexOf('«') + 1;
        return start..(start + inner.Length);
    }

    /// <summary>The age found in a part of the line, its start counted from the line's.</summary>
    private bool TryFindInPart(string line, Range part, out AgeInLine found)
    {
        var (start, _) = part.GetOffsetAndLength(line.Length);
        if (TryFindIn(line[part], out var inside))
        {
            found = inside with { Start = start + inside.Start };
            return true;
        }

        found = default;
        return false;
    }

    /// <summary>
    /// A line that is wholly a date or a relative age and a full stop after a word, a heading's or a stamp's stop rather
    /// than a sentence's: "01 de noviembre.", "Domingo 29 de abril.", "1 hour, 27 minutes ago." (after a number the stop
    /// is already left out: "March 8.").
    /// </summary>
    private bool TryParseClosedByAStop(string line, out AgeInLine found)
    {
        found = default;
        var trimmed = line.AsSpan().TrimEnd();
        if (trimmed is not [.., var last, '.'] || !char.IsLetter(last) || !TryParse(trimmed[..^1], out var age, out var bounds)
            || CompanionDate.Unzoned(age) is not (RelativeAge or CalendarDateAge) || IsSentenceFragment(trimmed[..^1], age))
        {
            return false;
        }

        found = InLine(line, age, bounds.Start, bounds.Length);
        return true;
    }

    /// <summary>
    /// An age that ends in itself closing a line after a sentence's stop, as a tweet, a post's title or a footer carries its
    /// stamp: "Wish me luck on my journey. 13 hours ago", "Gold and bronze in the horse dancing!!! 5 hours ago", "Tomorrow’s
    /// Recipes! Oct 26, 2012", "Robert McNeel &amp; Associates. 24-Nov-2021".
    /// </summary>
    private bool TryFindAfterLastSentence(string line, out AgeInLine found)
    {
        found = default;
        var trimmed = line.AsSpan().TrimEnd();
        for (var space = trimmed.LastIndexOf(' '); space > 0; space = trimmed[..space].LastIndexOf(' '))
        {
            var before = trimmed[..space].TrimEnd();
            if (before.Length > 0 && before[^1] is '.' or '!' or '?' or '…')
            {
                var start = space + 1;
                if (!TryParse(trimmed[start..], out var age, out var bounds) || !EndsInItself(age, relative: true))
                {
                    return false;
                }

                found = InLine(line, age, start + bounds.Start, bounds.Length);
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A date with its year printed again in numbers before the clock that closes the line, as a blog platform stamps its
    /// posts: "9 novembre 2015 1 09 /11 /novembre /2015 19:30" (the weekday's number, then day, month, the month's name and
    /// the year between slashes). Between the date and the clock stand only numbers, slashes, the year and month names.
    /// </summary>
    private bool TryFindRepeatedDate(string line, out AgeInLine found)
    {
        found = default;
        var trimmed = line.TrimEnd();
        var clockAt = trimmed.LastIndexOf(' ') + 1;
        if (clockAt == 0 || !TryParse(trimmed.AsSpan(clockAt), out var clock, out _) || clock is not ClockTimeAge)
        {
            return false;
        }

        for (var end = trimmed.IndexOf(' '); end > 0 && end < clockAt - 1; end = trimmed.IndexOf(' ', end + 1))
        {
            if (TryParse(trimmed.AsSpan(0, end), out var date, out _) && date is CalendarDateAge { Year: { } year, Clock: null }
                && RepeatsTheDate(trimmed.AsSpan(end, clockAt - end), year) && CompanionDate.Complete(date, clock) is { } stamped)
            {
                found = new AgeInLine(stamped, 0, trimmed.Length);
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A stamp printed twice, as a theme shows it once to the eye and once more to a screen reader or a second layout:
    /// "Byrdman Posted August 23, 2002 Posted August 23, 2002", "December 15, 2025 12:58 PM December 15, 2025 12:58 PM",
    /// "LELYSTAD • Zo 14 januari 2018 | 16:49 • Zondag 14 januari 2018 | 16:49". The line's end is a date with its year
    /// alone, and what stands before it holds the same day at the same clock.
    /// </summary>
    private bool TryFindRepeatedStamp(string line, out AgeInLine found, bool withCategories)
    {
        found = default;
        var trimmed = line.TrimEnd();
        if (Years(trimmed) < 2)
        {
            return false;
        }

        for (var space = trimmed.IndexOf(' '); space > 0; space = trimmed.IndexOf(' ', space + 1))
        {
            var again = trimmed.AsSpan(space + 1).TrimStart(RepeatedStampSeparators);
            if (again.IsEmpty || !TryParse(again, out var second, out var bounds) || bounds.Length != again.Length
                || CompanionDate.Unzoned(second) is not CalendarDateAge { Year: not null } secondDate)
            {
                continue;
            }

            var before = trimmed.AsSpan(0, space).TrimEnd(RepeatedStampSeparators).ToString();
            if (TryFindIn(before, out var first, withCategories) && CompanionDate.Unzoned(first.Age) is CalendarDateAge firstDate
                && (firstDate.Year, firstDate.Month, firstDate.Day, firstDate.Clock) == (secondDate.Year, secondDate.Month, secondDate.Day, secondDate.Clock))
            {
                found = first;
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Two dates printed with nothing between, the first one's year glued to the second, as a theme prints the published
    /// and the modified date ("3. April 20223. April 2022 by mady", "Veröffentlicht am 21. April 202121. April 2021 von
    /// Karina Meike", "February 28, 2025March 29, 2025 Cookies"): the later is the item's, the first where both are one.
    /// </summary>
    private bool TryFindGluedStamps(string line, out AgeInLine found, bool withCategories)
    {
        found = default;
        for (var year = 0; year + 5 <= line.Length; year++)
        {
            var split = year + 4;
            if ((year > 0 && char.IsAsciiDigit(line[year - 1])) || !(line.AsSpan(year).StartsWith("19") || line.AsSpan(year).StartsWith("20"))
                || line.AsSpan(year, 4).ContainsAnyExceptInRange('0', '9') || !char.IsLetterOrDigit(line[split]))
            {
                continue;
            }

            if (TryFindIn(line[..split], out var first, withCategories) && first.Start + first.Length == split
                && CompanionDate.Unzoned(first.Age) is CalendarDateAge { Year: { } firstYear } published
                && TryFindIn(line[split..], out var second, withCategories) && second.Start == 0
                && CompanionDate.Unzoned(second.Age) is CalendarDateAge { Year: { } secondYear } modified)
            {
                var later = (secondYear, modified.Month, modified.Day, modified.Clock).CompareTo((firstYear, published.Month, published.Day, published.Clock)) > 0;
                found = later ? second with { Start = split } : first;
                return true;
            }
        }

        return false;
    }

    private bool RepeatsTheDate(ReadOnlySpan<char> between, int year)
    {
        var yearAgain = false;
        foreach (var range in between.SplitAny(' ', '/'))
        {
            var word = between[range];
            if (int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                yearAgain |= number == year;
            }
            else if (!word.IsEmpty && !IsMonthName(word))
            {
                return false;
            }
        }

        return yearAgain;
    }

    /// <summary>
    /// A date with its year before the length, the post's number, the count of comments, of edits or of views that closes
    /// the line (<see cref="TrailingLength"/>, <see cref="PostNumber"/>, <see cref="CommentCount"/>, <see
    /// cref="EditCount"/>, <see cref="ViewCount"/>), or before a periodical's volume (<see cref="VolumeMark"/>); any age
    /// before a count of replies in parentheses (<see cref="CommentCount.RepliesStart"/>), before a reading time or a
    /// labelled length (<see cref="TrailingLength.DeclaredStart"/>) or before a count of comments in words ("Posted by
    /// Xyzzy Magic at 9:05 PM No comments:", "by hubertdavisfor3 3 months ago 0 comments"), which no age looks like; a
    /// relative age before a bare count (<see cref="CommentCount.BareStart"/>) when the count cannot be its smaller unit's:
    /// days or longer, or an "ago" word between ("4 hours ago 1", but not "il y a 2 heures 30").
    /// </summary>
    private bool TryFindBeforeALength(string line, out AgeInLine found)
    {
        if ((CommentCount.RepliesStart(line) is > 0 and var replies && TryFindIn(line[..replies], out found))
            || (TrailingLength.DeclaredStart(line) is > 0 and var declared && TryFindIn(line[..declared], out found))
            || (CommentCount.BareStart(line) is > 0 and var bare && TryFindIn(line[..bare], out found)
                && found.Start + found.Length == bare && CompanionDate.Unzoned(found.Age) is RelativeAge relative
                && (relative.Unit >= AgeUnit.Day || ClosesWithAgo(line.AsSpan(found.Start, found.Length)))))
        {
            return true;
        }

        found = default;
        var comments = CommentCount.Start(line);
        var length = Math.Max(
            Math.Max(TrailingLength.Start(line), PostNumber.Start(line)),
            Math.Max(Math.Max(comments, EditCount.Start(line)), Math.Max(ViewCount.Start(line), VolumeMark.Start(line))));
        var commentsInWords = comments > 0 && length == comments && line.AsSpan(comments).Trim().ContainsAnyExceptInRange('0', '9');
        return length > 0 && TryFindIn(line[..length], out found)
            && (CompanionDate.Unzoned(found.Age) is CalendarDateAge { Year: not null } || commentsInWords);
    }

    /// <summary>Whether the age's last word is an "ago": "4 hours ago", "3 semaines ago".</summary>
    private bool ClosesWithAgo(ReadOnlySpan<char> age) => InAnyLanguage(age[(age.LastIndexOf(' ') + 1)..], words => words.RelativeAfter);

    /// <summary>
    /// A labelled date with its year, and its clock if any, before the categories the post is filed in, however they are
    /// listed ("Posted by Hannah Hayes on October 31, 2012 in Dinner, Sarah Carey, Video", "Posted by Colin Watson on
    /// 2025-12-18 in debusine. Tags: ...", "Posted 9th August 2012, 5:28pm in News, by DIY News Desk"), also in a blog's
    /// sentence about its entry ("This entry was posted on Monday, May 31st, 2004 at 8:40 pm and is filed under ..."), or
    /// after its writer's name alone ("By Mike Sansone on October 24, 2012 in Conversations, Social Media", "Clyde Smith on
    /// 10/29/2012 in D.I.Y., Social Media | Permalink").
    /// </summary>
    private bool TryFindBeforeItsCategories(string line, out AgeInLine found)
    {
        found = default;
        foreach (var words in _languages)
        {
            for (var at = words.SectionWords.NextPlaceIn(line, 0); at > 0; at = words.SectionWords.NextPlaceIn(line, at + 1))
            {
                var dated = line.AsSpan(0, at);
                var article = WritersArticle(dated);
                if ((StartsWithLabel(dated, LabelKind.Any) || StartsWithLabel(dated, LabelKind.ChangeNotice) || article > 0)
                    && TryFindIn(line[..at], out found, withCategories: false) && found.Start + found.Length == at
                    && CompanionDate.Unzoned(found.Age) is CalendarDateAge { Year: not null }
                    && (article <= 0 || found.Start == article || found.Start == line.IndexOf(' ', article) + 1))
                {
                    return true;
                }
            }
        }

        found = default;
        return false;
    }

    /// <summary>
    /// Where the article bringing in a post's date stands after the writer's name opening <paramref name="text"/>: "By Mike
    /// Sansone on ...", "Clyde Smith on ..."; -1 where the text opens otherwise.
    /// </summary>
    private int WritersArticle(ReadOnlySpan<char> text) => AfterWritersName(text, IsArticle);

    /// <summary>
    /// Where the word that <paramref name="closes"/> stands after the writer's name opening <paramref name="text"/> (two
    /// or three capitalised words, a byline word before them or not); -1 where the text opens otherwise.
    /// </summary>
    private int AfterWritersName(ReadOnlySpan<char> text, Func<ReadOnlySpan<char>, bool> closes)
    {
        var names = 0;
        var at = 0;
        foreach (var range in text.Split(' '))
        {
            var word = text[range];
            if (names >= 2 && closes(word))
            {
                return at;
            }

            if (IsNameWord(word) && names < MaxWriterNameWords)
            {
                names++;
            }
            else if (at > 0 || !IsBylineWord(word))
            {
                return -1;
            }

            at = range.End.Value + 1;
        }

        return -1;
    }

    /// <summary>
    /// The time of a wiki comment, after its writer's link to a talk page, the comment's words before it and a reply link,
    /// bracketed or not, glued after it left out ("+1 / meine volle Zustimmung -- Brücke (Diskussion) 18:00, 29. Jun.
    /// 2014 (CEST)", "Melsaran (overleg) 9 jul 2007 22:34 (CEST)Reageren", "Beaming (talk)00:30, 7 September 2017",
    /// "Howard the Duck (talk) 21:21, 1 September 2021 (UTC)[reply]").
    /// </summary>
    private bool TryFindAfterASignature(string line, out AgeInLine found)
    {
        found = default;
        foreach (var words in _languages)
        {
            var after = words.SignatureLinks.AfterLastBracketedIn(line);
            if (after < 0)
            {
                continue;
            }

            var stamp = line.AsSpan(after).TrimEnd();
            if (stamp.LastIndexOf(')') is var close and > 0 && close < stamp.Length - 1 && IsWordOfLetters(stamp[(close + 1)..].Trim("[]")))
            {
                stamp = stamp[..(close + 1)];
            }

            var start = after + (stamp.Length - stamp.TrimStart().Length);
            var text = stamp.Trim().ToString();
            // The parse may stop before the bracket that closes its zone: "29. Jun. 2014 (CEST)".
            if (text.Length > 0 && TryParse(text, out var age, out var bounds) && bounds.Start == 0
                && text.AsSpan(bounds.Length).Trim() is [] or [')']
                && CompanionDate.Unzoned(age) is CalendarDateAge { Year: not null, Clock: not null })
            {
                found = InLine(line, age, start, text.Length);
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A stamp with its year and its clock, or a date with its year that a colon labels, before the next field of a post's
    /// header, whatever the field holds: a label of one or two words opened by a capital and closed by a colon, no label
    /// of a time ("Posted: Wed Feb 02, 2005 10:08 pm Post subject: Wot R ur specs?", "Verfasst am: Sa Jul 01, 2006 2:41 pm
    /// Titel: |", "Datum | 06.06.2007 10:33 MSG-Nr: [ 407472 ]", "Date Published: 16/04/2021 Category: Covid-19"). The
    /// clock's meridiem opens no label: "February 26, 2016 @ 3:29 PM by: Richard" is read to its "PM".
    /// </summary>
    private bool TryFindBeforeAField(string line, out AgeInLine found)
    {
        for (var colon = line.IndexOf(':'); colon > 0; colon = line.IndexOf(':', colon + 1))
        {
            if (FieldLabelStart(line, colon) is var field and > 0 && line.AsSpan(0, field).ContainsAnyInRange('0', '9')
                && !StartsWithLabel(line.AsSpan(field), LabelKind.Any)
                && line[..field].TrimEnd() is var stamp && TryFindIn(stamp, out found, withCategories: false)
                && found.Start + found.Length == stamp.Length && CompanionDate.Unzoned(found.Age) is CalendarDateAge { Year: not null } date
                && (date.Clock is not null || IsLabelledByAColon(stamp, found)))
            {
                return true;
            }
        }

        found = default;
        return false;
    }

    /// <summary>Whether a colon closes the text right before the age found, or the age's own text: "Date Published: 16/04/2021".</summary>
    private static bool IsLabelledByAColon(string stamp, AgeInLine found) =>
        stamp.AsSpan(0, found.Start).TrimEnd().EndsWith(':') || stamp.AsSpan(found.Start, found.Length).Contains(':');

    /// <summary>
    /// Where the label that the colon at <paramref name="colon"/> closes starts after a space: one word opened by a capital
    /// ("Titel:", "MSG-Nr:"), no zone, or a capitalised word and a lower-case one ("Post subject:"); -1 where none stands.
    /// </summary>
    private int FieldLabelStart(string line, int colon)
    {
        if (colon + 1 < line.Length && line[colon + 1] != ' ')
        {
            return -1;
        }

        // A bar glued to the label sets it apart as a space does: "11:24 PM CST|Updated: 19 minutes ago".
        var last = WordBefore(line, colon);
        last = last[(AgeTokenizer.LastSeparatorMark(last) + 1)..];
        var start = colon - last.Length;
        if (last.IsEmpty || start < 2 || !char.IsLetter(last[0]) || IsMeridiemWithItsStops(last))
        {
            return -1;
        }

        if (char.IsUpper(last[0]))
        {
            // A zone closes the stamp: "at 11:47 AM PST: KEP-4671 Add docs".
            return ZoneDesignators.Table.HoldsWord(last) ? -1 : start;
        }

        var first = WordBefore(line, start - 1);
        var firstStart = start - 1 - first.Length;
        return first is [var initial, ..] && char.IsUpper(initial) && firstStart >= 2 && IsLowerCaseWord(last) && !IsMeridiemWithItsStops(first) ? firstStart : -1;
    }

    /// <summary>Whether the text is one word of letters alone: a reply link glued after a signature's time ("Reageren").</summary>
    private static bool IsWordOfLetters(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return !text.IsEmpty;
    }

    /// <summary>Whether the text is letters joined by hyphens or apostrophes: "l'association", "Vorstands-Sitzung".</summary>
    private static bool IsWordOfJoinedLetters(ReadOnlySpan<char> text)
    {
        foreach (var piece in text.SplitAny("-'’"))
        {
            if (!IsWordOfLetters(text[piece]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A bulletin's or a digest's title closed by the day it is of: a word naming news among its first four, at most three
    /// words more, and the date ("Het Nieuws Vandaag: 24-04-2025", "Les infos mercato du mercredi 11 janvier", "Latest
    /// Transfer News &amp; Rumours 13 April 2021", "TV Oost Nieuws van vrijdag 5/10/2018", "Dinsdag Eilanden-Nieuws 18 juli
    /// 2017"), the word closing a compound ("Radionieuws van maandag 9 september"), a full stop closing the title ("Dit is het
    /// nieuws van dinsdag 8 maart.").
    /// </summary>
    private bool TryFindBulletinDay(string line, out AgeInLine found)
    {
        found = default;
        var words = 0;
        var after = -1;
        for (var i = 0; i < line.Length && words < MaxBulletinWordsAround; i += WordAt(line, i).Length + 1)
        {
            if (after >= 0 && TryParse(line.AsSpan(i).TrimEnd('.'), out var age, out var bounds) && CompanionDate.Unzoned(age) is CalendarDateAge)
            {
                found = InLine(line, age, i + bounds.Start, bounds.Length);
                return true;
            }

            var word = WordAt(line, i);
            if (after < 0 && IsBulletinWord(word[(word.LastIndexOf('-') + 1)..].Trim(":,")))
            {
                after = i;
                words = 0;
            }
            else
            {
                words++;
            }
        }

        return false;
    }

    /// <summary>
    /// A press cutting's caption: a word naming an article among the line's first three, a word of its printing right
    /// after it, and the one date after them, the paper's day, wherever it stands ("Article paru dans le Ouest-France du 6
    /// avril.", "Voici un article paru le 14 juin dans Ouest-France :", "Articolo comparso sul quotidiano “La Stampa” del 1
    /// Maggio"); an article's number is no printing ("Article 12 du décret du 3 mars 2015").
    /// </summary>
    private bool TryFindPressCutting(string line, out AgeInLine found)
    {
        found = default;
        var i = 0;
        for (var words = 0; !InAnyLanguage(WordAt(line, i), vocabulary => vocabulary.PressArticleWords); words++)
        {
            if (words == MaxWordsBeforeArticle || (i += WordAt(line, i).Length + 1) >= line.Length)
            {
                return false;
            }
        }

        i += WordAt(line, i).Length + 1;
        if (!InAnyLanguage(WordAt(line, i), vocabulary => vocabulary.PrintingWords))
        {
            return false;
        }

        for (var next = i; i < line.Length; i = next)
        {
            next = i + WordAt(line, i).Length + 1;
            if (LongestDateAt(line, i) is not ({ } date, var length))
            {
                continue;
            }

            if (found.Age is not null)
            {
                found = default;
                return false;
            }

            found = InLine(line, date, i, length);
            next = i + length + 1;
        }

        return found.Age is not null;
    }

    /// <summary>The longest date of up to <see cref="MaxStampWords"/> words that starts at <paramref name="start"/>, its stops and commas left out.</summary>
    private (Age? Date, int Length) LongestDateAt(string line, int start)
    {
        var longest = (Date: (Age?)null, Length: 0);
        var end = start;
        for (var words = 0; words < MaxStampWords && end < line.Length; words++)
        {
            end = line.IndexOf(' ', end + 1) is var space and >= 0 ? space : line.Length;
            var text = line.AsSpan(start, end - start).TrimEnd(".,:;");
            if (TryParse(text, out var age, out _) && CompanionDate.Unzoned(age) is CalendarDateAge)
            {
                longest = (age, text.Length);
            }
        }

        return longest;
    }

    /// <summary>
    /// A line closed by a relative age or a date with its year in parentheses: a listing's title of any length before it
    /// ("The Classy Way To Get Media Coverage For Your Startup (8 hours ago)", "Haroué : repas au profit du Téléthon (24
    /// octobre 2025)"), or a dated time the age repeats, which is the finer ("Date   : 2022-07-21 19:16 UTC (3 hours
    /// ago)"); a clock alone leaves its day to guess, the age does not ("6:00 AM (16 minutes ago)"), and a date with its
    /// year is as fine as an age in days and finer than one in years ("Actualizado: 23 agosto, 2005 (hace 19 años)").
    /// </summary>
    private bool TryFindBeforeItsAge(string line, out AgeInLine found)
    {
        found = default;
        var trimmed = line.AsSpan().TrimEnd();
        var open = trimmed.LastIndexOf('(');
        if (open < 1 || trimmed[^1] != ')' || line[open - 1] != ' '
            || !TryParse(trimmed[(open + 1)..^1], out var age, out var inner) || CompanionDate.Unzoned(age) is not (RelativeAge or CalendarDateAge { Year: not null }))
        {
            return false;
        }

        if (TryFindIn(line[..open].TrimEnd(), out found))
        {
            if (age is not RelativeAge)
            {
                // "04 Mar 2022 06:23PM (Updated: 04 Mar 2022 06:27PM)": two stamps, no title, which the update rule reads.
                found = default;
                return false;
            }

            if (CompanionDate.Unzoned(found.Age) is CalendarDateAge { Year: not null, Clock: not null } or DayAge { Clock: not null }
                || (CompanionDate.Unzoned(found.Age) is CalendarDateAge { Year: not null } && CompanionDate.Unzoned(age) is RelativeAge { Unit: >= AgeUnit.Day }))
            {
                return true;
            }
        }

        found = new AgeInLine(age, open + 1 + inner.Start, inner.Length);
        return true;
    }

    /// <summary>
    /// Whether a text that opens in lower case with an article holds a date without its year: a piece of a sentence ("on
    /// Friday, 21 March", "on Tuesday, March 10, at 7 p.m.", "el domingo 19 de octubre"), where a label's date so brought
    /// in prints its year ("on Thu, Nov 9, 2023 at 4:00 am", "le 07 Mai 2020").
    /// </summary>
    private bool IsSentenceFragment(ReadOnlySpan<char> text, Age age)
    {
        text = text.TrimStart();
        return OpensWithArticle(text) && char.IsLower(text[0]) && CompanionDate.Unzoned(age) is CalendarDateAge { Year: null };
    }

    /// <summary>
    /// The age found at <paramref name="start"/>, its text keeping the full stop of a meridiem that ends it ("at 5:57
    /// p.m.") and the parenthesis closing its zone ("22:34 (CEST)"), which the grammar reads without.
    /// </summary>
    private static AgeInLine InLine(string line, Age age, int start, int length)
    {
        var end = start + length;
        var text = line.AsSpan(start, length);
        var meridiemStop = end < line.Length && line[end] == '.' && AgeTokenizer.EndsWithDottedMeridiem(text);
        var closingZone = end < line.Length && line[end] == ')' && text.Count('(') > text.Count(')');
        return new AgeInLine(age, start, meridiemStop || closingZone ? length + 1 : length);
    }

    /// <summary>
    /// A clock, a dated day or a weekday with its clock opening a ticker line (labelled or not), a spaced dash, a bar or a
    /// colon after it, and the headline, however long, sentence or not: "23:45 - Gasperini non nasconde la delusione ...",
    /// "14:01 Uhr | Bei Groß Jamno: ...", "17-11-2020: Maatregelen blijven nodig ...", "Update, 22.16 Uhr - Dritte
    /// Evakuierungsmaschine ...", "Saturday 10:30 am - There is a power outage ...", "[17h49] BTW: Mainz hat sich ...",
    /// "+++22.25 Uhr+++ Damit verabschieden wir uns ...", "(Updated 7:00 p.m.) Interstate Bridge crash now cleared ...",
    /// "(LiVa, 28.11.2025) In den kommenden Jahren ..." (<see cref="IsBracketedStamp"/>).
    /// What follows is no headline when it starts with a number other than a count ("16:04 - 17:00 Uhr" is a programme
    /// slot; "21.15: 20 Minuten ohne neues Gerücht ..." a headline) or a label (an updated time), nor when it is an age
    /// itself, the stamp's clock ("Tg news 21 dicembre 2023 - ore 19:45"), nor when the line shows another clock; a
    /// relative age there is an anniversary ("Vor 50 Jahren: Attentat auf Dutschke").
    /// </summary>
    private bool TryFindTickerStamp(string line, out AgeInLine found, int maxStampLength = int.MaxValue)
    {
        found = default;
        var from = line.AsSpan().IndexOfAnyExcept('+');
        var stop = from >= 0 && line.AsSpan(from).IndexOfAny(TickerStops) is var first and >= 0 ? from + first : -1;
        while (stop > 0 && stop + 2 < line.Length && stop <= maxStampLength && !IsTickerStop(line, stop))
        {
            stop = line.AsSpan(stop + 1).IndexOfAny(TickerStops) is var next and >= 0 ? stop + 1 + next : -1;
        }

        // A stamp's clock or date has digits; a sentence's colon after words has none before it.
        if (stop <= 0 || stop + 2 >= line.Length || stop > maxStampLength || !line.AsSpan(0, stop).ContainsAnyInRange('0', '9'))
        {
            return false;
        }

        var headline = line.AsSpan(stop + 1).TrimStart(" -–—−|:+");
        if (headline.IsEmpty || (char.IsDigit(headline[0]) && !OpensWithACount(headline)) || AgeTokenizer.ClockTimesOfTheDay(line) > 1
            || StartsWithLabel(headline, LabelKind.Any)
            || TryParse(headline, out _))
        {
            return false;
        }

        // The full stop before a dash is the stop's, not the stamp's: "(2012-06-14).- Mañana ...".
        return (TryFindIn(line[..(IsFullStopAndDash(line, stop) ? stop - 1 : stop)], out found)
                && CompanionDate.Unzoned(found.Age) is ClockTimeAge or CalendarDateAge { Year: not null }
                    or CalendarDateAge { Clock: not null } or DayAge { Clock: not null } or DayOfWeekAge { Clock: not null })
            || TryReadColonlessClock(line, stop, out found) || TryReadSpacedClock(line, stop, out found);
    }

    /// <summary>
    /// A ticker's stamp and its headline after a place's or a section's words and a spaced bar, no digit in them and no
    /// other bar in the line, which would make a row of cells: "Manabí | 20:12 Un guardia fue asesinado ...",
    /// "Memmingen/Unterallgäu | 11.07.2019: Der Busverkehr ...".
    /// </summary>
    private bool TryFindStampAfterAPlace(string line, out AgeInLine found)
    {
        found = default;
        var bar = line.IndexOf(" | ", StringComparison.Ordinal);
        var place = bar > 0 ? line.AsSpan(0, bar) : [];
        if (place.IsEmpty || place.ContainsAnyInRange('0', '9') || Words(place) > MaxSpaceJoinedLabelWords || line.IndexOf('|', bar + 3) >= 0)
        {
            return false;
        }

        var rest = line[(bar + 3)..];
        if (!TryFindTickerStamp(rest, out var stamp) && !TryFindClockBeforeHeadline(rest, out stamp))
        {
            return false;
        }

        found = stamp with { Start = stamp.Start + bar + 3 };
        return true;
    }

    /// <summary>
    /// A ticker's stamp that is a clock with its hour's word spaced ("16 h 04 : La #22 du United Autosports s'impose",
    /// "20 heures 45 : François Fillon votera ..."), which alone may be a length ("2 h 30").
    /// </summary>
    private bool TryReadSpacedClock(string line, int stop, out AgeInLine found)
    {
        found = default;
        var stamp = line.AsSpan(0, stop).TrimEnd();
        if (!TryParse(stamp, spacedClock: true, out var clock, out var bounds) || bounds != (0, stamp.Length))
        {
            return false;
        }

        found = InLine(line, clock, 0, stamp.Length);
        return true;
    }

    /// <summary>
    /// A ticker's stamp of four digits, a clock without its colon as British live pages print it ("0421 – Former Scottish
    /// First Minister loses his seat", "2340 – Transfers are still being announced"), before a spaced dash: never one that
    /// could be a year ("1958 – Nel blu dipinto di blu trionfa", "2024 - Pros & Cons"), so none from 10:00 to 20:59.
    /// </summary>
    private static bool TryReadColonlessClock(string line, int stop, out AgeInLine found)
    {
        found = default;
        var stamp = line.AsSpan(0, stop).TrimEnd();
        if (stamp.Length != AgeTokenizer.YearDigits || stamp.ContainsAnyExceptInRange('0', '9') || !IsSpacedDash(line, stop)
            || int.Parse(stamp, CultureInfo.InvariantCulture) is var digits && digits is >= MinYearLikeStamp and < MaxYearLikeStamp
            || digits / 100 > 23 || digits % 100 > 59)
        {
            return false;
        }

        found = InLine(line, new ClockTimeAge(stamp.ToString(), new TimeOnly(digits / 100, digits % 100)), 0, AgeTokenizer.YearDigits);
        return true;
    }

    /// <summary>
    /// A date with its year alone in brackets opening a paragraph, a bullet before it or none ("(16.10.2017) Das
    /// Elektrizitätswerk der Gemeinde ...", "(24/01/2026) Nesta minha busca ...", "* (31.10.2024) Vorschau auf 3 Wochen
    /// ..."): the paragraph's date, whatever the text after it holds; a bracket with other words is a caption's or a
    /// quote's ("(NO MESMO DIA, 24/01/2007) Muito se tem falado ...").
    /// </summary>
    private bool TryFindBracketedStamp(string line, out AgeInLine found)
    {
        found = default;
        var open = line.AsSpan().IndexOfAnyExcept("*•· ");
        var close = open >= 0 && line[open] == '(' ? line.IndexOf(')', open) : -1;
        if (close < 0 || close + 2 >= line.Length || line[close + 1] != ' ' || !char.IsUpper(line[close + 2])
            || !TryParse(line.AsSpan(open + 1, close - open - 1), out var stamp, out var bounds)
            || CompanionDate.Unzoned(stamp) is not CalendarDateAge { Year: not null })
        {
            return false;
        }

        found = InLine(line, stamp, open + 1 + bounds.Start, bounds.Length);
        return true;
    }

    /// <summary>
    /// A date written year first, then its day and its month's name, opening a line: a list's stamp, whatever words follow
    /// it ("2024 16 Apr circ. n.267 convocazione assemblea sindacale", "2025 28 Mar azioni di sciopero 4 aprile 2025 ..."),
    /// as prose never writes a date; a number after the month leaves the order in doubt ("2023 04 Set 2024").
    /// </summary>
    private bool TryFindYearFirstStamp(string line, out AgeInLine found)
    {
        found = default;
        if (line.Length <= AgeTokenizer.YearDigits + 1 || line.AsSpan(0, AgeTokenizer.YearDigits).ContainsAnyExceptInRange('0', '9') || line[AgeTokenizer.YearDigits] != ' ')
        {
            return false;
        }

        var day = line.AsSpan(AgeTokenizer.YearDigits + 1).IndexOfAnyExceptInRange('0', '9');
        var month = AgeTokenizer.YearDigits + 1 + day + 1;
        if (day is not (1 or 2) || month >= line.Length || line[month - 1] != ' ' || !char.IsLetter(line[month]))
        {
            return false;
        }

        var end = line.AsSpan(month).IndexOfAny(' ', '.') is var stop and >= 0 ? month + stop : line.Length;
        if (line.AsSpan(end).TrimStart(". ") is [var next, ..] && !char.IsLetter(next))
        {
            return false;
        }

        if (!TryParse(line.AsSpan(0, end), out var stamp, out var bounds) || bounds is not { Start: 0 } || bounds.Length != end
            || CompanionDate.Unzoned(stamp) is not CalendarDateAge { Year: not null })
        {
            return false;
        }

        found = InLine(line, stamp, 0, end);
        return true;
    }

    /// <summary>
    /// A headline opening with a count and a word before more words ("20 Minuten ohne neues Gerücht ...", "35 minutos de
    /// Viradouro na avenida").
    /// </summary>
    private static bool OpensWithACount(ReadOnlySpan<char> headline)
    {
        var count = headline.IndexOfAnyExceptInRange('0', '9');
        return count > 0 && count + 1 < headline.Length && headline[count] == ' ' && char.IsLetter(headline[count + 1])
            && headline[(count + 1)..].IndexOf(' ') > 0;
    }

    /// <summary>
    /// A clock alone opening a ticker line, its own word after it or before it or none, its headline joined by a space
    /// alone: a capitalised word and two more at least ("21:30 El PP exige la dimisión de José Manuel Franco", "13:39 Uhr
    /// Bei Unwettern der Stufe drei ...", "Ore 18.45 Genova, già 200 ..."), the line between a ticker's pluses or not
    /// ("+++ 06:05 RKI meldet 20.200 Neuinfektionen +++"). A word the clock reads with is no headline ("20:00 Uhr bei Sky
    /// Sport 1"), nor is a word or two, a programme's title; a clock closed by a full stop opens a sentence of a narrative
    /// ("22h11. Nous butons sur ...").
    /// </summary>
    private bool TryFindClockBeforeHeadline(string line, out AgeInLine found)
    {
        found = default;
        if (line.StartsWith(TickerPluses, StringComparison.Ordinal) && line.AsSpan().IndexOfAnyExcept("+ ") is var start and > 0)
        {
            // "+++ 06:05 RKI meldet 20.200 Neuinfektionen +++": a ticker's pluses around its line.
            if (!TryFindClockBeforeHeadline(line[start..].TrimEnd(' ', '+'), out var inside))
            {
                return false;
            }

            found = inside with { Start = start + inside.Start };
            return true;
        }

        var space = line.IndexOf(' ');
        if (space > 0 && IsClockConnector(line.AsSpan(0, space)))
        {
            // The clock's word before it: "Ore 18.45 Genova, già 200 gli interventi ...".
            space = line.IndexOf(' ', space + 1);
        }

        if (space <= 0 || !char.IsAsciiDigit(line[space - 1]) || AgeTokenizer.ClockTimesOfTheDay(line) != 1
            || !TryParse(line.AsSpan(0, space), out var clock, out var bounds) || clock is not ClockTimeAge)
        {
            return false;
        }

        var suffixEnd = line.IndexOf(' ', space + 1);
        if (suffixEnd > space + 1 && TryParse(line.AsSpan(0, suffixEnd).TrimEnd(",;:"), out var suffixed, out var suffixedBounds)
            && suffixed is ClockTimeAge)
        {
            // The clock's word after it, a comma after that word or none: "13:39 Uhr Bei Unwettern der Stufe drei warnt der
            // Wetterdienst ...", "18:00 Uhr, die Wahllokale schließen.".
            (space, clock, bounds) = (suffixEnd, suffixed, suffixedBounds);
        }

        var headline = line.AsSpan(space + 1);
        var nextSpace = headline.IndexOf(' ');
        if (!char.IsUpper(headline[0]) || nextSpace < 0 || Words(headline) < 3
            || TryParse(line.AsSpan(0, space + 1 + nextSpace), out _, out _))
        {
            return false;
        }

        found = InLine(line, clock, bounds.Start, bounds.Length);
        return true;
    }

    /// <summary>
    /// A wire item's dateline with its date (<see cref="OpeningDateline"/>) opening the line, or after a headline or a
    /// caption run into it when its place is in capitals ("President Aquino leaves for France MANILA, Nov. 30 -- President
    /// ...", "... non abbassare la guardia 1PERUGIA, 27 febbraio 2020  – Ridurre ..."). A place that reads as an age is no
    /// dateline's.
    /// </summary>
    private bool TryFindDateline(string line, out AgeInLine found)
    {
        if (TryFindDatelineAt(line, 0, out found))
        {
            return true;
        }

        // A run-in dateline's place opens with a word of three capitals at least, and a date's digit follows it.
        var lastDigit = line.AsSpan().LastIndexOfAnyInRange('0', '9');
        for (var at = line.IndexOf(' ') + 1; at > 0 && at + 2 < lastDigit; at++)
        {
            if (char.IsUpper(line[at]) && char.IsUpper(line[at + 1]) && char.IsUpper(line[at + 2]) && !char.IsLetter(line[at - 1])
                && TryFindDatelineAt(line, at, out found))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The date of a dateline opening at <paramref name="at"/>, run into a headline when that is past the line's start.</summary>
    private bool TryFindDatelineAt(string line, int at, out AgeInLine found)
    {
        found = default;
        if (OpeningDateline.Find(line, at) is not { Date.End.Value: > 0 } dateline || (at > 0 && !IsRunInDateline(line, dateline))
            || !TryParse(line.AsSpan()[dateline.Date], out var day, out var inDateline) || CompanionDate.Unzoned(day) is not CalendarDateAge
            || TryParse(line.AsSpan()[dateline.Place], out _, out _) || IsSpan(line))
        {
            return false;
        }

        found = InLine(line, day, dateline.Date.Start.Value + inDateline.Start, inDateline.Length);
        return true;
    }

    /// <summary>
    /// Whether a dateline run into a headline may be one: its place in capitals, a word of three letters at least first
    /// ("MANILA", "NEW YORK", not a meridiem's "AM"), and its text opening with a capital or a quotation, not an example's
    /// sentence going on ("... looks like this: NEW YORK, March 27, 2026 — followed immediately by ...").
    /// </summary>
    private static bool IsRunInDateline(string line, (Range Place, Range Date, int Text) dateline)
    {
        var place = line.AsSpan()[dateline.Place];
        foreach (var c in place)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        var first = place.IndexOfAny(' ', ',') is var end and > 0 ? place[..end] : place;
        return first.Length >= 3 && dateline.Text < line.Length
            && (char.IsUpper(line[dateline.Text]) || line[dateline.Text] is '"' or '“' or '«' or '‘');
    }

    /// <summary>
    /// A label of the item's time and a clock alone opening the line, its zone perhaps after it, then the item's text of
    /// three words at least in any case: "Atualizado às 10h41 Pelo menos 12 goianos de Rio Verde estavam no barco ...",
    /// "Updated at 3:35 p.m. PT with additional comments from Amit Singhal.". The line holds no other clock of a day.
    /// </summary>
    private bool TryFindLabelledClockBeforeText(string line, out AgeInLine found)
    {
        found = default;
        if (!StartsWithLabel(line, LabelKind.Any) || AgeTokenizer.ClockTimesOfTheDay(line) != 1)
        {
            return false;
        }

        // The stamp is the longest opening that reads, a clock and no date: "Updated 7:12 am PDT, Wednesday, May 6, 2020"
        // and "Posted at 8:43 PM, Apr 08, 2018" are the date's.
        var stampEnd = 0;
        for (var end = NextStampEnd(line, 0); end > 0; end = NextStampEnd(line, end))
        {
            if (TryParse(line.AsSpan(0, end).TrimEnd(",;"), out var age, out var bounds))
            {
                if (CompanionDate.Unzoned(age) is not ClockTimeAge)
                {
                    return false;
                }

                (found, stampEnd) = (InLine(line, age, bounds.Start, bounds.Length), end);
            }
        }

        var rest = line.AsSpan(stampEnd).TrimStart(" ,");
        return found.Age is not null && Words(rest) >= MinHeadlineWords && !TryParse(rest, out _, out _) && !OpensWithADate(rest);
    }

    /// <summary>
    /// A relative age of seconds, minutes or hours counted in digits opening a list's entry, its headline or a wire item's
    /// dateline after it joined by a space, a dash or a colon: a capitalised word or a quotation and two more words at
    /// least ("10 uur geleden ZALTBOMMEL (ANP) - Met een ...", "15 hours ago- Former Toronto Maple Leafs GM says ...",
    /// "Hace 22 horas: «Penguin Wars estará disponible ...»"); days, weeks or months with their "ago" after the count
    /// too ("2 days ago Southern Alberta Newspapers Castle Mountain Resort is opening ..."), and after a section's name
    /// ("Seguridad 3 días ago Un fallecido ..."). A headline opening with days or years before their count tells of an
    /// anniversary ("Vor 75 Jahren wurde Bonn Hauptstadt", "Hace 20 años Lidl prometía ..."), and a count glued to its
    /// unit a slot's hour ("14h: O Que Importa o Que Interessa x Desimpedidos;").
    /// </summary>
    private bool TryFindRecentAgeBeforeHeadline(string line, out AgeInLine found)
    {
        found = default;
        var count = line.AsSpan(0, Math.Min(line.Length, MaxRecentAgeLength)).IndexOfAnyInRange('0', '9');
        if (count < 0 || !char.IsLetterOrDigit(line[0]))
        {
            return false;
        }

        var (age, end, inLine) = LongestRecentAgeFrom(line, 0, count);
        if (age is null && SectionBeforeItsDate(line, 0) is > 0 and var section)
        {
            // A section's name may stand before it: "Seguridad 3 días ago Un fallecido tras colisión ...".
            (age, end, inLine) = LongestRecentAgeFrom(line, section, section);
            inLine.Start += section;
        }

        var headline = line.AsSpan(end).TrimStart(" :-–—");
        if (age is null || headline.IsEmpty || !(char.IsUpper(headline[0]) || headline[0] is '«' or '"' or '“' or '‘')
            || Words(headline) < MinHeadlineWords)
        {
            return false;
        }

        found = InLine(line, age, inLine.Start, inLine.Length);
        return true;
    }

    /// <summary>
    /// The longest recent age read from <paramref name="from"/> to a space, a colon or a dash after its count at
    /// <paramref name="count"/>: hours or less, or less than a year with its "ago" after it ("2 days ago").
    /// </summary>
    private (Age? Age, int End, (int Start, int Length) InLine) LongestRecentAgeFrom(string line, int from, int count)
    {
        var longest = ((Age?)null, 0, default((int Start, int Length)));
        for (var i = count + 1; i < line.Length && i - from <= MaxRecentAgeLength; i++)
        {
            if (char.IsLetterOrDigit(line[i - 1]) && (line[i] is ' ' or ':' || AgeTokenizer.IsDash(line[i]))
                && TryParse(line.AsSpan(from, i - from), out var read, out var bounds)
                && read is RelativeAge { Bound: AgeBound.Exactly } relative && line.AsSpan(from + bounds.Start, bounds.Length).Contains(' ')
                && (relative.Unit <= AgeUnit.Hour || (relative.Unit < AgeUnit.Year && ClosesWithAgo(line.AsSpan(from + bounds.Start, bounds.Length)))))
            {
                longest = (read, i, bounds);
            }
        }

        return longest;
    }

    /// <summary>
    /// A relative age of less than a year counted in digits with its "ago" closing a headline of three words or more
    /// where no other age reads and no sentence's stop after it, as a list of recent entries prints each one's age
    /// after its title: "Veel animo voetbalinstuif S.V. De Koog Sport 1 uur geleden", "... Says Party No Longer
    /// Opposition 4 days ago", "... feels the cold 9 months ago"; a label may bring the age in and a byline close the
    /// line ("Subscribe to News feed Updated: 1 hour 11 min ago", "Bullish Sentiment Hits 2014 High posted 1 day ago by
    /// Wayne Thorp"). A sentence closes with its stop ("We got the keys 48 hours ago."), and years ago in a headline
    /// tell of a past time ("London As It Was 100 Years Ago").
    /// </summary>
    private bool TryFindRecentAgeAfterHeadline(string line, out AgeInLine found)
    {
        found = default;
        var trimmed = line.AsSpan().TrimEnd();
        if (!trimmed.IsEmpty && BylineBeforeAName(line, trimmed.Length - 1) is > 0 and var byline)
        {
            // Its writer's name may close the line: "... Quicken 2015 for Mac posted 5 hours ago by Jaclyn McClellan".
            trimmed = trimmed[..byline].TrimEnd();
        }

        if (trimmed.IsEmpty || !char.IsLetter(trimmed[^1]) || !ClosesWithAgo(trimmed))
        {
            return false;
        }

        var (age, start, inLine) = ((Age?)null, 0, default((int Start, int Length)));
        for (var space = trimmed.LastIndexOf(' '); space > 0 && trimmed.Length - space <= MaxRecentAgeLength; space = trimmed[..space].LastIndexOf(' '))
        {
            if (TryParse(trimmed[(space + 1)..], out var read, out var bounds) && read is RelativeAge)
            {
                (age, start, inLine) = (read, space + 1, bounds);
            }
        }

        // The longest age read decides, and its count opens it: no qualifier stands before it ("about 4 weeks ago").
        var headline = trimmed[..start].TrimEnd();
        if (age is not RelativeAge { Unit: < AgeUnit.Year, Bound: AgeBound.Exactly }
            || !(char.IsAsciiDigit(trimmed[start + inLine.Start]) || StartsWithLabel(trimmed[(start + inLine.Start)..], LabelKind.Any))
            || headline.IsEmpty || !char.IsLetterOrDigit(headline[^1]) || Words(headline) < MinHeadlineWords)
        {
            return false;
        }

        found = InLine(line, age, start + inLine.Start, inLine.Length);
        return true;
    }

    /// <summary>
    /// A spaced dash or bar, a colon before a space (not a clock's), the bracket closing a stamp that opens the line
    /// ("[17h49] BTW: ...", "[19:32u] Opkomst 60%"), the pluses after a stamp ("+++ 22.25 Uhr +++ Damit ...") or the full
    /// stop and dash the Spanish-language press closes a date with ("29/12/2025.- El Poder Ejecutivo ...", "05 noviembre
    /// 2016.- En el marco ..."): where a ticker's stamp ends.
    /// </summary>
    private static bool IsTickerStop(string line, int i) => line[i] switch
    {
        ':' => line[i + 1] == ' ',
        ']' => line[i + 1] == ' ' && line.AsSpan().TrimStart().StartsWith('['),
        ')' => line[i + 1] == ' ' && line.AsSpan().TrimStart().StartsWith('(')
            && IsBracketedStamp(line.AsSpan(0, i).TrimStart().TrimStart('(')),
        '+' => line.AsSpan(i).StartsWith(TickerPluses),
        '-' when IsFullStopAndDash(line, i) => line[i + 1] == ' ',
        _ => IsSpacedDash(line, i),
    };

    /// <summary>
    /// Whether a bracket opening a ticker's line holds a stamp with its word ("(Updated 7:00 p.m.)", "(LiVa, 28.11.2025)"):
    /// digits and a letter, one word at most before the digits, not a time code alone ("(00:47)"), a source's name
    /// ("(prHWY.com)") or a caption's words ("(NO MESMO DIA, 24/01/2007)").
    /// </summary>
    private static bool IsBracketedStamp(ReadOnlySpan<char> inside) =>
        inside.IndexOfAnyInRange('0', '9') is var digit and >= 0 && !inside[..digit].Trim(" ,").Contains(' ')
        && inside.ContainsAnyExcept(NumericStampCharacters);

    /// <summary>Whether the dash at <paramref name="i"/> follows a full stop that closes a word or a number: "2016.-".</summary>
    private static bool IsFullStopAndDash(string line, int i) => line[i] == '-' && i > 1 && line[i - 1] == '.' && line[i - 2] != ' ';

    /// <summary>
    /// A line with two times or more is a published and an updated time side by side when one part, and one only,
    /// starts with an update label ("29/06/2015 09h40 - Atualizado em 29/06/2015 11h16", "Updated Nov. 19, 2019 8:21 am
    /// ET / Original Nov. 19, 2019 8:02 am ET"): the updated time is the item's, completed from the other's date.
    /// Any other line with two times (a programme slot, opening hours, a schedule) holds no age.
    /// </summary>
    private bool TryFindUpdate(string line, List<(int Start, int End)> parts, out AgeInLine found)
    {
        found = default;
        var update = SoleUpdatePart(line, parts);
        for (var end = parts.Count; update >= 0 && end > update; end--)
        {
            var start = parts[update].Start;
            var span = line.AsSpan(start, parts[end - 1].End - start);
            if (AgeTokenizer.ClockTimes(span) == 1 && TryParse(span, out var age, out var inner))
            {
                found = InLine(line, CompleteFromBeside(age, line, parts, update, end), start + inner.Start, inner.Length);
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A published and an updated date side by side, each with its year, one part and one only starting with an update
    /// label ("By Reid Bramblett | Published: Nov 24, 2025 | Updated: Dec 04, 2025", "Published Oct 10, 2023 - [Updated
    /// Dec 3, 2025]"): the updated date is the item's, as the updated time is where the line shows two clocks.
    /// </summary>
    private bool TryFindUpdatedDate(string line, List<(int Start, int End)> parts, out AgeInLine found)
    {
        found = default;
        var update = Years(line) < 2 ? -1 : SoleUpdatePart(line, parts);
        if (update < 0 || !TryParseDated(line, parts[update], out var updated, out var inner))
        {
            return false;
        }

        var published = 0;
        for (var i = 0; i < parts.Count; i++)
        {
            published += i != update && TryParseDated(line, parts[i], out _, out _) ? 1 : 0;
        }

        if (published != 1)
        {
            return false;
        }

        found = InLine(line, updated, parts[update].Start + inner.Start, inner.Length);
        return true;
    }

    /// <summary>
    /// A published stamp and an update told as a relative age ("Published: Nov. 15, 2022 at 11:24 PM CST|Updated: 19
    /// minutes ago"): the update is the later, the item's, as it is where both are dates.
    /// </summary>
    private bool TryFindRelativeUpdate(string line, List<(int Start, int End)> parts, out AgeInLine found)
    {
        found = default;
        var update = SoleUpdatePart(line, parts);
        if (update < 0 || !TryParse(line.AsSpan(parts[update].Start, parts[update].End - parts[update].Start), out var updated, out var inner)
            || CompanionDate.Unzoned(updated) is not (RelativeAge or JustNowAge))
        {
            return false;
        }

        found = InLine(line, updated, parts[update].Start + inner.Start, inner.Length);
        return true;
    }

    /// <summary>Whether a part of the line is a date with its year.</summary>
    private bool TryParseDated(string line, (int Start, int End) part, [NotNullWhen(true)] out Age? age, out (int Start, int Length) inner) =>
        TryParse(line.AsSpan(part.Start, part.End - part.Start), out age, out inner)
        && CompanionDate.Unzoned(age) is CalendarDateAge { Year: not null };

    /// <summary>The one part of the line that starts with an update label; -1 when none does, or several.</summary>
    private int SoleUpdatePart(string line, List<(int Start, int End)> parts)
    {
        var update = -1;
        for (var i = 0; i < parts.Count; i++)
        {
            if (StartsWithUpdateLabel(line.AsSpan(parts[i].Start, parts[i].End - parts[i].Start)))
            {
                if (update >= 0)
                {
                    return -1;
                }

                update = i;
            }
        }

        return update;
    }

    /// <summary>How many numbers of four digits, no more, a text shows: the years its dates print.</summary>
    private static int FourDigitNumbers(ReadOnlySpan<char> text) => Numbers(text, digits: 4);

    /// <summary>
    /// How many years a text holds: numbers of four digits, and two digits closing a numeric date ("5/26/20", "14.03.21").
    /// </summary>
    private static int Years(ReadOnlySpan<char> text)
    {
        var years = FourDigitNumbers(text);
        for (var i = 0; i + 2 <= text.Length; i++)
        {
            if (char.IsAsciiDigit(text[i]) && char.IsAsciiDigit(text[i + 1]) && (i + 2 == text.Length || !char.IsAsciiDigit(text[i + 2]))
                && ClosesANumericDate(text, i))
            {
                years++;
            }
        }

        return years;
    }

    /// <summary>
    /// Whether the run of digits at <paramref name="start"/> follows a day and a month of one or two digits each, joined by
    /// one separator: "5/26/" or "14.03.", not the month of "2020-05-".
    /// </summary>
    private static bool ClosesANumericDate(ReadOnlySpan<char> text, int start)
    {
        if (start < 4 || text[start - 1] is not ('/' or '.' or '-') || !char.IsAsciiDigit(text[start - 2]))
        {
            return false;
        }

        var separator = text[start - 1];
        var before = char.IsAsciiDigit(text[start - 3]) ? start - 4 : start - 3;
        return before >= 1 && text[before] == separator && char.IsAsciiDigit(text[before - 1]) && (before < 3 || !char.IsAsciiDigit(text[before - 3]));
    }

    /// <summary>How many runs of digits a text holds; with <paramref name="digits"/>, only the runs of that length.</summary>
    private static int Numbers(ReadOnlySpan<char> text, int digits = 0)
    {
        var count = 0;
        var run = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                run++;
                continue;
            }

            count += run > 0 && (digits == 0 || run == digits) ? 1 : 0;
            run = 0;
        }

        return count;
    }

    /// <summary><paramref name="age"/> completed from the first of the line's other parts that gives what it lacks.</summary>
    private Age CompleteFromBeside(Age age, string line, List<(int Start, int End)> parts, int first, int end)
    {
        if (!CompanionDate.Lacks(age))
        {
            return age;
        }

        foreach (var (from, to) in new[] { (0, first), (end, parts.Count) })
        {
            for (var length = to - from; length >= 1; length--)
            {
                for (var at = from; at + length <= to; at++)
                {
                    var start = parts[at].Start;
                    if (TryParse(line.AsSpan(start, parts[at + length - 1].End - start), out var beside, out _)
                        && CompanionDate.Complete(age, beside) is { } completed)
                    {
                        return completed;
                    }
                }
            }
        }

        var before = first > 0 ? line.AsSpan(parts[first - 1].Start, parts[first - 1].End - parts[first - 1].Start) : [];
        if (CompleteFromDayBefore(age, before) is { } dayed)
        {
            return dayed;
        }

        var after = end < parts.Count ? line.AsSpan(parts[end].Start, parts[end].End - parts[end].Start) : [];
        return CompanionDate.IsClockOrWeekdayAlone(age) ? CompleteFromLabelledDate(age, line, parts, first, end)
            : CompleteFromClockBefore(age, before) is { } stamped ? stamped
            : CompleteFromClockAfter(age, after) is { } clocked ? clocked
            : age;
    }

    /// <summary>
    /// A date with its year completed from the clock that opens the part right after it, a short label after the clock
    /// ("Aug. 1, 2014 - 12:45 PMComment", "23/09/2019 - 00:10 Interior"): a stamp's two halves set apart by a dash.
    /// </summary>
    private Age? CompleteFromClockAfter(Age age, ReadOnlySpan<char> after)
    {
        after = after.TrimStart();
        if (CompanionDate.Unzoned(age) is not CalendarDateAge { Year: not null, Clock: null })
        {
            return null;
        }

        for (var end = NextStampEnd(after, 0); end > 0; end = NextStampEnd(after, end))
        {
            var label = after[end..].Trim();
            if (IsShortLabel(label) && !OpensWithTheClocksWord(label) && TryParse(after[..end], out var clock, out var bounds)
                && bounds.Start == 0 && bounds.Length == end && clock is ClockTimeAge)
            {
                return CompanionDate.Complete(age, clock);
            }
        }

        return null;
    }

    /// <summary>
    /// A clock alone completed from the named day or the weekday that ends the part right before it, after a label or a
    /// name ("Online seit heute, 7.57 Uhr", "Folge von heute, 7:00 Uhr", "Por thrazz el Hoy, 20:21"), a part of the day
    /// after it or none ("ieri sera, 19:41", "giovedì pomeriggio, 12:19"): not today's clock.
    /// </summary>
    private Age? CompleteFromDayBefore(Age age, ReadOnlySpan<char> before)
    {
        before = before.TrimEnd();
        var word = before[(before.LastIndexOf(' ') + 1)..];
        if (InAnyLanguage(word, words => words.DayParts))
        {
            before = before[..^word.Length].TrimEnd();
            word = before[(before.LastIndexOf(' ') + 1)..];
        }

        return CompanionDate.Unzoned(age) is ClockTimeAge && TryParse(word, out var day, out _)
            && day is DayAge { Clock: null } or DayOfWeekAge { Clock: null } ? CompanionDate.Complete(age, day) : null;
    }

    /// <summary>
    /// A date alone completed from the clock that ends the part right before it, a name or a label before the clock, glued
    /// to it or not, as a wiki signs its talk ("Chase21:03, 29 September 2017", "Beaming (talk)00:30, 7 September 2017",
    /// "Revision as of 19:31, 9 February 2024"); not a clock that opens a range ("Inscription : 20:33").
    /// </summary>
    private Age? CompleteFromClockBefore(Age age, ReadOnlySpan<char> before)
    {
        before = before.TrimEnd();
        var digits = before.LastIndexOfAnyExcept(ClockCharacters) + 1;
        return CompanionDate.Unzoned(age) is CalendarDateAge { Clock: null } && digits > 0 && digits < before.Length && !HasRangeWord(before[..digits])
            && TryParse(before[digits..], out var clock, out _) && clock is ClockTimeAge ? CompanionDate.Complete(age, clock) : null;
    }

    /// <summary>
    /// A clock or weekday alone completed from a date under a label the grammar does not know, another part's end ("Créé:
    /// 12.12.2019, 07h36", "Von dpa 30.04.2024, 18:58"); not from a date that opens a range or a membership ("Inscription
    /// : 13 juin 2004, 20:33"), see <see cref="BesideAnUnreadDate"/>.
    /// </summary>
    private Age CompleteFromLabelledDate(Age age, string line, List<(int Start, int End)> parts, int first, int end)
    {
        for (var i = 0; i < parts.Count; i++)
        {
            var part = line.AsSpan(parts[i].Start, parts[i].End - parts[i].Start);
            if ((i < first || i >= end) && EndingDate(part) is ({ } date, var at) && !HasRangeWord(part[..at])
                && CompanionDate.Complete(age, date) is { } completed)
            {
                return completed;
            }
        }

        return age;
    }

    /// <summary>
    /// Whether the line opens with a word of a range, a validity or a membership as its label (a colon closing its few
    /// words, or right before a time), or with a label closed by a compound naming an appointment: its times are an
    /// appointment's, a founding's or a membership's, not the item's ("Termin: Montag, 15. November 2021 um 10.30 Uhr",
    /// "Founded February 28, 1998; 18 years ago", "Nächster Sendetermin: Montag, 2. März, 20.15 Uhr (ARD)", "Enregistré le :
    /// ven. 17 juil. 2015 16:02"). A source is no range ("Dal giornale LA NAZIONE del 27/3/2020").
    /// </summary>
    private bool OpensWithRangeWord(string line)
    {
        var start = line.Length - line.AsSpan().TrimStart().Length;
        var space = line.IndexOf(' ', start);
        if (space <= start)
        {
            return false;
        }

        var colon = line.IndexOf(':', start);
        var label = colon > start && Words(line.AsSpan(start, colon - start)) <= MaxSpaceJoinedLabelWords;
        if (IsRangeWord(line.AsSpan(start, space - start).TrimEnd(":.")))
        {
            return label || TryParse(line.AsSpan(space + 1, PartEnd(line, space + 1) - space - 1), out _, out _);
        }

        return label && ClosesCompoundInAnyLanguage(WordBefore(line, colon), words => words.AppointmentCompoundEnds);
    }

    /// <summary>Whether, in any language, the word is a compound that one of the table's phrases closes: "Sitzungstermin".</summary>
    private bool ClosesCompoundInAnyLanguage(ReadOnlySpan<char> word, Func<AgeVocabulary, Phrases> table)
    {
        foreach (var words in _languages)
        {
            if (table(words).ClosesCompound(word))
            {
                return true;
            }
        }

        return false;
    }

    private bool HasRangeWord(ReadOnlySpan<char> text)
    {
        foreach (var range in text.Split(' '))
        {
            if (IsRangeWord(text[range].TrimEnd(":.")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the age found is a date without a year whose year opens the next part, a part the grammar could not read
    /// with it ("September 12, 2018 at 4:47 pm said:", "Jan. 14, 2015 Updated: 4:49 p.m."): that is no date of this year.
    /// </summary>
    private static bool LosesItsYear(Age age, string line, List<(int Start, int End)> parts, int next) =>
        next < parts.Count && CompanionDate.Unzoned(age) is CalendarDateAge { Year: null }
        && StartsWithYear(line.AsSpan(parts[next].Start, parts[next].End - parts[next].Start).TrimStart());

    /// <summary>Whether a text opens with a year, four digits and no fifth: "2018 at 4:47 pm".</summary>
    private static bool StartsWithYear(ReadOnlySpan<char> text) =>
        text.Length >= 4 && text[0] is '1' or '2' && !text[..4].ContainsAnyExceptInRange('0', '9')
        && (text.Length == 4 || !char.IsAsciiDigit(text[4]));

    /// <summary>
    /// Whether the age found is a clock or a weekday alone beside a date the grammar does not read as the item's: a
    /// numeric date that reads both ways, a date that opens a range or a membership ("Inscription : 13 juin 2004,
    /// 20:33", "Iscritto il: 5 dic 2018, 14:26"), or a date that opens a part words follow ("Thursday, 9 October 2025
    /// в 16:43", "Posted: Mon, Dec 31 2007. 12:24 AM IST"). The clock or weekday is that date's, not this week's.
    /// </summary>
    private bool BesideAnUnreadDate(Age age, string line, List<(int Start, int End)> parts, int first, int end)
    {
        if (!CompanionDate.IsClockOrWeekdayAlone(age))
        {
            return false;
        }

        Span<AgeToken> tokens = stackalloc AgeToken[AgeTokenizer.MaxTokens];
        for (var i = 0; i < parts.Count; i++)
        {
            var part = line.AsSpan(parts[i].Start, parts[i].End - parts[i].Start);
            if ((i < first || i >= end) && !TryParse(part, out _, out _)
                && ((TokenizeUndecorated(part, tokens, out _) is > 0 and var count
                        && ((count == 1 && tokens[0].Kind == AgeTokenKind.NumericDate) || ReadsBothWays(tokens[count - 1])))
                    || EndsInADate(part) || OpensWithADate(part)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the token is a numeric date this grammar does not read, its day and month either way round: "11-07-2003".</summary>
    private bool ReadsBothWays(AgeToken token) =>
        token is { Kind: AgeTokenKind.NumericDate, First: <= 12, Second: <= 12 } && token.First != token.Second
        && NumericDates == NumericDateOrder.WhereUnambiguous;

    /// <summary>
    /// Whether the age found is a date with no year brought in by an article after a sentence's words (two lower-case
    /// words or more, byline words aside): the day of an event told in a sentence ("Alle due di notte di domenica 30
    /// marzo", "Das neue Heft erscheint am 30. März", "si No Billag devait être acceptée le 4 mars"), not a label's date
    /// ("Edizione di venerdì 3 marzo", "Articolo su La Stampa del 27 aprile"); a credit line gives the year ("Articolo
    /// apparso sul Cittadino di sabato 10 marzo 2012").
    /// </summary>
    private bool IsAnEventsDay(Age age, string line, ReadOnlySpan<char> text, int at)
    {
        var unzoned = CompanionDate.Unzoned(age);
        var yearless = unzoned is CalendarDateAge { Year: null } or DayOfWeekAge;
        if (at == 0 || !OpensWithArticle(text) || !(yearless || (unzoned is CalendarDateAge && ClosesASentence(line, at + text.Length))))
        {
            return false;
        }

        var sentenceWords = 0;
        var before = line.AsSpan(0, at);
        foreach (var range in before.Split(' '))
        {
            var word = before[range];
            if (word.Length > 0 && char.IsLower(word[0]) && !IsBylineWord(word))
            {
                sentenceWords++;
            }

            if (!yearless && StartsWithLabel(before[range.Start..], LabelKind.Any))
            {
                // "Article mis à jour le 7 janvier 2020.": a label's date, the item's own.
                return false;
            }
        }

        return sentenceWords >= (yearless ? MinSentenceLowerCaseWords : MinDatedSentenceLowerCaseWords);
    }

    /// <summary>
    /// Whether the age found is a date closing the line right after a meeting's name, an article or a bracket between them
    /// at most: the heading of a meeting's report or notice names the meeting's day, not the entry's ("Algemene
    /// Ledenvergadering 8 april 2016", "Gemeinderatssitzung vom 02.03.2021", "Town Council Meeting (6th August)"). After
    /// an article the meeting's name may go on with whose meeting it is ("Assemblée générale du syndicat du 24 janvier
    /// 2015", "Öffentliche Sitzung des Technischen Ausschusses am 29. September 2022"), or with its body's capitalised name
    /// after it ("Notulen vergadering Dorpsbelang 21 oktober 2021", "Vergadering: Forum Standaardisatie 10 maart 2021").
    /// </summary>
    private bool IsAMeetingsDay(string line, AgeInLine found)
    {
        if (CompanionDate.Unzoned(found.Age) is not CalendarDateAge || !line.AsSpan(found.Start + found.Length).Trim(" .)").IsEmpty)
        {
            return false;
        }

        var before = line.AsSpan(0, found.Start).TrimEnd(" (");
        var word = before[(before.LastIndexOf(' ') + 1)..];
        var wordsBack = OpensWithArticle(line.AsSpan(found.Start, found.Length)) ? MaxMeetingNameWords : 1;
        if (IsArticle(word) || InAnyLanguage(word, words => words.DateConnectors))
        {
            before = before[..^word.Length].TrimEnd();
            word = before[(before.LastIndexOf(' ') + 1)..];
            wordsBack = MaxMeetingNameWords;
        }
        else if (NamesTheMeetingsBody(before))
        {
            return true;
        }

        for (; wordsBack > 0 && IsWordOfJoinedLetters(word); wordsBack--)
        {
            if (NamesAMeeting(word))
            {
                return true;
            }

            before = before[..^word.Length].TrimEnd();
            word = before[(before.LastIndexOf(' ') + 1)..];
        }

        return IsAMeetingsNameAlone(line.AsSpan(0, found.Start));
    }

    /// <summary>
    /// Whether the text is a meeting's name alone, a few words of letters one of which names a meeting, its kind after it
    /// as Romance languages write it: "Sesión ordinaria", "Pleno Ordinario", "Seduta straordinaria".
    /// </summary>
    private bool IsAMeetingsNameAlone(ReadOnlySpan<char> text)
    {
        text = text.Trim(" (");
        if (text.IsEmpty || Words(text) > MaxMeetingNameWords)
        {
            return false;
        }

        var meeting = false;
        foreach (var range in text.Split(' '))
        {
            if (!IsWordOfJoinedLetters(text[range]))
            {
                return false;
            }

            meeting |= NamesAMeeting(text[range]);
        }

        return meeting;
    }

    /// <summary>
    /// Whether the text closes with a meeting's name, a label's colon after it or none, then the capitalised name of whose
    /// meeting it is: "Notulen vergadering Dorpsbelang", "Vergadering: Forum Standaardisatie".
    /// </summary>
    private bool NamesTheMeetingsBody(ReadOnlySpan<char> before)
    {
        for (var words = 0; words < MaxMeetingBodyWords; words++)
        {
            var word = before[(before.LastIndexOf(' ') + 1)..];
            if (word is not [var initial, ..] || !char.IsUpper(initial) || !IsWordOfJoinedLetters(word))
            {
                return false;
            }

            before = before[..^word.Length].TrimEnd();
            if (NamesAMeeting(before[(before.LastIndexOf(' ') + 1)..].TrimEnd(':')))
            {
                return true;
            }
        }

        return false;
    }

    private bool NamesAMeeting(ReadOnlySpan<char> word) =>
        InAnyLanguage(word, words => words.MeetingWords) || ClosesCompoundInAnyLanguage(word, words => words.MeetingWords);

    /// <summary>
    /// Whether the age found is a date that a court's ruling or hearing or an authority's decree brings in, its joiner
    /// right before the date and at most two words (a number, a court's adjective) between the name and the joiner: the
    /// act's day, not the entry's ("Urteil vom 10.10.1988; Aktenzeichen ...", "Sentenza n.25364 del 28/08/2023",
    /// "Audience publique du 9 septembre 2021", "Präsidialdekret vom 22. September"). A ruling's day after "am" or a
    /// label's colon stays an age ("Urteil verkündet am 25.04.2006", "Data do Acordão:11/19/2020"), as a court's page
    /// dates its entry so.
    /// </summary>
    private bool IsARulingsDay(string line, AgeInLine found)
    {
        if (CompanionDate.Unzoned(found.Age) is not CalendarDateAge)
        {
            return false;
        }

        var before = line.AsSpan(0, found.Start).TrimEnd();
        if (!JoinsADocumentsDate(WordAt(line, found.Start)))
        {
            var joiner = before[(before.LastIndexOf(' ') + 1)..];
            if (!JoinsADocumentsDate(joiner))
            {
                return false;
            }

            before = before[..^joiner.Length].TrimEnd();
        }

        for (var wordsBack = MaxRulingNameWords; wordsBack > 0 && !before.IsEmpty; wordsBack--)
        {
            var word = before[(before.LastIndexOf(' ') + 1)..];
            if (NamesARuling(word.Trim("(,;:")))
            {
                return true;
            }

            before = before[..^word.Length].TrimEnd();
        }

        return false;
    }

    private bool JoinsADocumentsDate(ReadOnlySpan<char> word) => InAnyLanguage(word, words => words.DocumentDateJoiners);

    private bool NamesARuling(ReadOnlySpan<char> word) =>
        InAnyLanguage(word, words => words.RulingWords) || ClosesCompoundInAnyLanguage(word, words => words.RulingWords);

    /// <summary>
    /// Whether a weekday that a demonstrative points to stands right before the age found or opens it: a sentence's or a
    /// notice's day, coming or just past, never a stamp's ("this Saturday, September 12th", "neste domingo (2 de
    /// fevereiro)", "In this Sunday, Nov. 10, 2019, photograph,"). A press cutting's caption keeps the paper's day
    /// ("article dans le progrès ce jeudi 2 juin").
    /// </summary>
    private bool IsADayAtHand(string line, AgeInLine found)
    {
        var text = line.AsSpan(0, found.Start + found.Length);
        var previous = ReadOnlySpan<char>.Empty;
        foreach (var range in text.Split(' '))
        {
            var word = text[range].Trim("(),");
            if (word.IsEmpty)
            {
                continue;
            }

            if (range.End.Value >= found.Start - MaxDayAtHandGap && IsWeekday(word) && IsDemonstrative(previous))
            {
                return !TryFindPressCutting(line, out _);
            }

            previous = word;
        }

        return false;
    }

    private bool IsDemonstrative(ReadOnlySpan<char> word) => InAnyLanguage(word, words => words.Demonstratives);

    /// <summary>
    /// Whether the age found is a date right after a word that opens a range, a validity, a life's date or a citation's
    /// access (<see cref="AgeVocabulary.RangeWords"/>), its article between them or not, wherever the word stands in the
    /// line: "... Online-Publikation, abgerufen am 29.09.2021", "Stéphane Hessel ist gestorben am 26.2.2013.", "Idade – 27
    /// anos. Nascido a 29 de setembro de 1929", "Application ends: maart 17, 2026". A line opening with one is left out
    /// before any age is looked for (<see cref="OpensWithRangeWord"/>).
    /// </summary>
    private bool IsARangesDate(string line, AgeInLine found)
    {
        if (CompanionDate.Unzoned(found.Age) is not CalendarDateAge)
        {
            return false;
        }

        var end = line.AsSpan(0, found.Start).TrimEnd().Length;
        var word = WordBefore(line, end);
        if (!OpensWithArticle(line.AsSpan(found.Start, found.Length)) && IsArticle(word))
        {
            end = line.AsSpan(0, end - word.Length).TrimEnd().Length;
            word = WordBefore(line, end);
        }

        return IsRangeWord(word.Trim("(:,"));
    }

    /// <summary>
    /// Whether a full stop right after <paramref name="end"/> closes the line: a sentence that ends in its date ("The book
    /// had an online launch on 19th June 2022.", "El capítulo reseñado se emitió el 04/12/2025."), where with its year
    /// the date is an event's unless a label brings it in.
    /// </summary>
    private static bool ClosesASentence(string line, int end) => line.AsSpan(end).TrimEnd() is ".";

    private bool IsMonthName(ReadOnlySpan<char> word) => InAnyLanguage(word, words => words.Months);

    private bool IsWeekday(ReadOnlySpan<char> word) => InAnyLanguage(word, words => words.Weekdays);

    private bool StartsWithUpdateLabel(ReadOnlySpan<char> part) => StartsWithLabel(part, LabelKind.Update);

    /// <summary>Whether a weekday may open the date before a headline (<see cref="TryFindDateBeforeHeadline"/>).</summary>
    private enum WeekdayFirst
    {
        /// <summary>No weekday: a long line's weekday opens a narrative ("Dienstag, 13. Juni 2017. In Wilhelmshaven ...").</summary>
        Never,

        /// <summary>With its stop ("Domingo 16 de Abril de 2017. De Alpedrete ..."), or without it in a meta line's length.</summary>
        WithOrWithoutItsStop,

        /// <summary>Without its stop only, before a title closed by a stop: a stop after the date there opens a narrative.</summary>
        WithoutItsStop,
    }

    /// <summary>What <see cref="StartsWithLabel"/> looks for at a text's start.</summary>
    private enum LabelKind
    {
        /// <summary>Any label: "Posted", "Aktualisiert am".</summary>
        Any,

        /// <summary>A label of a later version: "Updated", "Atualizado em".</summary>
        Update,

        /// <summary>A label of a later version and nothing after it: "Updated".</summary>
        UpdateAlone,

        /// <summary>A page's sentence about its own change and its label: "This page was last edited".</summary>
        ChangeNotice,

        /// <summary>A display of the time the page was shown at: "Aktuelle Zeit:", "Nous sommes le".</summary>
        ClockDisplay,

        /// <summary>The label of an event's time in an info box: "Wanneer:", "When:".</summary>
        EventTime,

        /// <summary>A word of what is to come opening the line: "NEXT RACE - 16th March", "Volgende wijkcafé:".</summary>
        Upcoming,

        /// <summary>A word of birth opening the line: "Nata a Augusta (SR) il 19.06.1991".</summary>
        Birth,
    }

    /// <summary>Whether the text opens with a label of an item's time: "Posted", "Publicado el", "Aktualisiert am".</summary>
    public bool StartsWithLabel(string text) => StartsWithLabel(text, LabelKind.Any);

    private bool StartsWithLabel(ReadOnlySpan<char> part, LabelKind kind)
    {
        Span<AgeToken> tokens = stackalloc AgeToken[AgeTokenizer.MaxTokens];
        var bounds = AgeTokenizer.UndecoratedBounds(part);
        var text = part.Slice(bounds.Start, bounds.Length);
        var count = kind == LabelKind.UpdateAlone ? AgeTokenizer.Tokenize(text, tokens) : AgeTokenizer.TokenizeOpening(text, tokens);
        if (count == 0)
        {
            return false;
        }

        foreach (var words in _languages)
        {
            var reader = new AgeReader(text, tokens[..count], words);
            if (kind switch
            {
                LabelKind.Update => reader.StartsWithUpdateLabel(),
                LabelKind.UpdateAlone => reader.IsUpdateLabelAlone(),
                LabelKind.ChangeNotice => reader.StartsWithChangeNotice(),
                LabelKind.ClockDisplay => reader.StartsWithClockDisplay(),
                LabelKind.EventTime => reader.StartsWithEventTimeLabel(),
                LabelKind.Upcoming => reader.StartsWithUpcoming(),
                LabelKind.Birth => reader.StartsWithBirth(),
                _ => reader.StartsWithLabel(),
            })
            {
                return true;
            }
        }

        return false;
    }

    private static AgeGrammar Lookup(Dictionary<string, AgeGrammar> grammars, string language) =>
        grammars.TryGetValue(language, out var grammar)
            ? grammar
            : throw new ArgumentException(
                $"Ages in language '{language}' are not supported; supported: {string.Join(", ", Single.Keys)}.",
                nameof(language));

    private bool TryParse(ReadOnlySpan<char> text, [NotNullWhen(true)] out Age? age, out (int Start, int Length) bounds) =>
        TryParse(text, spacedClock: false, out age, out bounds);

    /// <param name="spacedClock">Whether to read a clock alone with its hour's word spaced ("16 h 04"), and nothing else.</param>
    private bool TryParse(ReadOnlySpan<char> text, bool spacedClock, [NotNullWhen(true)] out Age? age, out (int Start, int Length) bounds)
    {
        age = null;
        Span<AgeToken> tokens = stackalloc AgeToken[AgeTokenizer.MaxTokens];
        var count = TokenizeUndecorated(text, tokens, out bounds);
        var undecorated = text.Slice(bounds.Start, bounds.Length);
        if (IsParenthesisedLength(text, bounds, tokens[..count]))
        {
            return false;
        }

        for (var i = 0; i < _languages.Length && count > 0 && age is null; i++)
        {
            var reader = new AgeReader(undecorated, tokens[..count], _languages[i]);
            age = spacedClock ? reader.ReadSpacedClock() : reader.Read();
            if (i > 0 && IsBareWeekdayAbbreviation(age))
            {
                // Another language's weekday without its full stop may be a word of this one: Italian's "di", French "sa".
                age = null;
            }
        }

        return age is not null;
    }

    private static bool IsBareWeekdayAbbreviation(Age? age) =>
        age is DayOfWeekAge { Clock: null, Text: { Length: <= MaxBareWeekdayLength } text } && !text.EndsWith('.');

    /// <summary>
    /// Whether the text is a colon clock alone in parentheses, no clock word with it: a video's or a fragment's length or
    /// time code ("(02:21)", "(1:07) -"), where a time of day would say "Uhr" or "h" ("(14.05 Uhr)").
    /// </summary>
    private static bool IsParenthesisedLength(ReadOnlySpan<char> text, (int Start, int Length) bounds, ReadOnlySpan<AgeToken> tokens) =>
        tokens is [{ Kind: AgeTokenKind.Clock }] && bounds.Start > 0 && text[bounds.Start - 1] == '('
        && text.Slice(bounds.Start, bounds.Length).Contains(':') && text[(bounds.Start + bounds.Length)..].TrimStart().StartsWith(')');

    /// <summary>The text without its decoration (<paramref name="bounds"/>) cut into tokens; none when it is too long for an age.</summary>
    private static int TokenizeUndecorated(ReadOnlySpan<char> text, Span<AgeToken> tokens, out (int Start, int Length) bounds)
    {
        bounds = AgeTokenizer.UndecoratedBounds(text);
        var undecorated = text.Slice(bounds.Start, bounds.Length);
        return undecorated.Length <= AgeTokenizer.MaxLength ? AgeTokenizer.Tokenize(undecorated, tokens) : 0;
    }

    /// <summary>
    /// The parts of a meta line between its separators; a byline word, a closing credit, an article bringing in a
    /// date or a section word starts a part, and so does the age after a person's name or the name after the age, or a
    /// label beside an age, joined by a space alone ("Jeanne Corriveau 19 février 2020", "von Stefan Beiersmann am 29.
    /// Mai 2017, 14:14 Uhr", "29 ottobre 2017 Matteo Fantozzi", "vor 5 Stunden in Aktuelles", "Sport 20 minuten geleden").
    /// </summary>
    private List<(int Start, int End)> MetaParts(string line)
    {
        var parts = new List<(int Start, int End)>();
        var start = 0;
        var end = PartOrGluedNameEnd(line, 0);
        for (var i = 0; i < line.Length; i++)
        {
            if (i > end)
            {
                // Past a capital glued to a number that starts no name: "COVID19Update".
                end = PartOrGluedNameEnd(line, i);
            }

            if (SeparatorLength(line, i) is var separator and > 0)
            {
                parts.Add((start, i));
                start = i + separator;
                end = PartOrGluedNameEnd(line, start);
                i += separator - 1;
            }
            else if ((i > start && line[i - 1] == ' '
                    && ((char.IsLetter(line[i]) && ((IsBylineWord(line, i) && !IsBylineWord(WordBefore(line, i - 1)) && !ClosesALabel(line, start, i))
                            || IsSectionWord(line, start, i, end) || (BringsInPage(line, i) && EndsInAnAge(line.AsSpan(start, i - start)))))
                        || IsNameBoundary(line, i) || IsClosingCredit(line, i) || IsSaidAtTheEnd(line, i)
                        || (IsDateArticle(line, i) && !IsUpdateLabelAlone(line, start, i)) || IsLabelBoundary(line, start, i, end)
                        || IsUpdateAfterAStamp(line, start, i) || IsClockAfterAnEmptyByline(line, i, end)))
                || IsGluedLabelEnd(line, start, i, end) || IsGluedNameStart(line, start, i) || IsGluedMonthStart(line, start, i, end))
            {
                parts.Add((start, i));
                start = i;
                end = PartOrGluedNameEnd(line, start);
            }
        }

        parts.Add((start, line.Length));
        return parts;
    }

    /// <summary>
    /// How long the separator at <paramref name="i"/> is: a bar, bullet, semicolon or comma, a spaced dash, slash,
    /// guillemet or at sign, a spaced double slash ("21. Jan 2022 // Dominik Ricker"), a run of spaces that sets two
    /// cells of a line apart ("Inserito il 23 Dicembre 2013    Aggiornato il 30 Luglio 2020"), not a label from its
    /// colon ("Date   : 2022-07-21"); 0 where none stands.
    /// </summary>
    private int SeparatorLength(string line, int i) => line[i] switch
    {
        ',' when IsCommaBeforeYear(line, i) => 0,
        ';' or ',' => 1,
        _ when AgeTokenizer.IsSeparatorMark(line[i]) => 1,
        '/' or '»' or '›' or '@' when IsSpacedDash(line, i) => 1,
        _ when AgeTokenizer.IsDash(line[i]) && IsSpacedDash(line, i) => IsDoubleHyphen(line, i) ? 2 : 1,
        '/' when i > 0 && i + 1 < line.Length && line[i - 1] == ' ' && line[i + 1] == '/' && (i + 2 == line.Length || line[i + 2] == ' ') => 2,
        ' ' when i > 0 && line[i - 1] != ' ' && SpacesFrom(line, i) is var spaces and >= MinSeparatingSpaces && i + spaces < line.Length
            && line[i + spaces] != ':' => spaces,
        _ => 0,
    };

    private static int SpacesFrom(string line, int i) => line.AsSpan(i).IndexOfAnyExcept(' ') is var length and >= 0 ? length : line.Length - i;

    /// <summary>
    /// Whether the comma at <paramref name="i"/> stands between a day and its year ("September 12, 2018", "December 30th,
    /// 2012") or a day's month and its year ("23rd June, 2020", "30 julio, 2015"): inside a date, no separator.
    /// </summary>
    private bool IsCommaBeforeYear(string line, int i)
    {
        var after = line.AsSpan(i + 1).TrimStart(' ');
        if (!StartsWithYear(after) || after[4..].StartsWith(':'))
        {
            return false;
        }

        var before = line.AsSpan(0, i).TrimEnd("stndrh");
        return (before is [.., var day] && char.IsAsciiDigit(day)) || IsDaysMonthBefore(line, i);
    }

    /// <summary>Whether the word ending at <paramref name="end"/> is a month after a day's number: "11 Feb", "23rd June".</summary>
    private bool IsDaysMonthBefore(string line, int end)
    {
        var month = WordBefore(line, end);
        var start = end - month.Length - 1;
        return start > 0 && IsMonthName(month) && WordBefore(line, start) is [>= '0' and <= '9', ..];
    }

    /// <summary>Where the part that starts at <paramref name="from"/> ends: at the next separator or the line's end.</summary>
    private int PartEnd(string line, int from)
    {
        var end = from;
        while (end < line.Length && SeparatorLength(line, end) == 0)
        {
            end++;
        }

        return end;
    }

    /// <summary>
    /// Whether the word at <paramref name="i"/> is where a label of one to three words and an age that ends in itself
    /// meet, joined by a space alone: a section, a source or a paper before the age ("Sport 20 minuten geleden",
    /// "Reuters 5 hours ago", "La Stampa 01/11/2020") or after a relative one ("2 uur geleden Binnenland", "Há 9 horas
    /// Fique Em Casa"), or a user name before a relative one ("by bsima 38 minutes ago") or, named with a slash,
    /// followed by a label or opening the line, before a dated one ("r/NuovaItalia Apr 04 '25", "ijsbol commented Dec
    /// 18, 2025", "deb May 26, 2016"), as is a handle or a talk link in parentheses ("(@PFF_Browns) November 15, 2019",
    /// "(overleg) 9 jul 2007 22:34"); after a date it is what happens then ("20.02.2020 20:00 Stammtisch"). A bracket may
    /// open the label with the age: "(KNA 19.11.21)", "(AFP 09/06/17)".
    /// </summary>
    private bool IsLabelBoundary(string line, int start, int i, int end)
    {
        var before = line.AsSpan(start, i - start).TrimStart("([");
        var after = line.AsSpan(i, end - i);
        if (IsRangeWord(WordAt(line, i)))
        {
            // A count a range word brings in after a word is how long a state has lasted ("Disparu depuis cinq jours"),
            // where alone it is a theme's age ("depuis 7 mois").
            return false;
        }

        if (WordBefore(line, i - 1) is ['(', _, .., ')'] or ['@', _, ..])
        {
            // A name's handle or talk link in parentheses: "— PFF CLE Browns (@PFF_Browns) November 15, 2019", "Pieter2
            // (overleg) 14 jul 2014 00:03 (CEST)".
            return EndsInItself(after, relative: true);
        }

        // A label of the grammar stays with its date where the two read as one, so an update after a byline is one part:
        // "... por Maria Silva • Última actualización: 05/10/2012".
        if (IsSpaceJoinedLabel(before) && !(StartsWithLabel(before, LabelKind.Any) && TryParse(line.AsSpan(start, end - start), out _, out _)))
        {
            // After a colon a count without its "ago" is a length or an hour: "Horário: 1h".
            return EndsInItself(BeforeItsCredit(line, i, end), relative: !before.TrimEnd().EndsWith(':'));
        }

        if (EndsInATally(line, i))
        {
            // A score or a count of replies before the age: "1 points 1 year ago", "Zero_Idol 19 points 16 hours ago"; a
            // comment's number and its writer before a date to the minute: "3 adele October 23, 2008 at 2:33 pm".
            return IsRelativeAge(after) || IsDatedToTheMinute(after);
        }

        if (IsUserName(before) || (start == 0 && IsDisplayName(before) && IsDatedToTheMinute(after)))
        {
            // A word the age reads with is no name: "di alcuni anni fa". A forum's user or community named with a slash
            // stands before a dated date too, as does a user whose doing a label names, a comment's writer before a date
            // to the minute, or a writer opening the line, out of brackets: "r/NLNieuws Dec 09 '25", "ijsbol commented Dec
            // 18, 2025", "changingtimes wrote: Sat Feb 24, 2024 12:41 pm", "Marianne.1 10 feb 2017 16:35", "pwiggers
            // 15-11-2020", "deb May 26, 2016"; a bracket's word is a version ("(4a4ef493e 2026-03-02)").
            var name = i - 1 - WordBefore(line, i - 1).Length;
            var dated = before.Contains('/') || StartsWithLabel(after, LabelKind.Any) || IsDatedToTheMinute(after)
                || (start == 0 && line[0] is not ('(' or '['));
            return (IsRelativeAge(after) || (dated && EndsInItself(after, relative: false)))
                && !TryParse(line.AsSpan(name, end - name), out _, out _);
        }

        return (IsSpaceJoinedLabel(after) && IsRelativeAge(before)) || (IsCreditInCapitals(after) && EndsInItself(before, relative: false));
    }

    /// <summary>
    /// The age that starts at <paramref name="i"/> without the credit after it: a byline ("Política 23/07/2023 Redacción
    /// La NUEVA Mañana") or an agency's initials or a writer's name in capitals closing the line ("Policiales09/10/2025 NA",
    /// "QUÉBEC , le 19 déc. 2025 CNW", "5 ene 2017 INÉS QUINTANAR").
    /// </summary>
    private ReadOnlySpan<char> BeforeItsCredit(string line, int i, int end)
    {
        for (var j = i + 1; j < end; j++)
        {
            if (line[j - 1] == ' ' && char.IsLetter(line[j]) && (IsBylineWord(line, j) || IsCreditInCapitals(line.AsSpan(j, end - j))))
            {
                return line.AsSpan(i, j - 1 - i);
            }
        }

        return line.AsSpan(i, end - i);
    }

    /// <summary>
    /// An agency's initials, one word of two to five capitals ("NA", "CNW", "EFE"), or a writer's name in capitals, two
    /// or three words ("INÉS QUINTANAR"), closing the line; no word of the age grammar.
    /// </summary>
    private bool IsCreditInCapitals(ReadOnlySpan<char> text)
    {
        text = text.TrimEnd();
        var words = 0;
        foreach (var range in text.Split(' '))
        {
            var word = text[range];
            if (++words > MaxSpaceJoinedLabelWords || word.Length < 2 || IsAgeWord(word) || !IsWordInCapitals(word))
            {
                return false;
            }
        }

        return words > 1 || text.Length <= MaxCreditCapitals;
    }

    /// <summary>
    /// Where the part that starts at <paramref name="from"/> ends: at the next separator, or before a capital glued to a
    /// number, where a name may follow a date's year with no space ("29 januari 2026Wouter Boonstra").
    /// </summary>
    private int PartOrGluedNameEnd(string line, int from)
    {
        var end = PartEnd(line, from);
        for (var i = from + 1; i < end; i++)
        {
            if (char.IsAsciiDigit(line[i - 1]) && char.IsUpper(line[i]))
            {
                return i;
            }
        }

        return end;
    }

    /// <summary>
    /// Whether a name starts at <paramref name="i"/>, glued to the date with its year before it: "29 januari 2026Wouter
    /// Boonstra", "Política 25/11/2025SOFIA ZANOTTI", "Legislativas18 de agosto de 2025Juan Manuel Villarreal"; not the
    /// clock's own meridiem ("Dec 12, 2016 2:00PM Tags").
    /// </summary>
    private bool IsGluedNameStart(string line, int start, int i) =>
        i > start && char.IsAsciiDigit(line[i - 1]) && char.IsUpper(line[i]) && EndsInItself(line.AsSpan(start, i - start), relative: false)
        && !IsTheClocksMeridiem(WordAt(line, i));

    /// <summary>
    /// Whether the month's name of a date with its year starts at <paramref name="i"/>, glued to the name before it as a
    /// byline's name and its date run together: "IwonaMay 30, 2019 at 1:06 PM", "By Shaun PrescottMarch 17, 2024",
    /// "Shana Nys DambrotNovember 6, 2023".
    /// </summary>
    private bool IsGluedMonthStart(string line, int start, int i, int end) =>
        i > start && i < end && char.IsLower(line[i - 1]) && char.IsUpper(line[i]) && IsMonthName(WordAt(line, i).TrimEnd(".,"))
        && EndsInItself(line.AsSpan(i, end - i), relative: false);

    /// <summary>
    /// Whether a label of one to three capitalised words ends at <paramref name="i"/>, glued to the date with its year or
    /// the relative age that follows ("Provincias05/01/2026", "El Mundo02/12/2025", "Datum20.08.2016", "CNN3 days ago",
    /// "Entertainment4 days ago"), or any word glued to a relative age ("crime5 days ago", "3 pointskatsuyan14 years ago"),
    /// or glued to the word that opens a relative age ("Famalicãohá 4 dias", "- Culturahá 1 semana"); or a label whose
    /// colon is glued to what follows ("Date:November 2, 2012 | Category:...", "Datum:26. Januar 2022").
    /// </summary>
    private bool IsGluedLabelEnd(string line, int start, int i, int end)
    {
        if (i > start + 1 && line[i - 1] == ':' && char.IsLetter(line[i - 2]) && char.IsLetterOrDigit(line[i]))
        {
            return IsSpaceJoinedLabel(line.AsSpan(start, i - start)) && EndsInItself(BeforeItsCredit(line, i, end), relative: true);
        }

        if (i <= start || !char.IsLetter(line[i - 1]))
        {
            return false;
        }

        if (char.IsLower(line[i]))
        {
            return char.IsLower(line[i - 1]) && IsGluedRelativeBeforeWord(line, i)
                && IsSpaceJoinedLabel(AgeTokenizer.Undecorated(line.AsSpan(start, i - start)))
                && IsRelativeAge(line.AsSpan(i, end - i));
        }

        if (!char.IsAsciiDigit(line[i]))
        {
            return false;
        }

        return IsSpaceJoinedLabel(line.AsSpan(start, i - start)) ? EndsInItself(BeforeItsCredit(line, i, end), relative: true) : IsRelativeAge(line.AsSpan(i, end - i));
    }

    /// <summary>
    /// Whether a word that opens a relative age starts at <paramref name="i"/>, inside a word of a label at least
    /// <see cref="MinGluedLabelLength"/> letters long ("Culturahá 1 semana").
    /// </summary>
    private bool IsGluedRelativeBeforeWord(string line, int i)
    {
        var wordLength = line.AsSpan(i, Math.Min(MaxRelativeBeforeWordLength + 1, line.Length - i)).IndexOf(' ');
        return wordLength > 0 && WordBefore(line, i).Length >= MinGluedLabelLength
            && InAnyLanguage(line.AsSpan(i, wordLength), words => words.RelativeBefore);
    }

    private bool IsRelativeAge(ReadOnlySpan<char> text) => TryParse(text, out var age, out _) && age is RelativeAge;

    /// <summary>
    /// Whether the text is a commenter's name of two words of letters in any case, an initial among them, as comments print
    /// it before their date to the minute opening the line: "Concerned citizen March 4, 2014 at 2:04 pm", "Pat Q August 3,
    /// 2012 at 8:44 AM", "scheuner manuela 13. Mai 2014 um 18:32".
    /// </summary>
    private bool IsDisplayName(ReadOnlySpan<char> text)
    {
        var words = 0;
        foreach (var range in text.Trim().Split(' '))
        {
            var word = text.Trim()[range];
            if (++words > DisplayNameWords || !IsWordOfLetters(word) || IsAgeWord(word) || IsRangeWord(word) || IsBylineWord(word))
            {
                return false;
            }
        }

        return words == DisplayNameWords;
    }

    /// <summary>
    /// A forum's or an aggregator's user name, one word of any case with digits or a slash, by a byline word or alone,
    /// before a relative age: "by bsima 38 minutes ago", "Posted by u/afeeney 2 days ago", "madhadron 3 days ago".
    /// </summary>
    private bool IsUserName(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        var space = text.IndexOf(' ');
        if (space > 0 && IsBylineWord(text[..space]))
        {
            text = text[(space + 1)..];
        }

        if (text.Length < 2 || text.Contains(' ') || IsAgeWord(text) || IsRangeWord(text) || IsBylineWord(text))
        {
            return false;
        }

        var letters = false;
        foreach (var c in text)
        {
            if (!char.IsLetterOrDigit(c) && c is not ('_' or '-' or '/' or '.'))
            {
                return false;
            }

            letters |= char.IsLetter(c);
        }

        return letters;
    }

    /// <summary>Whether the two words before <paramref name="i"/> are a number and the word of letters it counts.</summary>
    private bool EndsInATally(string line, int i)
    {
        var noun = WordBefore(line, i - 1);
        if (noun.Length < 2 || !char.IsLetter(noun[0]) || !IsLowerCaseWord(noun[1..]) || IsAgeWord(noun) || InAnyLanguage(noun, words => words.Units))
        {
            return false;
        }

        var number = WordBefore(line, i - 2 - noun.Length);
        return number.Length > 0 && !number.ContainsAnyExcept(TallyDigits);
    }

    /// <summary>A date with its year and its clock, all of <paramref name="text"/>: a post's or a comment's stamp.</summary>
    private bool IsDatedToTheMinute(ReadOnlySpan<char> text) =>
        TryParse(text, out var age, out _) && CompanionDate.Unzoned(age) is CalendarDateAge { Year: not null, Clock: not null };

    /// <summary>
    /// An age that cannot be the start or the end of a longer phrase: a relative age with its "ago" or "vor" (or glued,
    /// "2h") where <paramref name="relative"/> allows one, a date with its year, a named day with its clock. A bare clock
    /// or day is not ("Ajax 2", "Video 3:15").
    /// </summary>
    private bool EndsInItself(ReadOnlySpan<char> text, bool relative) => TryParse(text, out var age, out _) && EndsInItself(age, relative);

    private static bool EndsInItself(Age age, bool relative) => CompanionDate.Unzoned(age) switch
    {
        RelativeAge => relative,
        CalendarDateAge { Year: not null } or DayAge { Clock: not null } => true,
        _ => false,
    };

    /// <summary>
    /// One to three words that may name a section, a source or a paper, or label a date, a colon closing them: capitalised
    /// or in capitals, no word of the age grammar but an article or a particle among them ("La Stampa", "Fique Em Casa",
    /// "Eingabedatum:", "Date   :"), or after a capitalised first word lower-case ones when a colon closes them ("Video
    /// data:", "Laatste wijziging:", "Data de envio:"), the language's "last" and one word after it ("Letzter Eintrag :",
    /// "Letzte Änderungen:", "Last post:"), or an article alone before a colon ("Dia:"); no number, and no word that opens
    /// a range or a validity ("Desde 02/06/2003", "Geboren 12.03.1950").
    /// </summary>
    private bool IsSpaceJoinedLabel(ReadOnlySpan<char> text)
    {
        var words = 0;
        var named = false;
        var opensWithLast = false;
        var trimmed = text.Trim();
        var colon = trimmed.EndsWith(':');
        if (colon)
        {
            trimmed = trimmed[..^1].TrimEnd();
        }

        foreach (var range in trimmed.Split(' '))
        {
            var word = trimmed[range];
            if (++words > MaxSpaceJoinedLabelWords || word.IsEmpty || IsRangeWord(word))
            {
                return false;
            }

            if (IsLabelWord(word))
            {
                named = true;
            }
            else if (colon && words == 1 && char.IsUpper(word[0]) && IsLastWord(word))
            {
                opensWithLast = true;
            }
            else if (!NameParticles.Contains(word) && !IsArticle(word) && !(colon && (named || opensWithLast) && IsLowerCaseWord(word)))
            {
                return false;
            }
        }

        // An article alone labels the day after it when a colon closes it: "Dia: 8/01/2026"; "last" labels with one word
        // after it, no more ("Last visit was:" is a forum's header).
        return (opensWithLast ? words == 2 : named) || (colon && words == 1 && char.IsUpper(trimmed[0]) && IsArticle(trimmed));
    }

    /// <summary>A word of lower-case letters that is no word of the age grammar: "data", "wijziging".</summary>
    private bool IsLowerCaseWord(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsLower(c))
            {
                return false;
            }
        }

        return !word.IsEmpty && !IsAgeWord(word);
    }

    /// <summary>A word of a label: capitalised or in capitals, letters and dots ("NU.nl"), no word of the age grammar.</summary>
    private bool IsLabelWord(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || !char.IsUpper(word[0]))
        {
            return false;
        }

        foreach (var c in word[1..])
        {
            if (!char.IsLetter(c) && c is not ('.' or '-' or '&' or '\'' or '’'))
            {
                return false;
            }
        }

        return !IsAgeWord(word.TrimEnd('.'));
    }

    /// <summary>
    /// Whether a parenthesis at <paramref name="i"/> opens a credit that closes the line, a dash or a full stop at most
    /// after it: "Roma, 4 ago. (Adnkronos) -", "Roma, 2 dic. (askanews)".
    /// </summary>
    private static bool IsClosingCredit(string line, int i) =>
        line[i] == '(' && line.AsSpan(i + 1).IndexOfAny('(', ')') is var length and >= 0 && line[i + 1 + length] == ')'
        && line.AsSpan(i + 2 + length).Trim(" -–—−.").IsEmpty;

    /// <summary>
    /// Whether an update label starts at <paramref name="i"/>, after a stamp in the same part with no separator between:
    /// "Por Adelor Lessa 27/06/2022 - 07:16 Atualizado em 27/06/2022 - 07:16", "Posted on March 3, 2015 at 8:00 am
    /// Updated: March 3, 2015 at 3:38 pm", "Published: Jan. 14, 2015 Updated: 4:49 p.m.", "submitted 2 years ago* (last
    /// edited 3 weeks ago) by ...". The update is a part of its own.
    /// </summary>
    private bool IsUpdateAfterAStamp(string line, int start, int i) =>
        (char.IsLetter(line[i]) || line[i] == '(') && line.AsSpan(start, i - start).ContainsAnyInRange('0', '9') && StartsWithUpdateLabel(line.AsSpan(i));

    /// <summary>
    /// Whether the word at <paramref name="i"/> is an article that brings in a date closing the line or followed by its
    /// section or byline only, after words that are no age: "Edizione del 26/01/2011", "Versendet am 24.06.2022",
    /// "Article Ouest France paru le samedi 16 décembre 2023.", "Posted in Politics on June 7, 2011 by admin". After a
    /// number it ends a range, not a label: "del 27 al 4 de noviembre"; after a user name with digits it is one: "In
    /// risposta al messaggio di Tore99 del 23/07/2017 alle 17:58:49"; after an issue's or a record's number too: "Nr. 24
    /// vom 7.6.2019", "Comunicato Ufficiale n. 378 del 31 marzo 2022".
    /// </summary>
    private bool IsDateArticle(string line, int i)
    {
        var word = WordAt(line, i);
        var before = WordBefore(line, i - 1);
        if (IsNumberWord(before) && !IsIssueNumber(line, i - 1))
        {
            return false;
        }

        if (JoinsADocumentsDate(before) && IsIssueNumber(line, i - 2 - before.Length))
        {
            // A joiner no article in the language brings in the issue's date: "Boletín Nº 189 del martes 14 de agosto de
            // 2012", "GAZETA MUNICIPAL Nº 1151 DE 04 DE JULHO DE 2025"; the date starts after it.
            return TryParse(line.AsSpan(i, DateEnd(line, i) - i), out _, out _);
        }

        foreach (var words in _languages)
        {
            if (words.Articles.Table.HoldsWord(word))
            {
                return TryParse(line.AsSpan(i, DateEnd(line, i) - i), out _, out _);
            }

            if (words.DateConnectors.Table.HoldsWord(word))
            {
                return TryParse(line.AsSpan(i, DateEnd(line, i) - i), out var age, out _) && CompanionDate.Unzoned(age) is CalendarDateAge;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the clock that closes the part at <paramref name="end"/>, its connector or none before it, starts at
    /// <paramref name="i"/> right after a byline word whose name the page left empty, a label or nothing before that word in
    /// the line: "Publié par à 15:32", "Posted by at 10:05 PM", as "Posted by on March 25, 2015" has its date's article
    /// there; not a sentence's "come by at 5:00", nor "Nachrichten von 07.25 Uhr".
    /// </summary>
    private bool IsClockAfterAnEmptyByline(string line, int i, int end)
    {
        var byline = WordBefore(line, i - 1);
        if (!IsBylineWord(byline) || !TryParse(line.AsSpan(i, end - i), out var age, out _) || CompanionDate.Unzoned(age) is not ClockTimeAge)
        {
            return false;
        }

        // The byline word has a part of its own: what the line holds before it.
        var before = line.AsSpan(0, i - 1 - byline.Length).Trim();
        return before.IsEmpty || (StartsWithLabel(before, LabelKind.Any) && !before.ContainsAnyInRange('0', '9'));
    }

    /// <summary>
    /// Whether the part from <paramref name="start"/> to <paramref name="i"/> is an update's label and nothing else, which
    /// reads with the date the article at <paramref name="i"/> brings in: "Updated" in "Published on Mar 11, 2026 Updated
    /// on Mar 12, 2026".
    /// </summary>
    private bool IsUpdateLabelAlone(string line, int start, int i)
    {
        var part = line.AsSpan(start, i - start);
        return !part.ContainsAnyInRange('0', '9') && StartsWithLabel(part, LabelKind.UpdateAlone)
            && TryParse(line.AsSpan(start, DateEnd(line, i) - start), out _, out _);
    }

    /// <summary>
    /// Whether the line ends at <paramref name="i"/> in one or two lower-case words and a colon or an ellipsis, a comment's
    /// header that introduces what was said after its date ("on September 12, 2018 at 4:47 pm said:", "7 minuti fa,
    /// gianmazza ha scritto:", "On October 29, 2012 at 2:35am, Rosa said..."): no part of the age.
    /// </summary>
    private static bool IsSaidAtTheEnd(string line, int i)
    {
        var rest = line.AsSpan(i).TrimEnd();
        var mark = rest.EndsWith("...") ? 3 : rest is [.., ':' or '…'] ? 1 : 0;
        if (mark == 0 || rest.Length <= mark || !char.IsLower(rest[0]))
        {
            return false;
        }

        var spaces = 0;
        foreach (var c in rest[..^mark])
        {
            if (c == ' ' ? ++spaces > 1 : !char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether a word starting at <paramref name="i"/> after a space begins the age after a name (a number or a word
    /// of the age grammar after a name's word) or a name after the age (a name's word after a number or a meridiem:
    /// "November 2, 2016 at 11:21 pm Timothy Sykes").
    /// </summary>
    private bool IsNameBoundary(string line, int i)
    {
        var previous = WordBefore(line, i - 1);
        var beforePrevious = WordBefore(line, i - 1 - previous.Length - 1);
        var word = WordAt(line, i);
        var next = WordAt(line, i + word.Length + 1);
        var nameBefore = IsNameWord(previous) && (IsNameWord(beforePrevious) || IsInitial(beforePrevious) || IsBylineWord(beforePrevious) || NameParticles.Contains(beforePrevious));
        var nameAfter = IsNameWord(word) && IsNameWord(next);
        return ((nameBefore || FollowsAHandle(line, i)) && word.Length > 0 && (char.IsAsciiDigit(word[0]) || IsAgeWord(word)))
            || (previous.Length > 0 && (char.IsAsciiDigit(previous[^1]) || IsMeridiem(previous)) && nameAfter);
    }

    /// <summary>
    /// Whether one to three words right before <paramref name="i"/> follow a byline word that opens the line or follows
    /// its first word, whatever their case: a user's handle or a blog's name ("posted by clawsoon at 4:35 PM", "Publicado
    /// por Derecho en Red en 11:25", "Postado por CIÊNCIA NA PELE às 10:28", whose small inner words the age grammar also
    /// knows), a template's small word joining it to the clock left out ("en" before "11:25"); in a sentence "por" is no
    /// byline ("a candidata votou por volta das 8h40").
    /// </summary>
    private bool FollowsAHandle(string line, int i)
    {
        var end = i - 1;
        if (WordBefore(line, end) is var joining && IsSmallInnerWord(joining) && char.IsLower(joining[0]))
        {
            end -= joining.Length + 1;
        }

        var start = BylineBeforeAName(line, end);
        return start == 0 || (start > 0 && start - 1 - WordBefore(line, start - 1).Length == 0);
    }

    /// <summary>
    /// Where the byline word stands before one to three words of a name or a handle that end at <paramref name="end"/>,
    /// small inner words the age grammar knows among them ("clawsoon", "Derecho en Red"); -1 where none stands so.
    /// </summary>
    private int BylineBeforeAName(string line, int end)
    {
        for (var words = 0; words < MaxHandleWords; words++)
        {
            var word = WordBefore(line, end);
            if (!IsHandleWord(word) && !(words > 0 && IsSmallInnerWord(word)))
            {
                return -1;
            }

            end -= word.Length + 1;
            var byline = WordBefore(line, end);
            if (IsBylineWord(byline))
            {
                return end - byline.Length;
            }
        }

        return -1;
    }

    /// <summary>A word of a handle or a name in any case: letters, digits and "_", "-", "." inside, no word of the age grammar.</summary>
    private bool IsHandleWord(ReadOnlySpan<char> word)
    {
        if (word.Length == 0 || !char.IsLetter(word[0]) || IsAgeWord(word) || IsBylineWord(word))
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!char.IsLetterOrDigit(c) && c is not ('_' or '-' or '.'))
            {
                return false;
            }
        }

        return char.IsLetterOrDigit(word[^1]);
    }

    /// <summary>A name's small inner word of letters, in any case: "en", "y", "NA".</summary>
    private bool IsSmallInnerWord(ReadOnlySpan<char> word) =>
        word.Length <= MaxSmallInnerWordLength && IsWordOfLetters(word) && !IsBylineWord(word);

    /// <summary>A name's initial: "H." in "John H. Cochrane".</summary>
    private static bool IsInitial(ReadOnlySpan<char> word) => word is [_] or [_, '.'] && char.IsUpper(word[0]);

    private bool IsMeridiem(ReadOnlySpan<char> word) =>
        InAnyLanguage(word, words => words.AnteMeridiem) || InAnyLanguage(word, words => words.PostMeridiem);

    /// <summary>
    /// Whether a text opens with a word that belongs to the clock before it: a meridiem ("pm", "p.m.", "PMTags" with a
    /// button's word glued to it) or a zone ("EST", "GMT'," closing a quoted field).
    /// </summary>
    private bool OpensWithTheClocksWord(ReadOnlySpan<char> text)
    {
        var word = text[..(text.IndexOf(' ') is >= 0 and var space ? space : text.Length)].TrimEnd("'\",;)]»”’");
        return IsTheClocksMeridiem(word) || ZoneDesignators.Table.HoldsWord(word);
    }

    /// <summary>
    /// Whether the word is a meridiem, or one with a button's or a writer's capitalised word glued to it ("PMTags",
    /// "p.m.Gilber").
    /// </summary>
    private bool IsTheClocksMeridiem(ReadOnlySpan<char> word)
    {
        if (IsMeridiemWithItsStops(word))
        {
            return true;
        }

        for (var length = MinMeridiemLength; length <= MaxMeridiemLength && length < word.Length; length++)
        {
            if (char.IsUpper(word[length]) && IsMeridiemWithItsStops(word[..length]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the word is a meridiem, its full stops left out: "pm", "p.m.", "P.M.".</summary>
    private bool IsMeridiemWithItsStops(ReadOnlySpan<char> word) =>
        IsMeridiem(word.ToString().Replace(".", string.Empty, StringComparison.Ordinal));

    /// <summary>Whether the word that ends at <paramref name="end"/> is a number an issue's or a record's mark brings in: "Nº 189".</summary>
    private static bool IsIssueNumber(string line, int end)
    {
        var number = WordBefore(line, end);
        return IsNumberWord(number) && IsIssueMark(WordBefore(line, end - 1 - number.Length));
    }

    /// <summary>Whether a word opens with no letter and holds a digit: a number, a score or a date ("189", "9.807,", "(2)").</summary>
    private static bool IsNumberWord(ReadOnlySpan<char> word) => word is [var first, ..] && !char.IsLetter(first) && word.ContainsAnyInRange('0', '9');

    /// <summary>Whether the word marks the number after it as an issue's or a record's: "Nr.", "n.", "No.", "N.º", "Numero".</summary>
    private static bool IsIssueMark(ReadOnlySpan<char> word)
    {
        foreach (var mark in IssueMarks)
        {
            if (word.Equals(mark, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The word that ends at <paramref name="end"/> (exclusive), after a space or the line's start.</summary>
    private static ReadOnlySpan<char> WordBefore(string line, int end) =>
        end <= 0 ? [] : line.AsSpan(line.LastIndexOf(' ', end - 1) + 1, end - (line.LastIndexOf(' ', end - 1) + 1));

    /// <summary>The word that starts at <paramref name="start"/>, up to the next space or the line's end.</summary>
    private static ReadOnlySpan<char> WordAt(string line, int start) =>
        start >= line.Length ? [] : line.AsSpan(start, (line.IndexOf(' ', start) is var space and >= 0 ? space : line.Length) - start);

    private bool IsBulletinWord(ReadOnlySpan<char> word) =>
        InAnyLanguage(word, words => words.BulletinWords) || ClosesCompoundInAnyLanguage(word, words => words.BulletinWords);

    private bool IsRangeWord(ReadOnlySpan<char> word) => InAnyLanguage(word, words => words.RangeWords);

    private bool IsArticle(ReadOnlySpan<char> word) => InAnyLanguage(word, words => words.Articles);

    private bool IsClockConnector(ReadOnlySpan<char> word) => InAnyLanguage(word, words => words.ClockConnectors);

    private bool OpensWithArticle(ReadOnlySpan<char> text) => text.IndexOf(' ') is var space and > 0 && IsArticle(text[..space]);

    /// <summary>
    /// Whether the word at <paramref name="i"/> brings in a section right after an age, closing the line or standing
    /// before a bar: "vor 5 Stunden in Aktuelles", "15:25 in: Gesellschaft | Kommentare : 0". A place in a sentence goes
    /// on after a comma ("alle ore 20:00 in Piazza Margherita, il Sindaco ...").
    /// </summary>
    private bool IsSectionWord(string line, int start, int i, int end)
    {
        var word = WordAt(line, i);
        var next = WordAt(line, i + word.Length + 1);
        return BringsInSection(word, next) && (end == line.Length || line[end] is not (',' or ';'))
            && EndsInAnAge(line.AsSpan(start, i - start));
    }

    /// <summary>
    /// Whether a newspaper's page and its number start at <paramref name="i"/>, as a press cutting prints them after its
    /// issue's date: "Ausgabe vom 28.04.2025 Seite 20", "NÖ Nachrichten Nr. 14/2013 vom 02.04.2013 Seite: 23".
    /// </summary>
    private bool BringsInPage(string line, int i)
    {
        var word = WordAt(line, i);
        var number = WordAt(line, i + word.Length + 1);
        return number.Length > 0 && !number.ContainsAnyExceptInRange('0', '9') && InAnyLanguage(word.TrimEnd(":."), words => words.PageWords);
    }

    /// <summary>Whether <paramref name="word"/> is a section word ("in", "in:") and <paramref name="next"/> a section's capitalised name.</summary>
    private bool BringsInSection(ReadOnlySpan<char> word, ReadOnlySpan<char> next) =>
        next.Length > 0 && char.IsUpper(next[0]) && InAnyLanguage(word.TrimEnd(':'), words => words.SectionWords);

    /// <summary>
    /// Where a section word ("in Nachrichten"), a byline word ("by admin"), a comment's "says:" or a newspaper's page
    /// ("Seite 20") after <paramref name="from"/> brings in what follows a date, or the line's end.
    /// </summary>
    private int DateEnd(string line, int from)
    {
        for (var at = line.IndexOf(' ', from); at >= 0; at = line.IndexOf(' ', at + 1))
        {
            var word = WordAt(line, at + 1);
            var next = WordAt(line, at + 2 + word.Length);
            if (BringsInSection(word, next) || (next.Length > 0 && IsBylineWord(word)) || IsSaidAtTheEnd(line, at + 1) || BringsInPage(line, at + 1))
            {
                return at;
            }
        }

        return line.Length;
    }

    /// <summary>Whether the text ends in an age: "vor 5 Stunden", "Geschrieben am 15. April 2025".</summary>
    private bool EndsInAnAge(ReadOnlySpan<char> text) => EndingAge(text).Age is not null;

    /// <summary>Whether the text ends in a calendar date: "Inscription : 13 juin 2004".</summary>
    private bool EndsInADate(ReadOnlySpan<char> text) => EndingDate(text).Date is not null;

    /// <summary>Whether the text's first words are a calendar date: "9 October 2025 в 16:43".</summary>
    private bool OpensWithADate(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        for (var end = text.LastIndexOf(' '); end > 0; end = text[..end].LastIndexOf(' '))
        {
            if (TryParse(text[..end], out var age, out _))
            {
                return CompanionDate.Unzoned(age) is CalendarDateAge;
            }
        }

        return false;
    }

    /// <summary>The calendar date that ends the text and where it starts; a null date when none does.</summary>
    private (Age? Date, int At) EndingDate(ReadOnlySpan<char> text) =>
        EndingAge(text) is ({ } age, var at) && CompanionDate.Unzoned(age) is CalendarDateAge ? (age, at) : (null, 0);

    /// <summary>The age that ends the text, from its first word that starts one, and where it starts; a null age when none does.</summary>
    private (Age? Age, int At) EndingAge(ReadOnlySpan<char> text)
    {
        text = text.TrimEnd();
        for (var from = 0; from < text.Length; from = text[from..].IndexOf(' ') is var space and >= 0 ? from + space + 1 : text.Length)
        {
            if (TryParse(text[from..], out var age, out _))
            {
                return (age, from);
            }
        }

        return (null, 0);
    }

    private bool InAnyLanguage<T>(ReadOnlySpan<char> word, Func<AgeVocabulary, WordTable<T>> table)
        where T : struct
    {
        foreach (var words in _languages)
        {
            if (table(words).HoldsWord(word))
            {
                return true;
            }
        }

        return false;
    }

    private bool InAnyLanguage(ReadOnlySpan<char> word, Func<AgeVocabulary, Phrases> table) => InAnyLanguage(word, words => table(words).Table);

    private bool IsBylineWord(ReadOnlySpan<char> word) => InAnyLanguage(word, words => words.BylineWords);

    /// <summary>Whether the word is "last" in one of the languages: "Letzter", "Last", "Dernier", "Último".</summary>
    private bool IsLastWord(ReadOnlySpan<char> word) =>
        InAnyLanguage(word, words => words.PastBefore) || InAnyLanguage(word, words => words.PastAfter);

    /// <summary>A word of a person's name: capitalised, letters only, not in capitals throughout, no word of the age grammar.</summary>
    private bool IsNameWord(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || !char.IsUpper(word[0]))
        {
            return false;
        }

        var lower = false;
        foreach (var c in word[1..])
        {
            if (!char.IsLetter(c) && c is not ('-' or '\'' or '’'))
            {
                return false;
            }

            lower |= char.IsLower(c);
        }

        return lower && !IsAgeWord(word);
    }

    private bool IsAgeWord(ReadOnlySpan<char> word)
    {
        foreach (var words in _languages)
        {
            foreach (var table in (ReadOnlySpan<Phrases>)[words.Labels, words.Articles, words.ClockConnectors, words.PastBefore, words.RelativeBefore])
            {
                if (table.Table.HoldsWord(word))
                {
                    return true;
                }
            }

            if (words.Months.HoldsWord(word) || words.NamedDays.HoldsWord(word))
            {
                return true;
            }
        }

        return IsWeekday(word);
    }

    /// <summary>
    /// Whether the mark at <paramref name="i"/> stands between spaces, or opens a spaced double hyphen, the dash of a page
    /// written in ASCII ("Feb. 23, 2015 -- Life-threatening peanut allergies ...").
    /// </summary>
    private static bool IsSpacedDash(string line, int i) =>
        i > 0 && i + 1 < line.Length && line[i - 1] == ' ' && (line[i + 1] == ' ' || IsDoubleHyphen(line, i));

    private static bool IsDoubleHyphen(string line, int i) =>
        line[i] == '-' && i + 2 < line.Length && line[i + 1] == '-' && line[i + 2] == ' ';

    private bool IsBylineWord(string line, int start)
    {
        var end = start;
        while (end < line.Length && char.IsLetter(line[end]))
        {
            end++;
        }

        if (end < line.Length && line[end] != ' ' && !(line[end] == ':' && end + 1 < line.Length && line[end + 1] == ' '))
        {
            return false;
        }

        return IsBylineWord(line.AsSpan(start, end - start));
    }

    /// <summary>
    /// Whether the byline word at <paramref name="i"/> is inside a label that a colon closes right after it or the word
    /// after it, a date's label rather than a byline: "Data di inserimento: 06-12-2007", "Investigado por: 2018-10-25".
    /// </summary>
    private bool ClosesALabel(string line, int start, int i)
    {
        var colon = line.IndexOf(':', i);
        return colon > i && colon - i <= MaxBylineToColonLength && IsSpaceJoinedLabel(line.AsSpan(start, colon + 1 - start));
    }

    /// <summary>
    /// A time or date with no label opening the line, then a comma and lower-case words up to the next separator that
    /// are no age (a byline word among them is no byline there), is part of a sentence, not a meta line's age: "Às 10:32, o
    /// dólar avançava ...", "12 Dicembre, per molti una data ...", "Alle 12.47, una scossa di terremoto ...", "Komende
    /// vrijdag, 13 oktober, trekken de Rode Duivels ...".
    /// </summary>
    private bool OpensASentence(string line, List<(int Start, int End)> parts, int end)
    {
        if (end >= parts.Count || line[parts[end - 1].End] != ','
            || StartsWithLabel(line.AsSpan(parts[0].Start, parts[0].End - parts[0].Start), LabelKind.Any))
        {
            return false;
        }

        var next = line.AsSpan(parts[end].Start, PartEnd(line, parts[end].Start) - parts[end].Start).Trim();
        var firstWord = next[..Math.Max(0, next.IndexOf(' '))];
        // Words closed by a colon bring in what someone said: "7 minuti fa, gianmazza ha scritto:".
        return !firstWord.IsEmpty && char.IsLower(firstWord[0]) && Words(next) >= MinSentenceWords && !IsBylineWord(firstWord)
            && next[^1] != ':' && !TryParse(next, out _, out _);
    }

    private static bool OthersAreShort(string line, List<(int Start, int End)> parts, int first, int end)
    {
        for (var i = 0; i < parts.Count; i++)
        {
            if ((i < first || i >= end) && Words(line.AsSpan(parts[i].Start, parts[i].End - parts[i].Start)) > MaxMetaPartWords)
            {
                return false;
            }
        }

        return true;
    }

    private static int Words(ReadOnlySpan<char> text)
    {
        var words = 0;
        foreach (var _ in text.Trim().Split(' '))
        {
            words++;
        }

        return words;
    }
}

namespace Syndicate.Core.Time;

/// <summary>
/// The age grammar over a text's tokens, in any language's words. The whole text must be one of:
/// <code>
/// age      := (change-notice label | label (article ":")?)? ":"? body trailing-label?
/// body     := just-now
///           | qualifier? before? qualifier? parts after?   (before or after, unless every part is compact or a label stands before)
///           | named-day clock-at?
///           | article? past? weekday past? clock-at?
///           | article? past? period past?                   (a past word required)
///           | connector? clock
///           | connector? clock (","|" - "|separator)? date zone?  (the clock first: "08:47, 3 Nov 2023")
///           | date clock-at?
/// parts    := part ((","|joiner)? part)*                    (units getting smaller)
/// part     := count half? unit half? | counted-unit half? | digits unit-letter (glued: "2h")
/// count    := number | decimal | word (joiner? word)? | vague number?
/// clock-at := (","|" - "|separator)? connector? clock
/// clock    := (hh:mm meridiem? suffix? | hh suffix-h (glued: "18h") | hh meridiem) zone?
/// zone     := designator offset?                        ("CST", "BST", "GMT+2")
/// date     := article? (weekday (","|separator)?)? article?
///             (dd-mm-yy(yy) | yyyy-mm-dd | day ordinal? weekday? filler? month (","|filler)? year? | month day ordinal? ","? year?)
/// </code>
/// A separator is "|", "•", "·", "@" or a spaced "/". A text ending in a full stop is a sentence, unless the stop
/// closes an abbreviation ("28 nov.", "vor 5 Min.") or a date ("Aktualisiert am 17.01.2021.").
/// </summary>
internal ref struct AgeReader
{
    private readonly ReadOnlySpan<char> _text;
    private readonly ReadOnlySpan<AgeToken> _tokens;
    private readonly AgeVocabulary _words;
    private int _at;
    private int _abbreviationAt = -1;
    private int _body;
    private string? _zone;

    private const int MinYear = 1900;
    private const int MaxYear = 2999;
    private const int LeapYear = 2000;
    private const int MaxCount = 9999;

    public AgeReader(ReadOnlySpan<char> text, ReadOnlySpan<AgeToken> tokens, AgeVocabulary words)
    {
        _text = text;
        _tokens = tokens;
        _words = words;
    }

    private readonly bool AtEnd =>
        _at == _tokens.Length
        && (!_tokens[^1].Dotted || _tokens[^1].Kind != AgeTokenKind.Word || _abbreviationAt == _tokens.Length - 1);

    private readonly string Text => _text.ToString();

    public Age? Read()
    {
        var age = ReadLocal();
        return age is not null && _zone is { } zone ? new ZonedAge(age, zone) : age;
    }

    /// <summary>
    /// Reads a clock alone with its hour's word spaced, as a ticker's stamp prints it: "16 h 04", "20 heures 45" (see
    /// <see cref="SpacedClock"/>).
    /// </summary>
    public ClockTimeAge? ReadSpacedClock() =>
        SpacedClock(connected: false, out var time) && _at == _tokens.Length ? new ClockTimeAge(Text, time) : null;

    /// <summary>Whether the text starts with a label that marks a later version ("Updated", "Atualizado em").</summary>
    public bool StartsWithUpdateLabel() => Phrase(_words.UpdateLabels);

    public bool StartsWithLabel() => Phrase(_words.Labels);

    /// <summary>Whether the text is an update's label and nothing else: "Updated", "Zuletzt aktualisiert".</summary>
    public bool IsUpdateLabelAlone() => Phrase(_words.UpdateLabels) && _at == _tokens.Length;

    /// <summary>Whether the text opens with the label of a display of the time the page was shown at: "Aktuelle Zeit:".</summary>
    public bool StartsWithClockDisplay() => Phrase(_words.ClockDisplays);

    /// <summary>Whether the text opens with a word of what is to come: "Next", "Volgende", "Scheduled".</summary>
    public bool StartsWithUpcoming() => Phrase(_words.UpcomingOpeners);

    /// <summary>Whether the text opens with a word of birth: "Born", "Nata", "Nacido".</summary>
    public bool StartsWithBirth() => Phrase(_words.BirthOpeners);

    /// <summary>
    /// Whether the text opens with the label of an event's time and its colon: "Wanneer: Zaterdag 31 december 2022", not a
    /// sentence's "When the storm hit on Monday".
    /// </summary>
    public bool StartsWithEventTimeLabel() => Phrase(_words.EventTimeLabels) && Token(AgeTokenKind.Colon);

    /// <summary>
    /// Whether the text opens a page's sentence about its own change: "This page was last modified on ...", "Dieser Beitrag
    /// wurde am ...".
    /// </summary>
    public bool StartsWithChangeNotice() => Phrase(_words.ChangeNotices) && (Phrase(_words.Labels) || Phrase(_words.Articles));

    /// <summary>
    /// Reads a label and its colon; the article or connector may close the label before its colon: "Last updated on:
    /// October 1, 2025", "Posted at: 12/28/2007 06:23:34 PM"; the language's "last" may open it: "Last Published:",
    /// "Letztes Update :".
    /// </summary>
    private bool Label()
    {
        var start = _at;
        if (!Phrase(_words.Labels) && !(Phrase(_words.PastBefore) && Phrase(_words.Labels)))
        {
            _at = start;
            return false;
        }

        var label = _at;
        if (!((Phrase(_words.Articles) || Phrase(_words.DateConnectors)) && Token(AgeTokenKind.Colon)))
        {
            _at = label;
            Token(AgeTokenKind.Colon);
        }

        return true;
    }

    private Age? ReadLocal()
    {
        var notice = Phrase(_words.ChangeNotices);
        var labelled = Label();
        if (labelled)
        {
            // A theme's hidden label may stand before the shown one: "Posted on Published: August 31, 2022".
            Label();
        }
        else if (notice)
        {
            return null;
        }

        _body = _at;
        var countsBack = labelled && !LabelEndsInARangeWord();
        if (Restart() && Phrase(_words.JustNow) && End())
        {
            return new JustNowAge(Text);
        }

        if (Restart() && Relative(countsBack, out var quantity, out var bound) && End())
        {
            return quantity.ToAge(Text, bound);
        }

        if (Restart() && Word(_words.NamedDays, out var daysBefore) && OptionalClock(out var clock) && End())
        {
            return new DayAge(Text, daysBefore, clock);
        }

        if (Restart() && PastWeekday(out var weekday) && OptionalClock(out clock) && End())
        {
            return new DayOfWeekAge(Text, weekday, clock);
        }

        if (Restart() && PastPeriod(out var period) && End())
        {
            return new CalendarPeriodAge(Text, period);
        }

        if (Restart() && ConnectedClock(out var time) && End())
        {
            return new ClockTimeAge(Text, time);
        }

        if (Restart() && ConnectedClock(out time) && Separated() && Date(out var datedYear, out var datedMonth, out var datedDay) && ZoneAfter() && End())
        {
            return new CalendarDateAge(Text, datedYear, datedMonth, datedDay, time);
        }

        if (Restart() && Date(out var year, out var month, out var day) && OptionalClock(out clock) && End()
            && (clock is not null || !HasUnpaddedYearlessDate()))
        {
            return new CalendarDateAge(Text, year, month, day, clock);
        }

        if (Restart() && Date(out var yearless, out month, out day) && yearless is null && OptionalClock(out clock) && clock is not null
            && ZoneAfter() && Year() is >= MinYear and <= MaxYear and var yearAfter && day <= DateTime.DaysInMonth(yearAfter, month) && End())
        {
            // A C library's stamp, the year after the clock and its zone: "Wed Jul 2 03:02:14 BST 2008".
            return new CalendarDateAge(Text, yearAfter, month, day, clock);
        }

        return null;
    }

    /// <summary>
    /// Whether a day and month stand without a year and without their leading zeros ("8/12", "24/7"): alone a score or a
    /// fraction, with a clock a day ("8/12 19:45"). Two digits each, as item lists print their days ("17/03"), or a closing
    /// full stop ("30.4.") make a day.
    /// </summary>
    private readonly bool HasUnpaddedYearlessDate()
    {
        foreach (var token in _tokens)
        {
            if (token is { Kind: AgeTokenKind.NumericDate, Third: 0, Dotted: false, Length: < 5 })
            {
                return true;
            }
        }

        return false;
    }

    private bool Restart()
    {
        _at = _body;
        _abbreviationAt = -1;
        _zone = null;
        return true;
    }

    /// <summary>
    /// Reads what may stand between a date and its clock: a comma, a spaced dash, a separator, or a colon with a space
    /// before it, as forums print it ("Posté - 10 janv. 2008 : 11:52:14", "Inserito il - 14/07/2006 : 12:10:03").
    /// </summary>
    private bool Separated()
    {
        _ = Token(AgeTokenKind.Comma) || Token(AgeTokenKind.Dash) || Token(AgeTokenKind.Separator) || SpacedColon();
        return true;
    }

    private bool SpacedColon()
    {
        if (_at < _tokens.Length && _tokens[_at] is { Kind: AgeTokenKind.Colon, Glued: false })
        {
            _at++;
            return true;
        }

        return false;
    }

    private bool End()
    {
        Phrase(_words.TrailingLabels);
        return AtEnd;
    }

    /// <summary>
    /// Whether the label just read ends in a word that opens a span rather than names a moment: "Online seit 7409 Tagen"
    /// is how long a site has been up.
    /// </summary>
    private bool LabelEndsInARangeWord()
    {
        var last = _body - 1;
        if (last >= 0 && _tokens[last].Kind == AgeTokenKind.Colon)
        {
            last--;
        }

        _at = last;
        return last >= 0 && Phrase(_words.RangeWords);
    }

    /// <summary>
    /// Reads a relative age. Its count needs a word before or after it that says it lies in the past ("vor", "ago"), unless
    /// its parts are compact ("2h") or a label brings it in and so says it counts back: "Last updated 4 days", "En ligne 6
    /// jours" (<paramref name="countsBack"/>).
    /// </summary>
    private bool Relative(bool countsBack, out AgeQuantity quantity, out AgeBound bound)
    {
        var start = _at;
        if (!(Phrase(_words.AgeNoticeOpeners) && Token(AgeTokenKind.Colon)))
        {
            _at = start;
        }

        var notice = Phrase(_words.AgeNotices);
        if (_at > start && !notice)
        {
            // "Atención:" brings in a notice, nothing else.
            bound = AgeBound.Exactly;
            quantity = default;
            return false;
        }

        bound = Qualifier();
        var before = !notice && Phrase(_words.RelativeBefore);
        if (before && bound == AgeBound.Exactly)
        {
            bound = Qualifier();
        }

        if (!Parts(out quantity, out var compact))
        {
            return false;
        }

        if (notice)
        {
            // A notice is a sentence: its full stop closes it ("This article is more than 5 years old.").
            Phrase(_words.AgeNoticeEnds);
            if (_at == _tokens.Length && _tokens[^1].Dotted)
            {
                _abbreviationAt = _at - 1;
            }

            return true;
        }

        var after = Phrase(_words.RelativeAfter);
        return before || after || compact || countsBack;
    }

    private AgeBound Qualifier() => Word(_words.Qualifiers, out var bound) ? bound : AgeBound.Exactly;

    /// <summary>One or more parts, each in a smaller unit than the one before, added up.</summary>
    private bool Parts(out AgeQuantity quantity, out bool compact)
    {
        if (!Part(out quantity, out compact))
        {
            return false;
        }

        while (true)
        {
            var mark = _at;
            _ = Token(AgeTokenKind.Comma) || Phrase(_words.PartJoiners);
            if (!Part(out var next, out var nextCompact) || quantity.Plus(next) is not { } sum)
            {
                _at = mark;
                return true;
            }

            quantity = sum;
            compact &= nextCompact;
        }
    }

    private bool Part(out AgeQuantity quantity, out bool compact)
    {
        quantity = default;
        compact = false;
        var mark = _at;
        if (Word(_words.CountedUnits, out var counted))
        {
            quantity = AgeQuantity.Of(Phrase(_words.Halves) ? AgeQuantity.AndAHalf(new AgeCount(1)) : new AgeCount(1), counted);
            return true;
        }

        if (Compact(out quantity))
        {
            compact = true;
            return true;
        }

        if (!Count(out var count))
        {
            return false;
        }

        var half = Phrase(_words.Halves);
        if (!Word(_words.Units, out var unit))
        {
            _at = mark;
            return false;
        }

        if (half || Phrase(_words.Halves))
        {
            count = AgeQuantity.AndAHalf(count);
        }

        quantity = AgeQuantity.Of(count, unit);
        return true;
    }

    /// <summary>"2h", "5m": digits with a one-letter unit glued on stand without "ago".</summary>
    private bool Compact(out AgeQuantity quantity)
    {
        quantity = default;
        var mark = _at;
        if (Number(out var amount, maxDigits: 4)
            && _at < _tokens.Length && _tokens[_at] is { Kind: AgeTokenKind.Word, Glued: true, Length: 1 }
            && Word(_words.Units, out var unit))
        {
            quantity = AgeQuantity.Of(new AgeCount(amount), unit);
            return true;
        }

        _at = mark;
        return false;
    }

    private bool Count(out AgeCount count)
    {
        if (Number(out var value, maxDigits: 4))
        {
            count = new AgeCount(value);
            return true;
        }

        if (_at < _tokens.Length && _tokens[_at] is { Kind: AgeTokenKind.Decimal } decimalToken)
        {
            _at++;
            count = AgeCount.Decimal(decimalToken.First, decimalToken.Second);
            return true;
        }

        if (!Word(_words.Amounts, out count))
        {
            return false;
        }

        var mark = _at;
        if (count.Bound == AgeBound.LessThan)
        {
            // "hace unos 5 minutos": a vague word before a number only hedges it.
            if (!Number(out value, maxDigits: 4))
            {
                return true;
            }

            count = new AgeCount(value);
        }
        else if (count.IsTens)
        {
            // "twenty five", "treinta y cinco", "vingt et un".
            Phrase(_words.NumberJoiners);
            if (Word(_words.Amounts, out var units) && units.IsDigit)
            {
                count = new AgeCount(count.Value + units.Value);
            }
            else
            {
                _at = mark;
            }
        }

        return true;
    }

    private bool PastWeekday(out DayOfWeek weekday)
    {
        Phrase(_words.Articles);
        var past = Phrase(_words.PastBefore);
        if (!Word(_words.Weekdays, out weekday))
        {
            return false;
        }

        _ = past || Phrase(_words.PastAfter);
        return true;
    }

    private bool PastPeriod(out CalendarPeriod period)
    {
        Phrase(_words.Articles);
        var past = Phrase(_words.PastBefore);
        return Word(_words.Periods, out period) && (Phrase(_words.PastAfter) || past);
    }

    private bool OptionalClock(out TimeOnly? clock)
    {
        clock = null;
        if (_at == _tokens.Length || IsTrailingLabel() || ZoneEnds())
        {
            return true;
        }

        Separated();
        var connected = Phrase(_words.ClockConnectors);
        if (SpacedClock(connected, out var time) || Clock(out time))
        {
            clock = time;
            return true;
        }

        return false;
    }

    /// <summary>
    /// A date's clock with its hour's word spaced, a clock's or the unit's, and minutes after it: "4 septembre 2006 à 19 h
    /// 37", "28 décembre 2018 à 18 h 13 min", "17. Januar 2021 um 18 Uhr 34 Minuten", "12 novembre 2015 à 10 heures 45";
    /// after a clock's connector a whole hour with the unit's word closing the text ("30 mars 2015 à 13 heures", "12 de
    /// marzo de 2020 a las 13 horas"). Only after a date: alone, "2 h 30" may be a length.
    /// </summary>
    private bool SpacedClock(bool connected, out TimeOnly time)
    {
        time = default;
        var mark = _at;
        if (_at + 1 < _tokens.Length && _tokens[_at] is { Kind: AgeTokenKind.Number, Length: <= 2, First: <= 23 } hour)
        {
            _at++;
            if (Phrase(_words.ClockSuffixes) || (Word(_words.Units, out var hours) && hours is { Unit: AgeUnit.Hour, Numerator: 1, Parts: 1 }))
            {
                if (_at < _tokens.Length && _tokens[_at] is { Kind: AgeTokenKind.Number, Length: 2, First: <= 59 } minutes)
                {
                    _at++;
                    var beforeUnit = _at;
                    if (!Word(_words.Units, out var unit) || unit.Unit != AgeUnit.Minute)
                    {
                        _at = beforeUnit;
                    }

                    time = new TimeOnly(hour.First, minutes.First);
                    return true;
                }

                if (connected && _at == _tokens.Length)
                {
                    time = new TimeOnly(hour.First, 0);
                    return true;
                }
            }
        }

        _at = mark;
        return false;
    }

    private bool IsTrailingLabel()
    {
        var mark = _at;
        var label = Phrase(_words.TrailingLabels) && _at == _tokens.Length;
        _at = mark;
        return label;
    }

    private bool ConnectedClock(out TimeOnly time)
    {
        Phrase(_words.ClockConnectors);
        return Clock(out time);
    }

    private bool Clock(out TimeOnly time)
    {
        time = default;
        if (_at == _tokens.Length)
        {
            return false;
        }

        var token = _tokens[_at];
        if (token is { Kind: AgeTokenKind.Number, Length: <= 2, First: <= 23 }
            && _at + 1 < _tokens.Length && _tokens[_at + 1] is { Kind: AgeTokenKind.Word, Glued: true, Length: 1 }
            && _text[_tokens[_at + 1].Start] is 'h' or 'H')
        {
            // "18h": a whole hour, where the language writes clocks with "h".
            var mark = _at;
            _at++;
            if (Phrase(_words.ClockSuffixes))
            {
                time = new TimeOnly(token.First, 0);
                return true;
            }

            _at = mark;
            return false;
        }

        if (token is { Kind: AgeTokenKind.Number, Length: <= 2, First: <= 23 } && HourSuffixAfter())
        {
            // "8 Uhr", "um 6 Uhr": a whole hour with a clock's word that counts no hours (Dutch "8 uur" may be a length).
            Zone();
            time = new TimeOnly(token.First, 0);
            return true;
        }

        if (token is { Kind: AgeTokenKind.Number, Length: <= 2, First: >= 1 and <= 12 })
        {
            // "5 AM PT", "10 p.m. EDT": a whole hour with its meridiem, as American style writes it.
            var mark = _at;
            _at++;
            var afternoon = Abbreviation(Phrase(_words.PostMeridiem));
            if (afternoon || Abbreviation(Phrase(_words.AnteMeridiem)))
            {
                Zone();
                time = new TimeOnly((token.First % 12) + (afternoon ? 12 : 0), 0);
                return true;
            }

            _at = mark;
            return false;
        }

        if (token is { Kind: AgeTokenKind.NumericDate, Third: 0, Dotted: true, First: <= 23 } && !_words.YearlessDatesCloseWithFullStop
            && _text[token.Start + token.Length - 3] == '.')
        {
            // "alle 18.03.": a clock ending a sentence where the language closes no date with a full stop.
            _at++;
            time = new TimeOnly(token.First, token.Second);
            return true;
        }

        if (token is not { Kind: AgeTokenKind.Clock, First: <= 23, Second: <= 59 })
        {
            return false;
        }

        _at++;
        var hour = token.First;
        var postMeridiem = Abbreviation(Phrase(_words.PostMeridiem));
        if (postMeridiem || Abbreviation(Phrase(_words.AnteMeridiem)))
        {
            // "17:26 PM", "15:24pm": a clock past noon with a needless "PM" keeps its hour; "17:26 AM" is no time.
            if (hour is 0 || (hour > 12 && !postMeridiem))
            {
                return false;
            }

            hour = hour > 12 ? hour : (hour % 12) + (postMeridiem ? 12 : 0);
        }

        Phrase(_words.ClockSuffixes);
        Zone();
        time = new TimeOnly(hour, token.Second);
        return true;
    }

    /// <summary>
    /// Reads the number at the cursor and a clock's word after it that is no unit of time ("Uhr", not "uur" or "h"); moves
    /// nothing when none follows.
    /// </summary>
    private bool HourSuffixAfter()
    {
        var mark = _at++;
        if (Word(_words.Units, out _) || _at == _tokens.Length || _tokens[_at] is not { Kind: AgeTokenKind.Word, Glued: false }
            || !Phrase(_words.ClockSuffixes))
        {
            _at = mark;
            return false;
        }

        return true;
    }

    /// <summary>Reads a zone after a date whose clock came first: "22:00, 11 July 2021 BST".</summary>
    private bool ZoneAfter()
    {
        if (_zone is null)
        {
            Zone();
        }

        return true;
    }

    /// <summary>Reads a zone that ends the text, the day's where no clock stands: "2025-12-18 UTC"; moves nothing otherwise.</summary>
    private bool ZoneEnds()
    {
        var mark = _at;
        Zone();
        if (_zone is not null && _at == _tokens.Length)
        {
            return true;
        }

        _at = mark;
        _zone = null;
        return false;
    }

    /// <summary>
    /// Reads the zone a clock names after it, if it names one: "CST", "GMT+2"; a comma may set apart a zone that closes the
    /// text ("9:49am, EDT", "at 12:19 on January 7, 2008, EST.").
    /// </summary>
    private void Zone()
    {
        if (_at + 2 == _tokens.Length && _tokens[_at].Kind == AgeTokenKind.Comma)
        {
            var comma = _at++;
            ZoneAtCursor();
            _at = _zone is null ? comma : _at;
            return;
        }

        ZoneAtCursor();
    }

    private void ZoneAtCursor()
    {
        if (_at < _tokens.Length && _tokens[_at] is { Kind: AgeTokenKind.Offset, Glued: false } numeric)
        {
            // "21:45:46 -0500": RFC 822's numeric zone; one that no zone keeps all year is left unread, and the text with it.
            _zone = ZoneDesignators.Offset(numeric.First, numeric.Second);
            _at += _zone is null ? 0 : 1;
            return;
        }

        if (!Word(ZoneDesignators.Table, out var designator))
        {
            return;
        }

        _zone = ZoneDesignators.Zone(designator);
        if (ZoneDesignators.TakesOffset(designator) && _at < _tokens.Length && _tokens[_at] is { Kind: AgeTokenKind.Offset } offset
            && ZoneDesignators.Offset(offset.First, offset.Second) is { } zone)
        {
            // "GMT+2"; an offset no zone keeps all year stays unread, as a numeric one does.
            _at++;
            _zone = zone;
        }
    }

    private bool Date(out int? year, out int month, out int day)
    {
        year = null;
        month = 0;
        day = 0;
        _ = Phrase(_words.Articles) || Phrase(_words.DateConnectors);
        DayOfWeek? weekday = null;
        if (Word(_words.Weekdays, out var named))
        {
            weekday = named;
            _ = Token(AgeTokenKind.Comma) || Token(AgeTokenKind.Separator);
            Phrase(_words.Articles);
        }

        if (_at == _tokens.Length)
        {
            return false;
        }

        var token = _tokens[_at];
        var strayComma = false;
        if (token.Kind == AgeTokenKind.IsoDate)
        {
            _at++;
            (day, month, year) = (token.First, token.Second, token.Third);
        }
        else if (token.Kind == AgeTokenKind.NumericDate)
        {
            if (token is { Third: 0, Dotted: true } && !_words.YearlessDatesCloseWithFullStop)
            {
                return false;
            }

            _at++;
            year = token.Third == 0 ? null : token.Third;
            if (!NumericDayAndMonth(token, weekday, out day, out month))
            {
                return false;
            }
        }
        else if (DayThenMonth(out day, out month, out strayComma))
        {
            year = Year() ?? TwoDigitYear();
        }
        else if (MonthThenDay(out month, out day, out strayComma))
        {
            year = Year();
        }
        else if (!YearThenDayAndMonth(out year, out day, out month))
        {
            return false;
        }

        return !(strayComma && year is null) && month is >= 1 and <= 12
            && year is null or (>= MinYear and <= MaxYear)
            && day >= 1 && day <= DateTime.DaysInMonth(year ?? LeapYear, month);
    }

    /// <summary>
    /// A numeric date's day and month in the language's order (<see cref="NumericDateOrder"/>); where either order may be
    /// meant, the one that makes a date ("14/04/2020", "9/19/2010") or the one whose day is the <paramref name="weekday"/>
    /// printed with it ("Sun, 06/07/2025" is 6 July), and none when both are ("08/11/2023" is 8 November on an Irish site
    /// and 11 August on an American one; "Wed, 05/09/2012" is a Wednesday either way). A dated numeric date that cannot be
    /// read day first is read month first even where the language puts the day first: a page's American template
    /// ("06/15/2025 01:47 AM" on a French page, "3/14/2014 06:17:00 PM" on an Italian one).
    /// </summary>
    private readonly bool NumericDayAndMonth(AgeToken token, DayOfWeek? weekday, out int day, out int month)
    {
        (day, month) = (token.First, token.Second);
        if ((_words.NumericDates == NumericDateOrder.DayFirst && !(token.Second > 12 && token.First <= 12 && token.Third != 0))
            || token.First == token.Second
            || (_words.NumericDates == NumericDateOrder.WhereUnambiguous && token.First > 12 && token.Second <= 12))
        {
            return true;
        }

        (day, month) = (token.Second, token.First);
        if (_words.NumericDates == NumericDateOrder.MonthFirst || (token.Second > 12 && token.First <= 12))
        {
            return true;
        }

        if (weekday is not { } named || token.Third is < MinYear or > MaxYear)
        {
            return false;
        }

        var dayFirst = DayOfWeekAge.FallsOn(named, token.Third, token.Second, token.First);
        (day, month) = dayFirst ? (token.First, token.Second) : (token.Second, token.First);
        return dayFirst != DayOfWeekAge.FallsOn(named, token.Third, token.First, token.Second);
    }

    /// <param name="strayComma">
    /// Whether a comma stood between the day and the month, as some themes print one ("04, Dec 2025"): a date then only
    /// with its year, so that a list of days ("15, 16 May") is none.
    /// </param>
    private bool DayThenMonth(out int day, out int month, out bool strayComma)
    {
        month = 0;
        strayComma = false;
        var start = _at;
        if (Day(out day))
        {
            var afterDay = _at;
            strayComma = Token(AgeTokenKind.Comma);
            if (!strayComma)
            {
                Phrase(_words.DateFillers);
            }

            if (Month(out month))
            {
                return true;
            }

            // A theme may print the weekday between the day and the month: "27 Sábado Feb 2021", "31 Donnerstag Okt 2019"
            // ("20 Mar 2018" is March, not a Tuesday, as a month follows no weekday).
            _at = afterDay;
            strayComma = false;
            if (Word(_words.Weekdays, out _) && Month(out month))
            {
                return true;
            }
        }

        _at = start;
        return false;
    }

    /// <summary>
    /// A year, then a day and a month's name, closing the text, as a school site's template stamps its circulars: "2025 16
    /// Dic", "2023 04 Set".
    /// </summary>
    private bool YearThenDayAndMonth(out int? year, out int day, out int month)
    {
        (day, month) = (0, 0);
        var start = _at;
        year = _tokens[_at] is { Kind: AgeTokenKind.Number, Length: 4, Dotted: false } token ? token.First : null;
        if (year is not null && ++_at < _tokens.Length && DayThenMonth(out day, out month, out var strayComma) && !strayComma && _at == _tokens.Length)
        {
            return true;
        }

        (_at, year) = (start, null);
        return false;
    }

    /// <param name="strayComma">Whether a comma stood between the month and the day ("Jan, 15, 2008", "Abril,21 2022"): a date then only with its year.</param>
    private bool MonthThenDay(out int month, out int day, out bool strayComma)
    {
        day = 0;
        month = 0;
        strayComma = false;
        var start = _at;
        if (_words.MonthFirstDates && Month(out month))
        {
            strayComma = Token(AgeTokenKind.Comma);
            if (Day(out day))
            {
                return true;
            }
        }

        _at = start;
        strayComma = false;
        return false;
    }

    private bool Day(out int day)
    {
        if (!Number(out day, maxDigits: 2))
        {
            return false;
        }

        // "1st", "2º": a suffix glued to the day; after the day's full stop a month's name may be glued instead ("27.August
        // 2016", "Mo 22.Jan 2007").
        if (_at < _tokens.Length && _tokens[_at] is { Kind: AgeTokenKind.Word, Glued: true } && !_tokens[_at - 1].Dotted)
        {
            return Abbreviation(Phrase(_words.OrdinalSuffixes));
        }

        return true;
    }

    /// <summary>
    /// A year, if one follows, with the comma or filler before it, and a full stop after it only at the end or before the
    /// clock ("Dec 31 2007. 12:24 AM"); else nothing is read.
    /// </summary>
    private int? Year()
    {
        var start = _at;
        _ = Token(AgeTokenKind.Comma) || Phrase(_words.DateFillers);
        if (_at < _tokens.Length && _tokens[_at] is { Kind: AgeTokenKind.Number, Length: 4 } or { Kind: AgeTokenKind.ShortYear }
            && (!_tokens[_at].Dotted || _at == _tokens.Length - 1 || _tokens[_at + 1].Kind == AgeTokenKind.Clock))
        {
            return _tokens[_at++].First;
        }

        _at = start;
        return null;
    }

    /// <summary>
    /// A year's last two digits right after a day and a month's name, closing the date or before its clock: "2 November
    /// 23", "04 NOV 25", "4 Nov 25, 10:20". Not before a clock's suffix ("4 mars 20 h" is at 20 h).
    /// </summary>
    private int? TwoDigitYear()
    {
        if (_at < _tokens.Length && _tokens[_at] is { Kind: AgeTokenKind.Number, Length: 2, Dotted: false } token
            && (_at + 1 == _tokens.Length || _tokens[_at + 1].Kind is AgeTokenKind.Comma or AgeTokenKind.Clock or AgeTokenKind.Dash or AgeTokenKind.Separator
                || IsClockConnectorAt(_at + 1)))
        {
            _at++;
            return 2000 + token.First;
        }

        return null;
    }

    private bool IsClockConnectorAt(int at)
    {
        var mark = _at;
        _at = at;
        var connector = Phrase(_words.ClockConnectors) && _at < _tokens.Length;
        _at = mark;
        return connector;
    }

    private bool Month(out int month) => Word(_words.Months, out month);

    private bool Number(out int value, int maxDigits)
    {
        if (_at < _tokens.Length && _tokens[_at] is { Kind: AgeTokenKind.Number } token && token.Length <= maxDigits && token.First <= MaxCount)
        {
            _at++;
            value = token.First;
            return true;
        }

        value = 0;
        return false;
    }

    private bool Word<T>(WordTable<T> table, out T meaning)
        where T : struct
    {
        if (_at < _tokens.Length && _tokens[_at] is { Kind: AgeTokenKind.Word } token)
        {
            foreach (var entry in table.StartingWith(_text.Slice(token.Start, token.Length)))
            {
                if (Matches(entry.Rest))
                {
                    _at += 1 + entry.Rest.Length;
                    Abbreviation(entry.Abbreviation);
                    meaning = entry.Meaning;
                    return true;
                }
            }
        }

        meaning = default;
        return false;
    }

    private bool Phrase(Phrases phrases) => Word(phrases.Table, out _);

    private bool Token(AgeTokenKind kind)
    {
        if (_at < _tokens.Length && _tokens[_at].Kind == kind)
        {
            _at++;
            return true;
        }

        return false;
    }

    /// <summary>Whether the words after the current token are <paramref name="rest"/>.</summary>
    private readonly bool Matches(string[] rest)
    {
        if (_at + 1 + rest.Length > _tokens.Length)
        {
            return false;
        }

        for (var i = 0; i < rest.Length; i++)
        {
            var token = _tokens[_at + 1 + i];
            if (token.Kind != AgeTokenKind.Word
                || !_text.Slice(token.Start, token.Length).Equals(rest[i], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Notes that the token just read may carry an abbreviating full stop at the end of the text.</summary>
    private bool Abbreviation(bool read)
    {
        if (read)
        {
            _abbreviationAt = _at - 1;
        }

        return read;
    }
}

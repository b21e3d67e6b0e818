namespace Syndicate.Core.Time;

/// <summary>
/// The age grammar over a text's tokens, in any language's words. The whole text must be one of:
/// <code>
/// age      := label? ":"? body
/// body     := just-now | relative | count unit (glued, one letter: "2h")
///           | named-day clock-at? | clock | date clock-at?
/// relative := before? count unit after?      (the language's before or after words are required)
/// clock-at := ","? connector? clock
/// clock    := hh:mm meridiem? suffix?
/// date     := article? (dd-mm-yyyy | yyyy-mm-dd | day filler? month (","|filler)? year? | month day ","? year?)
/// </code>
/// A text ending in a full stop is a sentence, unless the stop closes an abbreviation ("28 nov.", "vor 5 Min.").
/// </summary>
internal ref struct AgeReader
{
    private readonly ReadOnlySpan<char> _text;
    private readonly ReadOnlySpan<AgeToken> _tokens;
    private readonly AgeVocabulary _words;
    private int _at;
    private int _abbreviationAt = -1;

    private const int MinYear = 1900;
    private const int MaxYear = 2999;
    private const int LeapYear = 2000;

    public AgeReader(ReadOnlySpan<char> text, ReadOnlySpan<AgeToken> tokens, AgeVocabulary words)
    {
        _text = text;
        _tokens = tokens;
        _words = words;
    }

    private readonly bool AtEnd =>
        _at == _tokens.Length && (!_tokens[^1].Dotted || _abbreviationAt == _tokens.Length - 1);

    private readonly string Text => _text.ToString();

    public Age? Read()
    {
        if (Phrase(_words.Labels))
        {
            Token(AgeTokenKind.Colon);
        }

        var body = _at;
        if (Phrase(_words.JustNow) && AtEnd)
        {
            return new JustNowAge(Text);
        }

        if ((Restart(body) && Relative(out var amount, out var unit) && AtEnd)
            || (Restart(body) && CompactRelative(out amount, out unit) && AtEnd))
        {
            return new RelativeAge(Text, amount, unit);
        }

        if (Restart(body) && Word(_words.NamedDays, out var daysBefore) && OptionalClock(out var clock) && AtEnd)
        {
            return new DayAge(Text, daysBefore, clock);
        }

        if (Restart(body) && Clock(out var time) && AtEnd)
        {
            return new ClockTimeAge(Text, time);
        }

        if (Restart(body) && Date(out var year, out var month, out var day) && OptionalClock(out clock) && AtEnd)
        {
            return new CalendarDateAge(Text, year, month, day, clock);
        }

        return null;
    }

    private bool Restart(int at)
    {
        _at = at;
        _abbreviationAt = -1;
        return true;
    }

    private bool Relative(out int amount, out AgeUnit unit)
    {
        unit = default;
        amount = 0;
        return (_words.RelativeBefore.IsEmpty || Phrase(_words.RelativeBefore))
            && Amount(out amount)
            && Unit(out unit)
            && (_words.RelativeAfter.IsEmpty || Phrase(_words.RelativeAfter));
    }

    /// <summary>"2h", "5m": digits with a one-letter unit glued on stand without "ago".</summary>
    private bool CompactRelative(out int amount, out AgeUnit unit)
    {
        unit = default;
        return Number(out amount, maxDigits: 4)
            && _at < _tokens.Length && _tokens[_at] is { Kind: AgeTokenKind.Word, Glued: true, Length: 1 }
            && Unit(out unit);
    }

    private bool Amount(out int amount) => Number(out amount, maxDigits: 4) || Word(_words.Amounts, out amount);

    private bool Unit(out AgeUnit unit) => Word(_words.Units, out unit);

    private bool OptionalClock(out TimeOnly? clock)
    {
        clock = null;
        if (_at == _tokens.Length)
        {
            return true;
        }

        Token(AgeTokenKind.Comma);
        Phrase(_words.ClockConnectors);
        if (Clock(out var time))
        {
            clock = time;
            return true;
        }

        return false;
    }

    private bool Clock(out TimeOnly time)
    {
        time = default;
        if (_at == _tokens.Length || _tokens[_at] is not { Kind: AgeTokenKind.Clock, First: <= 23, Second: <= 59 } token)
        {
            return false;
        }

        _at++;
        var hour = token.First;
        var postMeridiem = Abbreviation(Phrase(_words.PostMeridiem));
        if (postMeridiem || Abbreviation(Phrase(_words.AnteMeridiem)))
        {
            if (hour is < 1 or > 12)
            {
                return false;
            }

            hour = (hour % 12) + (postMeridiem ? 12 : 0);
        }

        Phrase(_words.ClockSuffixes);
        time = new TimeOnly(hour, token.Second);
        return true;
    }

    private bool Date(out int? year, out int month, out int day)
    {
        year = null;
        month = 0;
        day = 0;
        Phrase(_words.DateArticles);
        if (_at == _tokens.Length)
        {
            return false;
        }

        var token = _tokens[_at];
        if (token.Kind == AgeTokenKind.IsoDate || (token.Kind == AgeTokenKind.DayFirstDate && _words.DayFirstNumericDates))
        {
            _at++;
            (day, month, year) = (token.First, token.Second, token.Third);
        }
        else if (DayThenMonth(out day, out month) || MonthThenDay(out month, out day))
        {
            year = Year();
        }
        else
        {
            return false;
        }

        return month is >= 1 and <= 12
            && year is null or (>= MinYear and <= MaxYear)
            && day >= 1 && day <= DateTime.DaysInMonth(year ?? LeapYear, month);
    }

    private bool DayThenMonth(out int day, out int month)
    {
        month = 0;
        var start = _at;
        if (Number(out day, maxDigits: 2))
        {
            Phrase(_words.DateFillers);
            if (Month(out month))
            {
                return true;
            }
        }

        _at = start;
        return false;
    }

    private bool MonthThenDay(out int month, out int day)
    {
        day = 0;
        month = 0;
        var start = _at;
        if (_words.MonthFirstDates && Month(out month) && Number(out day, maxDigits: 2))
        {
            return true;
        }

        _at = start;
        return false;
    }

    /// <summary>A year, if one follows, with the comma or filler before it; else nothing is read.</summary>
    private int? Year()
    {
        var start = _at;
        _ = Token(AgeTokenKind.Comma) || Phrase(_words.DateFillers);
        if (_at < _tokens.Length && _tokens[_at] is { Kind: AgeTokenKind.Number, Length: 4, Dotted: false } token)
        {
            _at++;
            return token.First;
        }

        _at = start;
        return null;
    }

    private bool Month(out int month) => Word(_words.Months, out month);

    private bool Number(out int value, int maxDigits)
    {
        if (_at < _tokens.Length && _tokens[_at] is { Kind: AgeTokenKind.Number } token && token.Length <= maxDigits)
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
        if (_at < _tokens.Length && _tokens[_at] is { Kind: AgeTokenKind.Word } token
            && table.TryGet(_text.Slice(token.Start, token.Length), out meaning, out var abbreviation))
        {
            _at++;
            Abbreviation(abbreviation);
            return true;
        }

        meaning = default;
        return false;
    }

    private bool Token(AgeTokenKind kind)
    {
        if (_at < _tokens.Length && _tokens[_at].Kind == kind)
        {
            _at++;
            return true;
        }

        return false;
    }

    private bool Phrase(Phrases phrases)
    {
        foreach (var words in phrases.Words)
        {
            if (Matches(words))
            {
                _at += words.Length;
                return true;
            }
        }

        return false;
    }

    private readonly bool Matches(string[] words)
    {
        if (_at + words.Length > _tokens.Length)
        {
            return false;
        }

        for (var i = 0; i < words.Length; i++)
        {
            var token = _tokens[_at + i];
            if (token.Kind != AgeTokenKind.Word
                || !_text.Slice(token.Start, token.Length).Equals(words[i], StringComparison.OrdinalIgnoreCase))
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

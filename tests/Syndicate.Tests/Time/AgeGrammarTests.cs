using Syndicate.Core.Time;

namespace Syndicate.Tests.Time;

public sealed class AgeGrammarTests
{
    [Fact]
    public void Seven_languages_are_supported() =>
        Assert.Equal(["de", "en", "es", "fr", "it", "nl", "pt"], AgeGrammar.SupportedLanguages.Order(StringComparer.Ordinal));

    [Theory]
    [InlineData("nl", true)]
    [InlineData("NL", true)]
    [InlineData("it", true)]
    [InlineData("PT", true)]
    [InlineData("sv", false)]
    public void Languages_are_known_by_their_two_letter_code(string language, bool supported) =>
        Assert.Equal(supported, AgeGrammar.IsSupported(language));

    [Fact]
    public void An_unsupported_language_is_refused_naming_it()
    {
        var error = Assert.Throws<ArgumentException>(() => AgeGrammar.For("sv"));

        Assert.Contains("'sv'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nl", "Bijgewerkt: 2 uur geleden", typeof(RelativeAge))]
    [InlineData("nl", "zojuist", typeof(JustNowAge))]
    [InlineData("nl", "gisteren 14:32", typeof(DayAge))]
    [InlineData("nl", "14:32", typeof(ClockTimeAge))]
    [InlineData("nl", "28 nov", typeof(CalendarDateAge))]
    public void Each_form_reads_as_its_kind_of_age_keeping_the_text(string language, string text, Type kind)
    {
        Assert.True(AgeGrammar.For(language).TryParse(text, out var age));
        Assert.IsType(kind, age);
        Assert.Equal(text, age.Text);
    }

    [Fact]
    public void A_relative_age_keeps_its_count_and_unit()
    {
        Assert.True(AgeGrammar.For("de").TryParse("vor einer Stunde", out var age));
        Assert.Equal(new RelativeAge("vor einer Stunde", 1, AgeUnit.Hour), age);
    }

    [Fact]
    public void A_long_block_of_prose_is_not_an_age() =>
        Assert.False(AgeGrammar.For("nl").TryParse(string.Concat(Enumerable.Repeat("16 minuten geleden ", 50)), out _));

    [Theory]
    [InlineData("de", "il y a 2 heures")]
    [InlineData("de", "vor 2 Stunden")]
    [InlineData("nl", "há 3 horas")]
    [InlineData("fr", "5 minuti fa")]
    public void A_grammar_preferring_a_language_reads_every_language(string preferred, string text)
    {
        var grammar = AgeGrammar.Preferring(preferred);

        Assert.True(grammar.TryParse(text, out var age));
        Assert.Equal(text, age.Text);
        Assert.Equal(preferred, grammar.Language);
        Assert.True(grammar.ReadsEveryLanguage);
    }

    [Fact]
    public void A_single_language_grammar_reads_only_its_language()
    {
        Assert.False(AgeGrammar.For("de").TryParse("il y a 2 heures", out _));
        Assert.False(AgeGrammar.For("de").ReadsEveryLanguage);
    }

    [Theory]
    [InlineData("03-04-2026", 4)]
    [InlineData("10/04/2016 05:07 AM", 4)]
    [InlineData("Updated 11/8/2023 10:46 PM", 8)]
    public void A_numeric_date_that_reads_both_ways_is_read_in_the_preferred_languages_order(string text, int dayFirstMonth)
    {
        // Day first in Dutch; in English it may be either, so an English source leaves it unread whatever Dutch says.
        Assert.False(AgeGrammar.Preferring("en").TryParse(text, out _));
        Assert.False(AgeGrammar.Preferring("en").TryFind(text, out _));
        Assert.True(AgeGrammar.Preferring("nl").TryFind(text, out var found));
        Assert.Equal(dayFirstMonth, Assert.IsType<CalendarDateAge>(found.Age).Month);
    }

    [Fact]
    public void A_meta_line_is_read_in_the_preferred_language_before_any_other()
    {
        // "di" is Tuesday in Dutch and "by" in Italian: an Italian source's line is dated by its date.
        Assert.True(AgeGrammar.Preferring("it").TryFind("di , 12 Gennaio 2026", out var found));
        Assert.Equal(new CalendarDateAge("12 Gennaio 2026", 2026, 1, 12, null), found.Age);
    }

    [Theory]
    [InlineData("it", "Di")]
    [InlineData("it", "Lega di")]
    [InlineData("fr", "sa")]
    public void Another_languages_weekday_without_its_full_stop_is_no_age(string preferred, string text)
    {
        // "di" and "Sa" are Dutch and German weekdays, but Italian's "by" and French "his".
        Assert.False(AgeGrammar.Preferring(preferred).TryParse(text, out _));
        Assert.False(AgeGrammar.Preferring(preferred).TryFind(text, out _));
    }

    [Theory]
    [InlineData("de", "Di")]
    [InlineData("it", "Di.")]
    [InlineData("it", "Di 14:30")]
    public void A_weekday_alone_in_the_preferred_language_or_with_its_full_stop_or_clock_in_another_is_read(string preferred, string text)
    {
        Assert.True(AgeGrammar.Preferring(preferred).TryParse(text, out var age));
        Assert.IsType<DayOfWeekAge>(age);
    }

    [Fact]
    public void Preferring_an_unsupported_language_is_refused() =>
        Assert.Throws<ArgumentException>(() => AgeGrammar.Preferring("sv"));
}

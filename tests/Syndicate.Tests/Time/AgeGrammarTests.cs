using Syndicate.Core.Time;

namespace Syndicate.Tests.Time;

public sealed class AgeGrammarTests
{
    [Fact]
    public void Five_languages_are_supported() =>
        Assert.Equal(["de", "en", "es", "fr", "nl"], AgeGrammar.SupportedLanguages.Order(StringComparer.Ordinal));

    [Theory]
    [InlineData("nl", true)]
    [InlineData("NL", true)]
    [InlineData("it", false)]
    public void Languages_are_known_by_their_two_letter_code(string language, bool supported) =>
        Assert.Equal(supported, AgeGrammar.IsSupported(language));

    [Fact]
    public void An_unsupported_language_is_refused_naming_it()
    {
        var error = Assert.Throws<ArgumentException>(() => AgeGrammar.For("it"));

        Assert.Contains("'it'", error.Message, StringComparison.Ordinal);
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
}

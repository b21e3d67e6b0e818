using Syndicate.Core.Time;
using static Syndicate.Tests.Time.AgeCases;

namespace Syndicate.Tests.Time;

public sealed class RelativeAgeRoundingTests
{
    [Theory]
    [InlineData("16 minuten geleden", AgeRounding.Floor, "2026-11-28T08:43:00Z", "2026-11-28T08:44:00Z")]
    [InlineData("16 minuten geleden", AgeRounding.Round, "2026-11-28T08:43:30Z", "2026-11-28T08:44:30Z")]
    [InlineData("1 uur geleden", AgeRounding.Floor, "2026-11-28T07:00:00Z", "2026-11-28T08:00:00Z")]
    [InlineData("1 uur geleden", AgeRounding.Round, "2026-11-28T07:30:00Z", "2026-11-28T08:30:00Z")]
    [InlineData("2 dagen geleden", AgeRounding.Round, "2026-11-25T21:00:00Z", "2026-11-26T21:00:00Z")]
    [InlineData("0 minuten geleden", AgeRounding.Floor, "2026-11-28T08:59:00Z", "2026-11-28T09:00:00Z")]
    [InlineData("0 minuten geleden", AgeRounding.Round, "2026-11-28T08:59:30Z", "2026-11-28T09:00:00Z")]
    [InlineData("zojuist", AgeRounding.Round, "2026-11-28T08:59:00Z", "2026-11-28T09:00:00Z")]
    [InlineData("gisteren 14:32", AgeRounding.Round, "2026-11-27T13:31:59.9999999Z", "2026-11-27T13:32:59.9999999Z")]
    [InlineData("gisteren", AgeRounding.Round, "2026-11-26T22:59:59.9999999Z", "2026-11-27T22:59:59.9999999Z")]
    public void Rounding_moves_relative_ages_by_half_a_unit_and_leaves_clock_forms_alone(string text, AgeRounding rounding, string lo, string hi) =>
        AssertWindow("nl", text, lo, hi, Clock(rounding));

    [Fact]
    public void Floored_minutes_cover_one_minute_before_the_age()
    {
        var window = WindowOf("nl", "16 minuten geleden", Clock());

        Assert.False(window.Contains(Reference - TimeSpan.FromMinutes(17)));
        Assert.True(window.Contains(Reference - TimeSpan.FromMinutes(17) + TimeSpan.FromTicks(1)));
        Assert.True(window.Contains(Reference - TimeSpan.FromMinutes(16)));
        Assert.False(window.Contains(Reference - TimeSpan.FromMinutes(16) + TimeSpan.FromTicks(1)));
    }

    [Fact]
    public void A_printed_minute_covers_exactly_the_instants_that_print_as_it()
    {
        var window = WindowOf("nl", "gisteren 14:32", Clock());

        Assert.False(window.Contains(At("2026-11-27T14:31:59.9999999+01:00")));
        Assert.True(window.Contains(At("2026-11-27T14:32:00+01:00")));
        Assert.True(window.Contains(At("2026-11-27T14:32:59.9999999+01:00")));
        Assert.False(window.Contains(At("2026-11-27T14:33:00+01:00")));
    }
}

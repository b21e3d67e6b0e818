using Syndicate.Core.Time;
using static Syndicate.Tests.Time.AgeCases;

namespace Syndicate.Tests.Time;

public sealed class ReferenceTimeTests
{
    private static readonly DateTimeOffset ReceivedAt = At("2026-11-28T10:00:00+01:00");

    [Theory]
    [InlineData("2026-11-28T09:55:00+01:00", "2026-11-28T09:55:00+01:00")]
    [InlineData("2026-11-28T08:55:00Z", "2026-11-28T08:55:00Z")]
    [InlineData("2026-11-28T10:00:00+01:00", "2026-11-28T10:00:00+01:00")]
    [InlineData("2026-11-29T10:00:00+01:00", "2026-11-29T10:00:00+01:00")]
    [InlineData("2026-11-27T10:00:00+01:00", "2026-11-27T10:00:00+01:00")]
    [InlineData("2026-11-29T10:00:00.0000001+01:00", "2026-11-28T10:00:00+01:00")]
    [InlineData("2026-11-27T09:59:59.9999999+01:00", "2026-11-28T10:00:00+01:00")]
    [InlineData("2025-11-28T10:00:00+01:00", "2026-11-28T10:00:00+01:00")]
    [InlineData("0001-01-01T00:00:00Z", "2026-11-28T10:00:00+01:00")]
    public void The_Date_header_is_the_reference_when_within_a_day_of_the_receive_time(string dateHeader, string chosen) =>
        Assert.Equal(At(chosen), ReferenceTime.Choose(At(dateHeader), null, ReceivedAt));

    [Fact]
    public void Without_a_Date_header_the_receive_time_is_the_reference() =>
        Assert.Equal(ReceivedAt, ReferenceTime.Choose(null, null, ReceivedAt));

    [Theory]
    [InlineData("2026-11-28T09:55:00+01:00", 1)]
    [InlineData("2026-11-27T10:00:00+01:00", 1)]
    [InlineData("2025-11-28T10:00:00+01:00", 0)]
    [InlineData(null, 0)]
    public void A_reference_from_the_Date_header_may_be_up_to_a_second_early(string? dateHeader, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), ReferenceTime.PrecisionOf(dateHeader is null ? null : At(dateHeader), ReceivedAt));

    [Fact]
    public void An_age_computed_within_the_Date_s_second_lies_in_its_window()
    {
        // The site computed its ages at 09:55:00.7 and said "Date: 09:55:00": the item, 5 min 0.2 s old then, is floored to 5 minutes.
        var date = At("2026-11-28T09:55:00+01:00");
        var published = date + TimeSpan.FromMilliseconds(700) - TimeSpan.FromMinutes(5) - TimeSpan.FromMilliseconds(200);
        Assert.True(AgeGrammar.For("nl").TryParse("5 minuten geleden", out var age));
        var clock = new CaptureClock(date, "Europe/Amsterdam", AgeRounding.Floor) { Precision = ReferenceTime.PrecisionOf(date, ReceivedAt) };

        Assert.True(clock.WindowOf(age).Contains(published), $"{clock.WindowOf(age)} holds {published:O}");
        Assert.False((clock with { Precision = TimeSpan.Zero }).WindowOf(age).Contains(published));
    }

    [Theory]
    [InlineData("2026-11-28T10:00:00+01:00", 300, "2026-11-28T09:55:00+01:00")] // a cache stamped Date at delivery: generated Age before
    [InlineData("2026-11-28T09:59:30+01:00", 300, "2026-11-28T09:54:30+01:00")]
    [InlineData("2026-11-28T09:55:00+01:00", 300, "2026-11-28T09:55:00+01:00")] // a cache kept the origin's Date: Date is the generation time
    [InlineData("2026-11-28T06:43:00+01:00", 300, "2026-11-28T06:43:00+01:00")] // a site clock hours behind, behind a cache that keeps its Date
    [InlineData("2026-11-28T10:00:00+01:00", 0, "2026-11-28T10:00:00+01:00")]
    [InlineData("2026-11-28T10:00:00+01:00", -5, "2026-11-28T10:00:00+01:00")]
    [InlineData("2020-01-01T00:00:00Z", 300, "2026-11-28T09:55:00+01:00")] // no usable Date: the receive time less the Age
    public void An_Age_header_moves_the_reference_back_only_when_the_Date_was_stamped_at_delivery(string dateHeader, int ageSeconds, string chosen) =>
        Assert.Equal(At(chosen), ReferenceTime.Choose(At(dateHeader), TimeSpan.FromSeconds(ageSeconds), ReceivedAt));

    [Fact]
    public void Without_a_Date_header_the_Age_counts_back_from_the_receive_time() =>
        Assert.Equal(At("2026-11-28T09:58:00+01:00"), ReferenceTime.Choose(null, TimeSpan.FromMinutes(2), ReceivedAt));
}

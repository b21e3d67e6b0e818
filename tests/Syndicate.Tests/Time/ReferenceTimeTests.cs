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
        Assert.Equal(At(chosen), ReferenceTime.Choose(At(dateHeader), ReceivedAt));

    [Fact]
    public void Without_a_Date_header_the_receive_time_is_the_reference() =>
        Assert.Equal(ReceivedAt, ReferenceTime.Choose(null, ReceivedAt));
}

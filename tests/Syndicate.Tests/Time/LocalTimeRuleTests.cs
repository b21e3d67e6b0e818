using Syndicate.Core.Time;
using static Syndicate.Tests.Time.AgeCases;

namespace Syndicate.Tests.Time;

/// <summary>Clock and calendar ages around midnight and the 2026 daylight-saving changes in Amsterdam.</summary>
public sealed class LocalTimeRuleTests
{
    [Theory]
    // Spring forward, Sunday 29 March 2026: 02:00 CET becomes 03:00 CEST (01:00 UTC).
    [InlineData("2026-03-29T12:00:00+02:00", "02:30", "2026-03-29T01:29:59.9999999Z", "2026-03-29T01:30:59.9999999Z")]
    [InlineData("2026-03-29T12:00:00+02:00", "02:00", "2026-03-29T00:59:59.9999999Z", "2026-03-29T01:00:59.9999999Z")]
    [InlineData("2026-03-29T12:00:00+02:00", "01:59", "2026-03-29T00:58:59.9999999Z", "2026-03-29T00:59:59.9999999Z")]
    [InlineData("2026-03-29T12:00:00+02:00", "03:00", "2026-03-29T00:59:59.9999999Z", "2026-03-29T01:00:59.9999999Z")]
    [InlineData("2026-03-29T12:00:00+02:00", "vandaag", "2026-03-28T22:59:59.9999999Z", "2026-03-29T10:00:00Z")]
    [InlineData("2026-03-30T12:00:00+02:00", "gisteren", "2026-03-28T22:59:59.9999999Z", "2026-03-29T21:59:59.9999999Z")]
    [InlineData("2026-03-29T03:30:00+02:00", "3 uur geleden", "2026-03-28T21:30:00Z", "2026-03-28T22:30:00Z")]
    // Fall back, Sunday 25 October 2026: 03:00 CEST becomes 02:00 CET (01:00 UTC); 02:00-02:59 happens twice.
    [InlineData("2026-10-25T12:00:00+01:00", "02:30", "2026-10-25T00:29:59.9999999Z", "2026-10-25T01:30:59.9999999Z")]
    [InlineData("2026-10-25T12:00:00+01:00", "01:59", "2026-10-24T23:58:59.9999999Z", "2026-10-24T23:59:59.9999999Z")]
    [InlineData("2026-10-25T12:00:00+01:00", "03:00", "2026-10-25T01:59:59.9999999Z", "2026-10-25T02:00:59.9999999Z")]
    [InlineData("2026-10-26T12:00:00+01:00", "gisteren", "2026-10-24T21:59:59.9999999Z", "2026-10-25T22:59:59.9999999Z")]
    [InlineData("2026-10-26T12:00:00+01:00", "gisteren 02:30", "2026-10-25T00:29:59.9999999Z", "2026-10-25T01:30:59.9999999Z")]
    [InlineData("2026-10-25T02:10:00+01:00", "02:40", "2026-10-25T00:39:59.9999999Z", "2026-10-25T01:10:00Z")]
    [InlineData("2026-10-25T02:10:00+02:00", "02:40", "2026-10-24T00:39:59.9999999Z", "2026-10-24T00:40:59.9999999Z")]
    [InlineData("2026-10-25T03:00:00+01:00", "1 uur geleden", "2026-10-25T00:00:00Z", "2026-10-25T01:00:00Z")]
    // Midnight: a bare clock later than now is yesterday's; "vandaag" has only just begun.
    [InlineData("2026-11-28T00:05:00+01:00", "23:58", "2026-11-27T22:57:59.9999999Z", "2026-11-27T22:58:59.9999999Z")]
    [InlineData("2026-11-28T00:05:00+01:00", "00:04", "2026-11-27T23:03:59.9999999Z", "2026-11-27T23:04:59.9999999Z")]
    [InlineData("2026-11-28T00:05:00+01:00", "00:05", "2026-11-27T23:04:59.9999999Z", "2026-11-27T23:05:00Z")]
    [InlineData("2026-11-28T00:05:00+01:00", "00:06", "2026-11-26T23:05:59.9999999Z", "2026-11-26T23:06:59.9999999Z")]
    [InlineData("2026-11-28T00:05:00+01:00", "gisteren", "2026-11-26T22:59:59.9999999Z", "2026-11-27T22:59:59.9999999Z")]
    [InlineData("2026-11-28T00:05:00+01:00", "vandaag", "2026-11-27T22:59:59.9999999Z", "2026-11-27T23:05:00Z")]
    [InlineData("2026-11-28T00:05:00+01:00", "10 minuten geleden", "2026-11-27T22:54:00Z", "2026-11-27T22:55:00Z")]
    [InlineData("2026-11-27T23:30:00Z", "vandaag", "2026-11-27T22:59:59.9999999Z", "2026-11-27T23:30:00Z")]
    [InlineData("2027-01-01T00:30:00+01:00", "31 dec", "2026-12-30T22:59:59.9999999Z", "2026-12-31T22:59:59.9999999Z")]
    [InlineData("2027-01-01T00:30:00+01:00", "1 jan", "2026-12-31T22:59:59.9999999Z", "2026-12-31T23:30:00Z")]
    [InlineData("2027-01-01T00:30:00+01:00", "gisteren 23:59", "2026-12-31T22:58:59.9999999Z", "2026-12-31T22:59:59.9999999Z")]
    public void Local_times_resolve_by_the_written_rules(string reference, string text, string lo, string hi) =>
        AssertWindow("nl", text, lo, hi, new CaptureClock(At(reference), Amsterdam, AgeRounding.Floor));

    [Theory]
    [InlineData("America/New_York", "gisteren 14:32", "2026-11-27T19:31:59.9999999Z", "2026-11-27T19:32:59.9999999Z")]
    [InlineData("Asia/Tokyo", "gisteren", "2026-11-26T14:59:59.9999999Z", "2026-11-27T14:59:59.9999999Z")]
    [InlineData("UTC", "vandaag", "2026-11-27T23:59:59.9999999Z", "2026-11-28T09:00:00Z")]
    public void Clock_times_are_read_in_the_sources_zone(string zone, string text, string lo, string hi) =>
        AssertWindow("nl", text, lo, hi, new CaptureClock(Reference, zone, AgeRounding.Floor));

    [Fact]
    public void A_window_never_ends_after_the_reference()
    {
        foreach (var text in new[] { "vandaag", "28 nov", "10:00", "zojuist", "0 minuten geleden", "vandaag 23:59", "2026-11-29" })
        {
            Assert.True(WindowOf("nl", text, Clock()).Hi <= Reference, text);
        }
    }
}

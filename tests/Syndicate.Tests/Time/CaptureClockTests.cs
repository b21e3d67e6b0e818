using Syndicate.Core.Time;
using static Syndicate.Tests.Time.AgeCases;

namespace Syndicate.Tests.Time;

public sealed class CaptureClockTests
{
    [Theory]
    [InlineData("Europe/Amsterdam", true)]
    [InlineData("UTC", true)]
    [InlineData("America/New_York", true)]
    [InlineData("Mars/Olympus_Mons", false)]
    [InlineData("W. Europe Standard Time", false)]
    [InlineData("", false)]
    public void Only_IANA_zone_ids_are_known(string id, bool known) => Assert.Equal(known, TimeZoneDatabase.IsKnown(id));

    [Fact]
    public void An_unknown_zone_is_refused_naming_the_id()
    {
        var error = Assert.Throws<ArgumentException>(() => new CaptureClock(Reference, "Mars/Olympus_Mons", AgeRounding.Floor));

        Assert.Contains("'Mars/Olympus_Mons'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_zone_is_refused_in_a_copy_too() =>
        Assert.Throws<ArgumentException>(() => Clock() with { TimeZoneId = "Europe/Atlantis" });
}

using Syndicate.Core.Feeds;
using Syndicate.Core.Time;

namespace Syndicate.Tests.Feeds;

/// <summary>The instant the feeds show moves only when the window's estimate moves more than a minute, or leaves the window.</summary>
public sealed class ShownInstantTests
{
    private static readonly DateTimeOffset Ten = new(2026, 11, 28, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_first_instant_is_the_windows_midpoint_to_the_second()
    {
        Assert.Equal(Ten.AddSeconds(30), ShownInstant.Of(new TimeWindow(Ten, Ten.AddSeconds(61))));
    }

    [Fact]
    public void A_window_narrowed_so_the_estimate_moves_less_than_a_minute_keeps_the_instant_shown()
    {
        // An hour's window (09:00, 10:00] shows 09:30; narrowed to (09:29:20, 09:31] its estimate is 09:30:10, 10 s on.
        var shown = ShownInstant.Of(new TimeWindow(Ten.AddHours(-1), Ten));
        var slightly = new TimeWindow(Ten.AddMinutes(-30).AddSeconds(-40), Ten.AddMinutes(-29));

        Assert.Equal(Ten.AddMinutes(-30), ShownInstant.Next(shown, slightly));
    }

    [Fact]
    public void A_window_narrowed_so_the_estimate_moves_more_than_a_minute_moves_the_instant()
    {
        var shown = Ten.AddMinutes(-30);

        Assert.Equal(Ten.AddMinutes(-5), ShownInstant.Next(shown, new TimeWindow(Ten.AddMinutes(-10), Ten)));
    }

    [Fact]
    public void A_window_that_no_longer_holds_the_instant_moves_it_even_by_less_than_a_minute()
    {
        var shown = Ten.AddSeconds(-40);

        Assert.Equal(Ten.AddSeconds(-10), ShownInstant.Next(shown, new TimeWindow(Ten.AddSeconds(-20), Ten)));
    }
}

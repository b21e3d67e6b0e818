using Syndicate.Storage;

namespace Syndicate.Tests.Hosting;

/// <summary>What the cluster test counts as a double, a lost fire and a fire the rule for held fires explains.</summary>
public sealed class FireAccountingTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 28, 8, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Period = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan MisfireThreshold = TimeSpan.FromSeconds(1);

    /// <summary>The fire due <paramref name="second"/>s after the start, started <paramref name="lateMs"/> after it.</summary>
    private static FetchRecord Ran(int second, int lateMs = 50, string source = "s") =>
        new(source, Start.AddSeconds(second).AddMilliseconds(lateMs), TimeSpan.FromMilliseconds(300), 200, 8, 1, null)
        {
            ScheduledFireTime = Start.AddSeconds(second),
            Node = "node1",
        };

    private static FireAccounting Account(IReadOnlyCollection<(string, DateTimeOffset)> cutOff, params FetchRecord[] fetches) =>
        FireAccounting.Of(fetches, Period, MisfireThreshold, cutOff);

    [Fact]
    public void Every_fire_run_once_is_neither_a_double_nor_lost()
    {
        var fires = Account([], Ran(0), Ran(2), Ran(4), Ran(0, source: "t"), Ran(2, source: "t"));

        Assert.Equal((5, 0, 0, 0), (fires.Fires, fires.Doubles.Count, fires.Lost.Count, fires.Unscheduled.Count));
    }

    [Fact]
    public void A_fire_run_twice_is_a_double()
    {
        var fires = Account([], Ran(0), Ran(2), Ran(2, lateMs: 400), Ran(4));

        Assert.Equal("s: the fire due at 08:00:02.000 ran 2 times, on node1, node1", Assert.Single(fires.Doubles));
    }

    [Fact]
    public void A_fire_missing_after_one_that_ran_on_time_is_lost()
    {
        var fires = Account([], Ran(0), Ran(4));

        Assert.StartsWith("s: the fire due at 08:00:02 never ran", Assert.Single(fires.Lost), StringComparison.Ordinal);
    }

    [Fact]
    public void Fires_missing_after_a_misfire_until_it_started_are_skipped_and_one_after_that_is_lost()
    {
        var fires = Account([], Ran(0, lateMs: 4500), Ran(6), Ran(8, lateMs: 900), Ran(12));

        Assert.Equal((2, 1), (fires.Skipped, fires.Late));
        Assert.StartsWith("s: the fire due at 08:00:10 never ran", Assert.Single(fires.Lost), StringComparison.Ordinal);
    }

    [Fact]
    public void A_run_the_kill_cut_short_is_not_lost_and_a_cut_short_misfire_stands_for_the_fires_it_replaced()
    {
        var fires = Account(
            [("s", Start.AddSeconds(2)), ("t", Start.AddSeconds(5.3))],
            Ran(0), Ran(4), Ran(0, source: "t"), Ran(6, source: "t"));

        Assert.Equal((3, 0), (fires.CutOff, fires.Lost.Count));
    }

    [Fact]
    public void A_misfire_that_names_the_instant_it_ran_replaces_the_fires_due_since_the_first_it_dropped()
    {
        var firedNow = Ran(0) with { ScheduledFireTime = Start.AddSeconds(5.3), StartedAt = Start.AddSeconds(5.35) };
        var tooSoon = Ran(0, source: "t") with { ScheduledFireTime = Start.AddSeconds(2.5), StartedAt = Start.AddSeconds(2.55) };

        var fires = Account([], Ran(0), firedNow, Ran(6), Ran(0, source: "t"), tooSoon, Ran(4, source: "t"));

        Assert.Equal((2, 0), (fires.Skipped, fires.Unscheduled.Count));
        Assert.StartsWith("t: the fire due at 08:00:02 never ran", Assert.Single(fires.Lost), StringComparison.Ordinal);
    }

    [Fact]
    public void A_misfire_that_names_the_instant_it_ran_and_started_later_still_drops_the_fires_due_until_it_started()
    {
        // Fired at once at 5.3 s, it waited on a busy machine until 9.9 s: the fires due at 6 and 8 s fell due behind it.
        var firedNow = Ran(0) with { ScheduledFireTime = Start.AddSeconds(5.3), StartedAt = Start.AddSeconds(9.9) };

        var fires = Account([], Ran(0), firedNow, Ran(10), Ran(14));

        Assert.Equal(4, fires.Skipped);
        Assert.StartsWith("s: the fire due at 08:00:12 never ran", Assert.Single(fires.Lost), StringComparison.Ordinal);
    }

    [Fact]
    public void A_fetch_that_names_no_fire_is_unscheduled()
    {
        var fires = Account([], Ran(0), Ran(2) with { ScheduledFireTime = null }, Ran(2));

        Assert.Equal((1, 0), (fires.Unscheduled.Count, fires.Lost.Count));
    }
}

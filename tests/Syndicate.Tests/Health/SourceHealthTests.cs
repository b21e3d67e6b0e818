using Syndicate.Fetching;
using Syndicate.Health;
using Syndicate.Storage;

namespace Syndicate.Tests.Health;

public sealed class SourceHealthTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);
    private static readonly FetchOptions Rules = new();

    private static FetchRecord Read(int minutesAgo, int found, int dated) =>
        new("s", Now.AddMinutes(-minutesAgo), TimeSpan.FromMilliseconds(50), 200, found, 0, null) { ItemsDated = dated };

    private static FetchRecord Failed(int minutesAgo, DateTimeOffset? notBefore = null) =>
        new("s", Now.AddMinutes(-minutesAgo), TimeSpan.FromMilliseconds(50), 500, null, null, "500 Internal Server Error") { NotBefore = notBefore };

    private static readonly FetchStreaks Quiet = new(null, null, true, null, true, null);

    [Fact]
    public void A_source_that_reads_its_page_as_before_is_healthy()
    {
        var health = SourceHealth.From("s", [Read(1, 8, 7), Read(6, 8, 7)], Quiet, Now, Rules);

        Assert.Equal((SourceState.Healthy, 0), (health.State, health.ConsecutiveFailures));
        Assert.Empty(health.Problems);
    }

    [Fact]
    public void A_page_that_gave_items_and_now_gives_none_is_a_structure_change_since_its_first_empty_fetch()
    {
        var since = Now.AddHours(-3);
        var health = SourceHealth.From("s", [Read(1, 0, 0)], Quiet with { NoItemsSince = since }, Now, Rules);

        Assert.Equal(SourceState.Degraded, health.State);
        Assert.Equal(
            [new SourceProblem("structure-changed", "structure changed: the page gave wire items before and gives none now", since)],
            health.Problems);
    }

    [Fact]
    public void A_page_that_never_gave_items_is_degraded_for_having_none()
    {
        var since = Now.AddHours(-1);
        var health = SourceHealth.From("s", [Read(1, 0, 0)], new FetchStreaks(null, since, false, null, false, null), Now, Rules);

        Assert.Equal((SourceState.Degraded, "no-items", since), (health.State, Assert.Single(health.Problems).Kind, health.Problems[0].Since));
    }

    [Fact]
    public void Items_whose_ages_stopped_parsing_are_a_structure_change_and_ages_never_read_are_their_own_alarm()
    {
        var since = Now.AddMinutes(-30);
        var stopped = SourceHealth.From("s", [Read(1, 8, 0)], Quiet with { NoAgesSince = since }, Now, Rules);
        var never = SourceHealth.From("s", [Read(1, 8, 0)], Quiet with { NoAgesSince = since, HadAges = false }, Now, Rules);

        Assert.Equal(
            [new SourceProblem("structure-changed", "structure changed: the ages on the page stopped parsing", since)],
            stopped.Problems);
        Assert.Equal(("no-ages", SourceState.Degraded), (Assert.Single(never.Problems).Kind, never.State));
    }

    [Fact]
    public void Items_none_of_whose_datelines_is_placed_are_degraded()
    {
        var since = Now.AddMinutes(-30);
        var health = SourceHealth.From("s", [Read(1, 8, 8)], Quiet with { NonePlacedSince = since }, Now, Rules);

        Assert.Equal((SourceState.Degraded, "unplaced", since), (health.State, Assert.Single(health.Problems).Kind, health.Problems[0].Since));
    }

    [Fact]
    public void A_page_without_items_raises_only_that_alarm_not_the_ones_about_items()
    {
        var since = Now.AddMinutes(-30);
        var health = SourceHealth.From("s", [Read(1, 0, 0)], Quiet with { NoItemsSince = since, NoAgesSince = since, NonePlacedSince = since }, Now, Rules);

        Assert.Equal(["structure-changed"], health.Problems.Select(p => p.Kind));
    }

    [Fact]
    public void Failures_in_a_row_degrade_then_fail_since_the_first_and_the_first_good_fetch_recovers()
    {
        var degraded = SourceHealth.From("s", [Failed(1), Read(6, 8, 7)], Quiet with { FailingSince = Now.AddMinutes(-1) }, Now, Rules);
        var failing = SourceHealth.From(
            "s", [Failed(1, Now.AddMinutes(1)), Failed(6), Failed(11), Read(16, 8, 7)], Quiet with { FailingSince = Now.AddMinutes(-11) }, Now, Rules);
        var recovered = SourceHealth.From("s", [Read(0, 8, 7), Failed(1), Failed(6), Failed(11)], Quiet, Now, Rules);

        Assert.Equal((SourceState.Degraded, 1), (degraded.State, degraded.ConsecutiveFailures));
        Assert.Equal((SourceState.Failing, 3), (failing.State, failing.ConsecutiveFailures));
        Assert.Equal([("failed", Now.AddMinutes(-11)), ("postponed", Now.AddMinutes(-1))], failing.Problems.Select(p => (p.Kind, p.Since)));
        Assert.Equal(Now.AddMinutes(1), failing.NotBefore);
        Assert.Equal(SourceState.Healthy, recovered.State);
        Assert.Null(recovered.NotBefore);
    }

    [Theory]
    [InlineData(1, null)]
    [InlineData(2, null)]
    [InlineData(3, 1)]
    [InlineData(4, 2)]
    [InlineData(6, 8)]
    [InlineData(9, 60)]
    [InlineData(40, 60)]
    public void Back_off_starts_after_the_set_number_of_failures_and_doubles_up_to_the_longest(int failuresInARow, int? minutes)
    {
        var next = SourceHealth.NextAllowedAfterFailure(new HttpRequestException("500"), failuresInARow, Now, Rules);

        Assert.Equal(minutes is { } m ? Now.AddMinutes(m) : null, next);
    }

    [Fact]
    public void A_throttled_source_waits_as_long_as_it_asked_or_the_longest_back_off()
    {
        Assert.Equal(Now.AddSeconds(120), SourceHealth.NextAllowedAfterFailure(new SourceThrottledException(429, TimeSpan.FromSeconds(120)), 1, Now, Rules));
        Assert.Equal(Now.AddHours(1), SourceHealth.NextAllowedAfterFailure(new SourceThrottledException(503, null), 1, Now, Rules));
    }
}

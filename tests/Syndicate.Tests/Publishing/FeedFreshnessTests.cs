using Syndicate.Core.Feeds;
using Syndicate.Publishing;
using Syndicate.Sources;
using Syndicate.Storage;

namespace Syndicate.Tests.Publishing;

public sealed class FeedFreshnessTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 28, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(new[] { "0 */5 * * * ?" }, 300)]
    [InlineData(new[] { "0 */5 * * * ?", "30 */2 * * * ?" }, 120)]
    [InlineData(new[] { "0 0 8,9,18 * * ?" }, 3600)]
    [InlineData(new[] { "0/10 * * * * ?" }, 60)]
    [InlineData(new[] { "0 0 6 * * ?" }, 3600)]
    [InlineData(new[] { "0 0 0 1 1 ? 2099" }, 3600)]
    [InlineData(new string[0], 3600)]
    public void The_update_interval_is_the_shortest_gap_between_two_polls_kept_between_a_minute_and_an_hour(string[] schedules, int seconds)
    {
        var sources = schedules.Select((s, i) => new RegisteredSource(
            new ConfiguredSource { Id = $"s{i}", Schedule = s, TimeZone = "Europe/Amsterdam" }.ToDefinition(), new SourceSchedule.Cron(s), Paused: false, SourceOwner.Config));

        Assert.Equal(TimeSpan.FromSeconds(seconds), FeedFreshness.UpdateInterval(sources, Now));
    }

    [Fact]
    public void Interval_and_adaptive_schedules_count_with_their_interval_and_minimum_and_paused_sources_not_at_all()
    {
        var definition = new ConfiguredSource { Id = "s" }.ToDefinition();
        RegisteredSource[] sources =
        [
            new(definition, new SourceSchedule.Interval(TimeSpan.FromMinutes(10)), Paused: false, SourceOwner.Api),
            new(definition, new SourceSchedule.Adaptive(TimeSpan.FromMinutes(3), TimeSpan.FromHours(1)), Paused: false, SourceOwner.Api),
            new(definition, new SourceSchedule.Interval(TimeSpan.FromMinutes(1)), Paused: true, SourceOwner.Api),
        ];

        Assert.Equal(TimeSpan.FromMinutes(3), FeedFreshness.UpdateInterval(sources, Now));
    }

    [Fact]
    public void Cache_control_is_public_with_the_interval_as_max_age() =>
        Assert.Equal("public, max-age=300", FeedFreshness.CacheControl(TimeSpan.FromMinutes(5)));

    [Theory]
    [InlineData(5, "hourly", 12, 5)]
    [InlineData(60, "hourly", 1, 60)]
    [InlineData(90, "daily", 16, 90)]
    [InlineData(1440, "daily", 1, 1440)]
    public void Rss_says_the_interval_as_a_syndication_period_and_a_ttl(int minutes, string period, int frequency, int ttl) =>
        Assert.Equal(new UpdatePeriod(period, frequency, ttl), UpdatePeriod.From(TimeSpan.FromMinutes(minutes)));
}

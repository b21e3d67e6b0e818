using Syndicate.Scheduling;
using Syndicate.Sources;
using Syndicate.Storage;

namespace Syndicate.Tests.Scheduling;

public sealed class PublicationRateTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_source_publishing_every_eight_minutes_polled_every_minute_is_told_to_poll_every_four()
    {
        // 81 fetches a minute apart; every eighth one finds a new item.
        var fetches = Enumerable.Range(0, 81).Select(i => (Start.AddMinutes(i), i % 8 == 0 ? 1 : 0)).ToList();
        var newItems = fetches.Where(f => f.Item2 > 0).Select(f => f.Item1).ToList();

        var rate = PublicationRate.From(new PublicationHistory(newItems, fetches));

        Assert.Equal("new items about every 8 minutes; polling every minute found nothing new 86% of the time", rate.Describe());
        Assert.Equal(TimeSpan.FromMinutes(4), rate.SuggestedInterval);
    }

    [Fact]
    public void With_one_new_item_instant_the_rate_is_unknown_and_nothing_is_suggested()
    {
        var rate = PublicationRate.From(new PublicationHistory([Start], [(Start, 8)]));

        Assert.Null(rate.SuggestedInterval);
        Assert.Equal("not enough new items seen yet to tell how often the source publishes; polling found nothing new 0% of the time", rate.Describe());
    }

    [Theory]
    [InlineData(20, 60)]
    [InlineData(3 * 24 * 3600, 24 * 3600)]
    public void The_suggestion_stays_between_a_minute_and_a_day(int gapSeconds, int suggestedSeconds)
    {
        var rate = PublicationRate.From(new PublicationHistory([Start, Start.AddSeconds(gapSeconds)], []));

        Assert.Equal(TimeSpan.FromSeconds(suggestedSeconds), rate.SuggestedInterval);
    }

    [Fact]
    public void An_adaptive_schedule_clamps_to_its_bounds()
    {
        var adaptive = new SourceSchedule.Adaptive(TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(30));

        Assert.Equal(
            [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(4), TimeSpan.FromMinutes(30)],
            new[] { TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(4), TimeSpan.FromHours(2) }.Select(adaptive.Clamp));
    }
}

using Syndicate.Core.Items;
using Syndicate.Core.Time;
using Syndicate.Core.Wire;
using static Syndicate.Tests.Time.AgeCases;

namespace Syndicate.Tests.Items;

/// <summary>Windows of one page's items, newest first, read at <see cref="Reference"/> (09:00 UTC).</summary>
public sealed class PageOrderTests
{
    private static IReadOnlyList<string> Bound(params string[] windows) =>
        [.. PageOrder.Bound([.. windows.Select(Window)]).Select(Show)];

    [Fact]
    public void An_hour_age_between_two_minute_ages_lies_between_them() =>
        Assert.Equal(
            ["2026-11-28T08:40:00Z 2026-11-28T08:41:00Z", "2026-11-28T07:30:00Z 2026-11-28T08:00:00Z", "2026-11-28T07:30:00Z 2026-11-28T07:31:00Z"],
            Bound("2026-11-28T08:40:00Z 2026-11-28T08:41:00Z", "2026-11-28T07:00:00Z 2026-11-28T08:00:00Z", "2026-11-28T07:30:00Z 2026-11-28T07:31:00Z"));

    [Fact]
    public void An_item_without_an_age_between_dated_items_gets_their_bounds() =>
        Assert.Equal(
            ["2026-11-28T08:40:00Z 2026-11-28T08:41:00Z", "2026-11-28T07:30:00Z 2026-11-28T08:41:00Z", "2026-11-28T07:30:00Z 2026-11-28T07:31:00Z"],
            Bound("2026-11-28T08:40:00Z 2026-11-28T08:41:00Z", "- 2026-11-28T09:00:00Z", "2026-11-28T07:30:00Z 2026-11-28T07:31:00Z"));

    [Fact]
    public void The_bounds_reach_past_immediate_neighbours() =>
        Assert.Equal(
            ["2026-11-28T08:00:00Z 2026-11-28T08:01:00Z", "2026-11-28T07:40:00Z 2026-11-28T08:01:00Z", "2026-11-28T07:40:00Z 2026-11-28T08:01:00Z", "2026-11-28T07:40:00Z 2026-11-28T07:41:00Z"],
            Bound("2026-11-28T08:00:00Z 2026-11-28T08:01:00Z", "- 2026-11-28T09:00:00Z", "2026-11-28T07:00:00Z 2026-11-28T09:00:00Z", "2026-11-28T07:40:00Z 2026-11-28T07:41:00Z"));

    [Fact]
    public void A_page_with_an_item_wholly_newer_than_one_above_it_is_not_ordered_and_keeps_its_windows()
    {
        string[] windows = ["2026-11-28T07:30:00Z 2026-11-28T07:31:00Z", "2026-11-28T07:00:00Z 2026-11-28T08:00:00Z", "2026-11-28T08:40:00Z 2026-11-28T08:41:00Z"];

        Assert.False(PageOrder.Holds([.. windows.Select(Window)]));
        Assert.Equal(windows, Bound(windows));
    }

    [Fact]
    public void A_page_whose_windows_all_overlap_shows_no_order_and_keeps_its_windows()
    {
        string[] windows = ["2026-11-28T07:00:00Z 2026-11-28T08:00:00Z", "- 2026-11-28T09:00:00Z", "2026-11-28T07:30:00Z 2026-11-28T07:31:00Z"];

        Assert.False(PageOrder.Holds([.. windows.Select(Window)]));
        Assert.Equal(windows, Bound(windows));
    }

    [Fact]
    public void Equal_instants_are_in_order()
    {
        string[] windows = ["2026-11-28T08:40:00Z 2026-11-28T08:41:00Z", "2026-11-28T08:40:00Z 2026-11-28T08:41:00Z", "2026-11-28T07:00:00Z 2026-11-28T07:01:00Z"];

        Assert.True(PageOrder.Holds([.. windows.Select(Window)]));
        Assert.Equal(windows, Bound(windows));
    }

    [Fact]
    public void No_window_ever_leaves_its_own_window()
    {
        var random = new Random(13);
        for (var page = 0; page < 500; page++)
        {
            var windows = Enumerable.Range(0, random.Next(1, 12)).Select(_ => RandomWindow(random)).ToArray();
            var bounded = PageOrder.Bound(windows);
            for (var i = 0; i < windows.Length; i++)
            {
                Assert.True(bounded[i].Hi <= windows[i].Hi && (windows[i].Lo is not { } lo || bounded[i].Lo >= lo), $"page {page}, item {i}");
            }
        }
    }

    [Fact]
    public void Sightings_carry_the_windows_the_page_order_tightens()
    {
        WireItem[] items =
        [
            Item("Eerste bericht", "20 minuten geleden"),
            Item("Tweede bericht", "1 uur geleden"),
            Item("Derde bericht", "zonder leeftijd"),
            Item("Vierde bericht", "90 minuten geleden"),
        ];

        var sightings = CaptureAnalyzer.Analyze(items, AgeGrammar.For("nl"), Clock());

        Assert.Equal(
            ["2026-11-28T08:39:00Z 2026-11-28T08:40:00Z", "2026-11-28T07:29:00Z 2026-11-28T08:00:00Z", "2026-11-28T07:29:00Z 2026-11-28T08:00:00Z", "2026-11-28T07:29:00Z 2026-11-28T07:30:00Z"],
            sightings.Select(s => Show(s.Window)));
    }

    private static WireItem Item(string body, string age) => new(null, "DEN HAAG", "DEN HAAG", ["ANP"], body, age, null, null);

    private static TimeWindow RandomWindow(Random random)
    {
        var hi = Reference.AddMinutes(-random.Next(0, 600));
        return random.Next(4) == 0 ? TimeWindow.Until(hi) : new TimeWindow(hi.AddMinutes(-random.Next(1, 120)), hi);
    }
}

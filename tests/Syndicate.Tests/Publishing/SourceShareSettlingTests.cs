using Syndicate.Core.Feeds;
using Syndicate.Publishing;

namespace Syndicate.Tests.Publishing;

/// <summary>
/// A feed's newest entries settle its selection only when those within their source's quota already fill it: then no
/// older entry could be picked, and the selection from the newest equals the selection from all.
/// </summary>
public sealed class SourceShareSettlingTests
{
    private static readonly DateTimeOffset Noon = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    /// <summary>Entries newest first, one a minute, from the sources named in order ("a", "b", ...).</summary>
    private static List<FeedEntry> Entries(params string[] sources) =>
        [.. sources.Select((source, i) => new FeedEntry($"{source}{i}", "t", "b", Noon.AddMinutes(-i), Noon.AddMinutes(-i), [], null, [], null, null))];

    private static string SourceOf(FeedEntry entry) => entry.Id[..1];

    [Theory]
    // Limit 4, share 0.5: two a source.
    [InlineData("abab", true)]
    [InlineData("aabb", true)]
    [InlineData("aaab", false)] // the third a is over quota: an older b would be picked before it
    [InlineData("aaaa", false)] // one source fills only by the over-quota rule, which an older b would beat
    [InlineData("abc", false)] // fewer than the limit
    [InlineData("aabbcc", true)]
    public void Newest_entries_settle_when_those_within_quota_reach_the_limit(string sources, bool settled)
    {
        var newest = Entries([.. sources.Select(c => c.ToString())]);

        Assert.Equal(settled, SourceShare.IsSettledBy(newest, 4, 0.5, SourceOf));
    }

    [Theory]
    [InlineData("abab")]
    [InlineData("aabbcc")]
    [InlineData("abcabc")]
    public void What_the_newest_settle_is_what_every_entry_selects(string sources)
    {
        var all = Entries([.. sources.Select(c => c.ToString()), "b", "c", "b", "a", "c"]);
        var newest = all.Take(sources.Length).ToList();

        Assert.True(SourceShare.IsSettledBy(newest, 4, 0.5, SourceOf));
        Assert.Equal(SourceShare.Select(all, 4, 0.5, SourceOf), SourceShare.Select(newest, 4, 0.5, SourceOf));
    }

    [Fact]
    public void Newest_entries_that_do_not_settle_can_select_otherwise_than_every_entry()
    {
        var all = Entries("a", "a", "a", "b", "b");
        var newest = all.Take(3).ToList();

        Assert.False(SourceShare.IsSettledBy(newest, 4, 0.5, SourceOf));
        Assert.NotEqual(SourceShare.Select(all, 4, 0.5, SourceOf), SourceShare.Select(newest, 4, 0.5, SourceOf));
    }
}

using Syndicate.Core.Time;
using static Syndicate.Tests.Time.AgeCases;

namespace Syndicate.Tests.Time;

public sealed class WindowNarrowingTests
{
    [Theory]
    // Seen at 10:00 and at 10:30 as "1 uur geleden": (08:00, 09:00] and (08:30, 09:30] give (08:30, 09:00].
    [InlineData("2026-11-28T08:00:00Z 2026-11-28T09:00:00Z", "2026-11-28T08:30:00Z 2026-11-28T09:30:00Z", "2026-11-28T08:30:00Z 2026-11-28T09:00:00Z", false)]
    [InlineData("2026-11-28T08:00:00Z 2026-11-28T09:00:00Z", "2026-11-28T08:10:00Z 2026-11-28T08:20:00Z", "2026-11-28T08:10:00Z 2026-11-28T08:20:00Z", false)]
    [InlineData("2026-11-28T08:10:00Z 2026-11-28T08:20:00Z", "2026-11-28T08:00:00Z 2026-11-28T09:00:00Z", "2026-11-28T08:10:00Z 2026-11-28T08:20:00Z", false)]
    [InlineData("2026-11-28T08:00:00Z 2026-11-28T09:00:00Z", "2026-11-28T08:00:00Z 2026-11-28T09:00:00Z", "2026-11-28T08:00:00Z 2026-11-28T09:00:00Z", false)]
    [InlineData("- 2026-11-28T09:00:00Z", "2026-11-28T08:00:00Z 2026-11-28T10:00:00Z", "2026-11-28T08:00:00Z 2026-11-28T09:00:00Z", false)]
    [InlineData("2026-11-28T08:00:00Z 2026-11-28T09:00:00Z", "- 2026-11-28T08:30:00Z", "2026-11-28T08:00:00Z 2026-11-28T08:30:00Z", false)]
    [InlineData("- 2026-11-28T09:00:00Z", "- 2026-11-28T10:00:00Z", "- 2026-11-28T09:00:00Z", false)]
    [InlineData("2026-11-28T08:00:00Z 2026-11-28T09:00:00Z", "2026-11-28T08:59:59.9999999Z 2026-11-28T10:00:00Z", "2026-11-28T08:59:59.9999999Z 2026-11-28T09:00:00Z", false)]
    // No instant in common: the latest sighting wins and the contradiction is reported.
    [InlineData("2026-11-28T08:00:00Z 2026-11-28T09:00:00Z", "2026-11-28T09:00:00Z 2026-11-28T10:00:00Z", "2026-11-28T09:00:00Z 2026-11-28T10:00:00Z", true)]
    [InlineData("2026-11-28T08:00:00Z 2026-11-28T09:00:00Z", "2026-11-28T06:00:00Z 2026-11-28T07:00:00Z", "2026-11-28T06:00:00Z 2026-11-28T07:00:00Z", true)]
    [InlineData("2026-11-28T08:00:00Z 2026-11-28T09:00:00Z", "- 2026-11-28T08:00:00Z", "- 2026-11-28T08:00:00Z", true)]
    [InlineData("- 2026-11-28T07:00:00Z", "2026-11-28T08:00:00Z 2026-11-28T09:00:00Z", "2026-11-28T08:00:00Z 2026-11-28T09:00:00Z", true)]
    public void A_sighting_narrows_the_window_or_replaces_it_when_they_contradict(string stored, string latest, string merged, bool contradicted)
    {
        var result = WindowNarrowing.Narrow(Window(stored), Window(latest));

        Assert.Equal(merged, Show(result.Window));
        Assert.Equal(contradicted, result.Contradicted);
    }

    [Fact]
    public void Narrowing_never_throws_even_on_default_windows()
    {
        var result = WindowNarrowing.Narrow(default, Window("2026-11-28T08:00:00Z 2026-11-28T09:00:00Z"));

        Assert.True(result.Contradicted);
    }
}

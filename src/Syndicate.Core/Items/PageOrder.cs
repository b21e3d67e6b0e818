using Syndicate.Core.Time;

namespace Syndicate.Core.Items;

/// <summary>
/// Wire lists are newest first. When a page's order holds, an item was published no later than every
/// item above it and no earlier than every item below it, so its window is bounded by theirs: an item
/// shown with "2 uur geleden" between two items known to the minute lies between them.
/// </summary>
public static class PageOrder
{
    /// <summary>
    /// Whether the windows, in page order, hold the newest-first order: no item is wholly newer than an
    /// item above it (that would contradict the order), and at least one item is wholly older than an item
    /// above it (else nothing shows the page is ordered at all, and no window would change anyway).
    /// </summary>
    public static bool Holds(IReadOnlyList<TimeWindow> windows)
    {
        var confirmed = false;
        DateTimeOffset? highestLoAbove = null;
        DateTimeOffset? lowestHiAbove = null;
        foreach (var window in windows)
        {
            if (window.Lo is { } lo && lowestHiAbove is { } hiAbove && lo >= hiAbove)
            {
                return false;
            }

            confirmed |= highestLoAbove is { } loAbove && loAbove >= window.Hi;
            highestLoAbove = Later(highestLoAbove, window.Lo);
            lowestHiAbove = lowestHiAbove is { } h && h < window.Hi ? h : window.Hi;
        }

        return confirmed;
    }

    /// <summary>
    /// The windows, in page order, each intersected with (the highest lower bound below it, the lowest upper
    /// bound above it] when <see cref="Holds"/>; else the windows as they are. A window only ever narrows:
    /// the order never moves an item outside its own window.
    /// </summary>
    public static IReadOnlyList<TimeWindow> Bound(IReadOnlyList<TimeWindow> windows)
    {
        if (!Holds(windows))
        {
            return windows;
        }

        var bounded = new TimeWindow[windows.Count];
        DateTimeOffset? highestLoBelow = null;
        for (var i = windows.Count - 1; i >= 0; i--)
        {
            bounded[i] = new TimeWindow(Later(windows[i].Lo, highestLoBelow), windows[i].Hi);
            highestLoBelow = Later(highestLoBelow, windows[i].Lo);
        }

        var lowestHiAbove = DateTimeOffset.MaxValue;
        for (var i = 0; i < bounded.Length; i++)
        {
            var hi = bounded[i].Hi < lowestHiAbove ? bounded[i].Hi : lowestHiAbove;
            bounded[i] = new TimeWindow(bounded[i].Lo, hi);
            lowestHiAbove = hi;
        }

        return bounded;
    }

    private static DateTimeOffset? Later(DateTimeOffset? a, DateTimeOffset? b) => (a, b) switch
    {
        (null, _) => b,
        (_, null) => a,
        ({ } x, { } y) => x > y ? x : y,
    };
}

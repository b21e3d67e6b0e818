using Syndicate.Core.Time;

namespace Syndicate.Core.Feeds;

/// <summary>
/// The one instant the feeds show for an item: its window's estimate to the whole second. Once shown it stays while
/// it lies inside the window and within <see cref="Tolerance"/> of the window's estimate, so a window that narrows by
/// seconds at every poll does not make readers re-sort or re-show the entry; it moves when the estimate moves further,
/// or when the window no longer holds it.
/// </summary>
public static class ShownInstant
{
    public static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(1);

    /// <summary>
    /// The window's estimate to the second, as RSS and Atom dates carry it, so every format shows the same
    /// instant: rounded down, or up when down would leave the window; as is when neither stays inside.
    /// </summary>
    public static DateTimeOffset Of(TimeWindow window)
    {
        var estimate = window.Estimate;
        var down = WholeSeconds.Truncate(estimate);
        var up = down == estimate ? down : down.AddSeconds(1);
        return window.Contains(down) ? down : window.Contains(up) ? up : estimate;
    }

    /// <summary>What to show once the item's window is <paramref name="window"/>, <paramref name="shown"/> having been shown before.</summary>
    public static DateTimeOffset Next(DateTimeOffset shown, TimeWindow window)
    {
        var estimate = Of(window);
        return window.Contains(shown) && (estimate - shown).Duration() <= Tolerance ? shown : estimate;
    }
}

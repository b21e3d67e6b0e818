namespace Syndicate.Core.Time;

/// <summary>How every sighting of an item narrows the window it was published in.</summary>
public static class WindowNarrowing
{
    /// <summary>
    /// The window both the stored window and the latest sighting allow. When they allow no instant in
    /// common (the item was edited, a clock was skewed) the latest sighting wins and the result says so,
    /// so the caller can warn; the window never silently widens beyond the latest sighting's.
    /// </summary>
    public static NarrowedWindow Narrow(TimeWindow stored, TimeWindow latest) =>
        stored.Intersect(latest) is { } both
            ? new NarrowedWindow(both, Contradicted: false)
            : new NarrowedWindow(latest, Contradicted: true);
}

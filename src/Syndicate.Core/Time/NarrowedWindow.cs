namespace Syndicate.Core.Time;

/// <summary>An item's window after a new sighting, and whether the sighting contradicted the window before.</summary>
public readonly record struct NarrowedWindow(TimeWindow Window, bool Contradicted);

using Syndicate.Core.Time;

namespace Syndicate.Storage;

/// <summary>An item's current window, the instant the feeds show, and the sightings the window was narrowed from, oldest first.</summary>
public sealed record ItemEvidence(string ItemId, string Title, string SourceId, TimeWindow Window, IReadOnlyList<StoredSighting> Sightings, DateTimeOffset Published);

/// <summary>One capture's evidence about an item, as stored.</summary>
/// <param name="AgeText">The age the page printed ("16 minuten geleden"), if any.</param>
public sealed record StoredSighting(string SourceId, DateTimeOffset CapturedAt, string? AgeText, TimeWindow Window);

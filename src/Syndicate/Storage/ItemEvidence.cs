using Syndicate.Core.Items;
using Syndicate.Core.Time;

namespace Syndicate.Storage;

/// <summary>An item's current window, the instant the feeds show, and the sightings the window was narrowed from, oldest first.</summary>
public sealed record ItemEvidence(string ItemId, string Title, string SourceId, TimeWindow Window, IReadOnlyList<StoredSighting> Sightings, DateTimeOffset Published)
{
    /// <summary>The versions the item's headline and text replaced, oldest first.</summary>
    public IReadOnlyList<StoredVersion> EarlierVersions { get; init; } = [];
}

/// <summary>A headline and text an item showed until <paramref name="SupersededAt"/>, when a change of the kind <paramref name="Change"/> replaced them.</summary>
public sealed record StoredVersion(DateTimeOffset SupersededAt, ItemVersionChange Change, string? Headline, string Body);

/// <summary>One capture's evidence about an item, as stored, with the later captures that said the same.</summary>
/// <param name="CapturedAt">The first capture's reference time.</param>
/// <param name="AgeText">The age the page printed ("16 minuten geleden"), if any.</param>
/// <param name="Window">The window the captures allow together.</param>
public sealed record StoredSighting(string SourceId, DateTimeOffset CapturedAt, string? AgeText, TimeWindow Window)
{
    /// <summary>The last capture that said the same (the same age text, an overlapping window).</summary>
    public DateTimeOffset LastCapturedAt { get; init; } = CapturedAt;

    /// <summary>How many captures this sighting stands for.</summary>
    public int Captures { get; init; } = 1;
}

using Syndicate.Core.Time;
using Syndicate.Storage;

namespace Syndicate.Admin;

/// <summary>Why an item carries the time it does: its window, the instant the feeds show, and every sighting behind them.</summary>
/// <param name="Published">The instant the feeds show: the window's estimate, moved only when it moves more than a minute.</param>
public sealed record ItemSightings(string ItemId, string Title, string SourceId, WindowView Window, DateTimeOffset Published, IReadOnlyList<SightingView> Sightings)
{
    public static ItemSightings From(ItemEvidence evidence) => new(
        evidence.ItemId,
        evidence.Title,
        evidence.SourceId,
        WindowView.From(evidence.Window),
        evidence.Published,
        [.. evidence.Sightings.Select(s => new SightingView(s.SourceId, s.CapturedAt, s.AgeText, WindowView.From(s.Window)))]);
}

/// <summary>One capture's evidence: when, what age the page printed, and the window that age allows.</summary>
public sealed record SightingView(string SourceId, DateTimeOffset CapturedAt, string? AgeText, WindowView Window);

/// <summary>The half-open window (After, NotAfter] an item was published in; After is null when unbounded.</summary>
public sealed record WindowView(DateTimeOffset? After, DateTimeOffset NotAfter)
{
    public static WindowView From(TimeWindow window) => new(window.Lo, window.Hi);
}

using Syndicate.Core.Time;
using Syndicate.Core.Wire;

namespace Syndicate.Core.Items;

/// <summary>One capture's evidence about one item: what the page showed and the window it allows.</summary>
public sealed record Sighting(string ItemId, WireItem Item, string Title, TimeWindow Window, DateTimeOffset CapturedAt);

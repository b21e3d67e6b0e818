using Syndicate.Core.Time;
using Syndicate.Core.Wire;

namespace Syndicate.Core.Items;

/// <summary>
/// Date and identify: the items read from one capture become sightings, each window bounded by its
/// neighbours' when the page's newest-first order holds (<see cref="PageOrder"/>).
/// </summary>
public static class CaptureAnalyzer
{
    public static IReadOnlyList<Sighting> Analyze(IReadOnlyList<WireItem> items, AgeGrammar ages, CaptureClock clock)
    {
        var windows = PageOrder.Bound([.. items.Select(item => item.Age is not null && ages.TryParse(item.Age, out var age)
            ? clock.WindowOf(age)
            : TimeWindow.Until(clock.Reference + clock.Precision))]);
        var sightings = new Dictionary<string, Sighting>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var (item, window) = (items[i], windows[i]);
            var id = ItemIdentity.Of(item);
            // A page that shows an item twice (a teaser and the list) yields one sighting.
            if (!sightings.TryGetValue(id, out var earlier))
            {
                sightings.Add(id, new Sighting(id, item, ItemTitle.For(item), window, clock.Reference));
            }
            else
            {
                sightings[id] = earlier with { Window = WindowNarrowing.Narrow(earlier.Window, window).Window };
            }
        }

        return [.. sightings.Values];
    }
}

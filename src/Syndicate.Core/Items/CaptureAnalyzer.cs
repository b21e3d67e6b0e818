using Syndicate.Core.Time;
using Syndicate.Core.Wire;

namespace Syndicate.Core.Items;

/// <summary>Recognise, date and identify: a captured page's blocks become sightings of items.</summary>
public sealed class CaptureAnalyzer(AgencyCatalog agencies)
{
    public IReadOnlyList<Sighting> Analyze(IReadOnlyList<TextBlock> blocks, string language, CaptureClock clock)
    {
        var grammar = AgeGrammar.For(language);
        var items = new WireRecognizer(agencies, grammar).Recognize(blocks);
        var sightings = new Dictionary<string, Sighting>(items.Count);
        foreach (var item in items)
        {
            var window = item.Age is not null && grammar.TryParse(item.Age, out var age)
                ? age.ToWindow(clock)
                : TimeWindow.Until(clock.Reference);
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

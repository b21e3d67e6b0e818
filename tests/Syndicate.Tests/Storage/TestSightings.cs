using Syndicate.Core.Items;
using Syndicate.Core.Time;
using Syndicate.Core.Wire;

namespace Syndicate.Tests.Storage;

/// <summary>Sightings as an ingest makes them: an item with a Dutch age, dated against a reference time in Amsterdam.</summary>
internal static class TestSightings
{
    public static readonly WireItem Oslo = new(null, "OSLO", "OSLO", ["ANP"], "Vier organisaties hebben het hof om uitleg gevraagd.", "1 uur geleden", "Buitenland", null);

    /// <summary>Another item from the same dateline: bulletin <paramref name="number"/>.</summary>
    public static WireItem Numbered(int number) => Oslo with { Body = $"Bericht {number}: vier organisaties hebben het hof om uitleg gevraagd." };

    public static Sighting SeenAt(DateTimeOffset reference, string age = "1 uur geleden", WireItem? item = null)
    {
        item ??= Oslo;
        Assert.True(AgeGrammar.For("nl").TryParse(age, out var parsed));
        var window = parsed.ToWindow(new CaptureClock(reference, "Europe/Amsterdam", AgeRounding.Floor));
        return new Sighting(ItemIdentity.Of(item), item with { Age = age }, "Vier organisaties", window, reference);
    }
}

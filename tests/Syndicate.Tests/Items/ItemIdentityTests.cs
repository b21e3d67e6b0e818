using Syndicate.Core.Items;
using Syndicate.Core.Wire;

namespace Syndicate.Tests.Items;

public sealed class ItemIdentityTests
{
    private static readonly WireItem Oslo = new(null, "OSLO", "OSLO", ["ANP"], "Marius Borg Høiby werd woensdag emotioneel.", "2 uur geleden", null, null);

    [Fact]
    public void Age_headline_link_case_and_accents_do_not_change_the_id()
    {
        var elsewhere = Oslo with
        {
            Headline = "Høiby emotioneel",
            Age = "3 uur geleden",
            Link = "https://nieuws.example/1",
            Body = "MARIUS BORG HOIBY werd woensdag  emotioneel!",
            Agencies = ["ANP", "NTB"],
        };

        Assert.Equal(ItemIdentity.Of(Oslo), ItemIdentity.Of(elsewhere));
    }

    [Fact]
    public void Another_place_or_another_story_is_another_id()
    {
        Assert.NotEqual(ItemIdentity.Of(Oslo), ItemIdentity.Of(Oslo with { Place = "BERGEN" }));
        Assert.NotEqual(ItemIdentity.Of(Oslo), ItemIdentity.Of(Oslo with { Body = "Kroonprinses Mette-Marit zweeg." }));
    }
}

using Syndicate.Core.Places;

namespace Syndicate.Tests.Places;

public sealed class PlaceKeyTests
{
    [Theory]
    [InlineData("CAÏRO", "CAIRO")]
    [InlineData("Mexico-Stad", "MEXICO STAD")]
    [InlineData("St. Paul", "SAINT PAUL")]
    [InlineData("Ste-Foy", "SAINTE FOY")]
    [InlineData("Sault Ste. Marie", "SAULT STE MARIE")]
    [InlineData("Stoke-on-Trent", "STOKE ON TRENT")]
    [InlineData("Mount St. Helens", "MOUNT SAINT HELENS")]
    [InlineData("Cortina d'Ampezzo", "CORTINA D AMPEZZO")]
    [InlineData("  São   Paulo -- ", "SAO PAULO")]
    [InlineData("Łódź", "LODZ")]
    [InlineData("Tromsø", "TROMSO")]
    [InlineData("Großbeeren", "GROSSBEEREN")]
    [InlineData("Þórshöfn", "THORSHOFN")]
    [InlineData("Diyarbakır", "DIYARBAKIR")]
    [InlineData("Đà Nẵng", "DA NANG")]
    [InlineData("Cai\u0308ro", "CAIRO")]
    [InlineData("Москва", "МОСКВА")]
    public void A_name_folds_to_its_key(string name, string key)
    {
        Assert.Equal(key, PlaceKey.Normalize(name));
    }

    [Fact]
    public void A_key_longer_than_the_buffer_is_refused()
    {
        Assert.Equal(-1, PlaceKey.Write(new string('A', 11), new char[10]));
        Assert.Equal(-1, PlaceKey.Write("ST A", new char[5]));
        Assert.Equal(string.Empty, PlaceKey.Normalize(new string('A', PlaceKey.MaxLength + 1)));
    }
}

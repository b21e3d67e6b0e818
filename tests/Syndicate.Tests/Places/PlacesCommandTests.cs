using Syndicate.Cli;

namespace Syndicate.Tests.Places;

public sealed class PlacesCommandTests
{
    [Fact]
    public void The_places_verb_writes_country_and_news_region_per_dateline()
    {
        using var output = new StringWriter { NewLine = "\n" };

        var exitCode = PlacesCommand.Run(new StringReader("LONDEN (ANP) -\nWASHINGTON/KYIV\nXQZWY\n\nCAÏRO\n"), output);

        Assert.Equal(0, exitCode);
        Assert.Equal("LONDEN (ANP) -\tGB\teurope\nWASHINGTON/KYIV\tUS\tnorth-america\nXQZWY\t\t\n\t\t\nCAÏRO\tEG\tmiddle-east\n", output.ToString());
    }
}

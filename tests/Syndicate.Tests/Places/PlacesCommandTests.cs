using Syndicate.Cli;

namespace Syndicate.Tests.Places;

public sealed class PlacesCommandTests
{
    [Fact]
    public void The_places_verb_writes_country_and_news_region_per_dateline()
    {
        using var output = new StringWriter { NewLine = "\n" };

        var exitCode = PlacesCommand.Run(new StringReader("LONDEN (ANP) -\nWASHINGTON/KYIV\nXQZWY\n\nCAÏRO\n"), output, TextWriter.Null);

        Assert.Equal(0, exitCode);
        Assert.Equal("LONDEN (ANP) -\tGB\teurope\nWASHINGTON/KYIV\tUS\tnorth-america\nXQZWY\t\t\n\t\t\nCAÏRO\tEG\tmiddle-east\n", output.ToString());
    }

    [Fact]
    public void A_home_country_column_is_the_prior_for_same_named_places()
    {
        using var output = new StringWriter { NewLine = "\n" };

        PlacesCommand.Run(new StringReader("TRIPOLI (AFP) -\nTRIPOLI (AFP) -\tLB\nTRIPOLI (AFP) -\tlb \n"), output, TextWriter.Null);

        Assert.Equal("TRIPOLI (AFP) -\tLY\tafrica\nTRIPOLI (AFP) -\tLB\tmiddle-east\nTRIPOLI (AFP) -\tLB\tmiddle-east\n", output.ToString());
    }

    [Fact]
    public void An_unknown_home_country_gets_an_empty_answer_and_a_message_naming_its_line()
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var errors = new StringWriter { NewLine = "\n" };

        var exitCode = PlacesCommand.Run(new StringReader("LONDEN\nPARIJS\tXX\n"), output, errors);

        Assert.Equal(0, exitCode);
        Assert.Equal("LONDEN\tGB\teurope\nPARIJS\t\t\n", output.ToString());
        Assert.Equal("places: line 2: 'XX' is not an ISO 3166-1 alpha-2 country code\n", errors.ToString());
    }
}

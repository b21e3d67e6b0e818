using Syndicate.Tests.Support;

namespace Syndicate.Tests.Api;

public sealed class ConfiguredAgencyTests
{
    [Fact]
    public async Task An_agency_from_configuration_gets_its_feed_and_its_aliases_redirect_to_it()
    {
        using var directory = new TemporaryDirectory();
        var page = Path.Combine(directory.Path, "page.txt");
        await File.WriteAllTextAsync(page, "DEN HAAG (NU.nl) - Het kabinet heeft dinsdag een nieuw plan gepresenteerd.\n5 minuten geleden\n");
        await using var host = new SyndicateHost(directory, new Dictionary<string, string?>
        {
            ["Syndicate:Sources:0:Url"] = page,
            ["Syndicate:Agencies:0:Code"] = "nu",
            ["Syndicate:Agencies:0:Name"] = "NU.nl",
            ["Syndicate:Agencies:0:Aliases:0"] = "NU.nl",
        });
        using var client = host.CreateClient(new() { AllowAutoRedirect = false });
        await host.IngestAsync("sample-text");

        var feed = await client.GetFeedAsync("/feeds/agency/nu.atom");
        using var alias = await client.GetAsync("/feeds/agency/NU.nl.atom");

        Assert.Equal(["NU.nl"], feed.Items.Single().Authors.Select(a => a.Name));
        Assert.Equal("/feeds/agency/nu.atom", alias.Headers.Location?.OriginalString);
    }
}

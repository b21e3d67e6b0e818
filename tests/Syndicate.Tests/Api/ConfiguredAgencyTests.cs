using System.Net.Http.Json;
using Syndicate.Admin;
using Syndicate.Tests.Support;

namespace Syndicate.Tests.Api;

public sealed class ConfiguredAgencyTests() : SinglePageTests(
    "DEN HAAG (NU.nl) - Het kabinet heeft dinsdag een nieuw plan gepresenteerd.\n5 minuten geleden\n"
    + "UTRECHT (ANP/RTV UTRECHT) - Op de A12 is een ongeluk gebeurd.\n7 minuten geleden\n",
    new Dictionary<string, string?>
    {
        ["Syndicate:Agencies:0:Code"] = "nu",
        ["Syndicate:Agencies:0:Name"] = "NU.nl",
        ["Syndicate:Agencies:0:Aliases:0"] = "NU.nl",
    })
{
    [Fact]
    public async Task An_agency_from_configuration_gets_its_feed_and_its_aliases_redirect_to_it()
    {
        var feed = await Client.GetFeedAsync("/feeds/agency/nu.atom");
        using var alias = await Client.GetAsync("/feeds/agency/NU.nl.atom");

        Assert.Equal(["NU.nl"], feed.Items.Single().Authors.Select(a => a.Name));
        Assert.Equal("/feeds/agency/nu.atom", alias.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Credits_the_catalog_does_not_know_are_kept_as_written_and_listed_for_admins()
    {
        using var admin = Host.CreateAdminClient();

        var unknown = await admin.GetFromJsonAsync<UnknownCredit[]>("/admin/api/agencies/unknown") ?? [];
        var utrecht = (await Client.GetFeedAsync("/feeds/all.atom")).Items.Single(i => i.Text().StartsWith("UTRECHT", StringComparison.Ordinal));

        Assert.Equal([new UnknownCredit("RTV UTRECHT", 1)], unknown);
        Assert.Equal(["ANP", "RTV UTRECHT"], utrecht.Authors.Select(a => a.Name));
    }
}

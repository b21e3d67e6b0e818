using System.Text.Json;
using System.Xml.Linq;
using Syndicate.Tests.Support;
using Syndicate.Tests.Wire;

namespace Syndicate.Tests.Publishing;

/// <summary>
/// A regional service credited after the agency ("Hannover (dpa/lni) –", dpa's Lower Saxony service) is the agency
/// dpa plus the service "dpa/lni": the entry is in dpa's feed, and carries the service as a category of its own
/// (Atom and RSS, scheme …/feeds/service) and as a JSON Feed tag, and its text credits the service as the page did. Read from a real page's structure (corpus de-sat1-1).
/// </summary>
public sealed class ServiceCategoryTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public async Task A_regional_service_is_a_category_and_a_tag_of_the_agencys_entry()
    {
        await using var host = new SyndicateHost(settings: new Dictionary<string, string?>
        {
            ["Syndicate:Sources:0:Url"] = Path.Combine(RecognitionCorpus.Development.Directory, "de-sat1-1", "page.txt"),
            ["Syndicate:Sources:0:Language"] = "de",
            ["Syndicate:Sources:0:TimeZone"] = "Europe/Berlin",
        });
        using var client = host.CreateClient();
        await host.IngestAsync("sample-text");

        var atom = XDocument.Parse(await client.GetStringAsync("/feeds/agency/dpa.atom", TestContext.Current.CancellationToken));
        var hannover = atom.Root!.Elements(Atom + "entry").First(e => ((string)e.Element(Atom + "content")!).StartsWith("Hannover (dpa/lni) - Mit Glück", StringComparison.Ordinal));
        var services = hannover.Elements(Atom + "category").Where(c => ((string)c.Attribute("scheme")!).EndsWith("/feeds/service", StringComparison.Ordinal)).Select(c => (string)c.Attribute("term")!);
        Assert.Equal(["dpa/lni"], services);

        var rss = XDocument.Parse(await client.GetStringAsync("/feeds/agency/dpa.rss", TestContext.Current.CancellationToken));
        Assert.Contains(rss.Descendants("category"), c => c.Value == "dpa/lno" && ((string)c.Attribute("domain")!).EndsWith("/feeds/service", StringComparison.Ordinal));

        using var json = JsonDocument.Parse(await client.GetStringAsync("/feeds/agency/dpa.json", TestContext.Current.CancellationToken));
        Assert.Contains(json.RootElement.GetProperty("items").EnumerateArray(), i => i.GetProperty("tags").EnumerateArray().Any(t => t.GetString() == "dpa/lni"));
    }
}

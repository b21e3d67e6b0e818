using System.Text;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using Syndicate.Core.Feeds;
using Syndicate.Publishing;
using Syndicate.Tests.Support;

namespace Syndicate.Tests.Conformance;

/// <summary>
/// Every feed the two sample pages produce, in every format (not a sample of them), checked against the MUST and
/// SHOULD rules of RFC 4287, RSS 2.0 with the RSS Advisory Board's profile, and JSON Feed 1.1; and the checks
/// themselves shown to catch the faults they name.
/// </summary>
public sealed class FeedConformanceTests(SeededHost seeded) : IClassFixture<SeededHost>
{
    [Fact]
    public void Every_feed_of_the_samples_in_every_format_breaks_no_must_and_no_should()
    {
        var services = seeded.Host.Services;
        // The bytes every request for the feed's URL gets (the HTTP tests show that), read from the snapshot: 888 requests would meet the rate limit.
        var snapshot = services.GetRequiredService<FeedPublisher>().Current;
        var site = services.GetRequiredService<FeedRenderer>().Site;
        var now = DateTimeOffset.UtcNow;
        var findings = new List<string>();
        var (documents, withEntries) = (0, 0);
        foreach (var feed in services.GetRequiredService<FeedCatalog>().Feeds)
        {
            foreach (var format in FeedFormats.All)
            {
                var url = site.FeedUri(feed.Path, format);
                var rendered = snapshot.Find(feed.Path, format)!;
                findings.AddRange(Check(rendered.Document.Content, format, url, now).Select(f => $"{url.PathAndQuery}: {f}"));
                documents++;
                withEntries += rendered.EntryCount > 0 ? 1 : 0;
            }
        }

        Assert.True(findings.Count == 0, string.Join(Environment.NewLine, findings.Take(50)));
        Assert.Equal(services.GetRequiredService<FeedCatalog>().Feeds.Count() * 3, documents);
        Assert.True(withEntries >= 30, $"only {withEntries} documents with entries were checked");
    }

    [Fact]
    public void The_atom_rules_catch_an_entry_without_content_or_alternate_link_equal_updated_dates_and_a_missing_author()
    {
        var atom = """
            <feed xmlns="http://www.w3.org/2005/Atom"><id>tag:x,2026:f</id><title>F</title><updated>2026-11-28T09:00:00Z</updated>
            <link rel="self" href="https://x.example/f.atom"/>
            <entry><id>tag:x,2026:1</id><title>A</title><updated>2026-11-28T09:00:00Z</updated><summary>s</summary></entry>
            <entry><id>tag:x,2026:2</id><title>B</title><updated>2026-11-28T09:00:00Z</updated><content>c</content><author><name>N</name></author></entry>
            </feed>
            """;

        var rules = Rules(Check(Encoding.UTF8.GetBytes(atom), FeedFormat.Atom, new Uri("https://x.example/f.atom"), DateTimeOffset.UtcNow));

        Assert.Equal(["4.1.1", "4.1.1.1", "W3C DuplicateUpdated"], rules);
    }

    [Fact]
    public void The_rss_rules_catch_the_a10_prefix_a_missing_self_link_and_guid_and_a_two_digit_year()
    {
        var rss = """
            <rss version="2.0" xmlns:a10="http://www.w3.org/2005/Atom"><channel><title>F</title><link>https://x.example/</link><description>D</description>
            <item><title>A</title><a10:updated>2026-11-28T09:00:00Z</a10:updated><pubDate>Sat, 28 Nov 26 09:00:00 GMT</pubDate></item>
            </channel></rss>
            """;

        var rules = Rules(Check(Encoding.UTF8.GetBytes(rss), FeedFormat.Rss, new Uri("https://x.example/f.rss"), DateTimeOffset.UtcNow));

        Assert.Equal(["W3C AvoidNamespacePrefix", "profile: atom:link self", "profile: guid", "spec: RFC 822 date"], rules);
    }

    [Fact]
    public void The_json_feed_rules_catch_a_missing_id_and_content_a_member_not_in_the_spec_and_a_wrong_feed_url()
    {
        var json = """
            {"version":"https://jsonfeed.org/version/1.1","title":"F","home_page_url":"https://x.example/","feed_url":"https://x.example/other.json",
             "items":[{"url":"https://x.example/1","wire":{}}]}
            """;

        var rules = Rules(Check(Encoding.UTF8.GetBytes(json), FeedFormat.Json, new Uri("https://x.example/f.json"), DateTimeOffset.UtcNow));

        Assert.Equal(["extensions", "feed_url", "item content", "item id"], rules);
    }

    private static IReadOnlyList<Finding> Check(byte[] document, FeedFormat format, Uri servedAt, DateTimeOffset now)
    {
        if (format == FeedFormat.Json)
        {
            using var json = JsonDocument.Parse(document);
            return JsonFeedRules.Check(json.RootElement, servedAt, now);
        }

        using var reader = XmlReader.Create(new MemoryStream(document), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        var xml = XDocument.Load(reader);
        return format == FeedFormat.Atom
            ? AtomRules.Check(xml, servedAt, now)
            : RssRules.Check(xml, Encoding.UTF8.GetString(document), servedAt, now);
    }

    private static string[] Rules(IReadOnlyList<Finding> findings) => [.. findings.Select(f => f.Rule).Distinct().Order(StringComparer.Ordinal)];
}

using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Syndicate.Api;
using Syndicate.Core.Feeds;
using Syndicate.Core.Places;
using Syndicate.Core.Wire;
using Syndicate.Publishing;
using Syndicate.Tests.Support;
using CodeHollowReader = CodeHollow.FeedReader.FeedReader;

namespace Syndicate.Tests.Readers;

/// <summary>
/// Real feed readers read every format back with the ids and dates Syndicate published: Python's
/// feedparser (Debian's python3-feedparser), xmllint, SyndicationFeed.Load and CodeHollow.FeedReader.
/// </summary>
public sealed class FeedReaderTests(SeededHost seeded) : IClassFixture<SeededHost>
{
    private const string Python = "/usr/bin/python3";

    // Prints what feedparser made of the document on standard input, as JSON.
    private const string FeedparserScript = """
        import calendar, json, sys, feedparser
        d = feedparser.parse(sys.stdin.buffer.read())
        print(json.dumps({
            "bozo": int(d.bozo), "error": str(d.get("bozo_exception", "")), "version": d.version,
            "entries": [{"id": e.get("id"), "published": calendar.timegm(e.published_parsed) if e.get("published_parsed") else None,
                         "link": e.get("link")} for e in d.entries]}))
        """;

    public static TheoryData<string, FeedFormat> XmlFeeds { get; } = new()
    {
        { "/feeds/all.rss", FeedFormat.Rss },
        { "/feeds/all.atom", FeedFormat.Atom },
        { "/feeds/agency/afp.rss", FeedFormat.Rss },
        { "/feeds/agency/anp.atom", FeedFormat.Atom },
        { "/feeds/region/europe.rss", FeedFormat.Rss },
        { "/feeds/region/no.atom", FeedFormat.Atom },
        { "/feeds/all.rss?agency=afp&limit=2", FeedFormat.Rss },
        { "/feeds/all.atom?region=europe&q=oslo", FeedFormat.Atom },
    };

    public static TheoryData<string> AllFeeds { get; } = new()
    {
        "/feeds/all.rss", "/feeds/all.atom", "/feeds/all.json", "/feeds/agency/anp.json", "/feeds/region/europe.atom",
        "/feeds/agency/afp.rss", "/feeds/all.json?q=oekraine", "/feeds/all.rss?agency=anp&region=europe&limit=3",
    };

    [Theory]
    [MemberData(nameof(XmlFeeds))]
    public async Task Feedparser_reads_the_feed_without_complaint_with_every_id_and_date(string url, FeedFormat format)
    {
        ExternalTool.Require(File.Exists(Python) && await HasFeedparserAsync(), "python3-feedparser", "apt-get install python3-feedparser");
        var document = await seeded.Client.GetByteArrayAsync(url);

        var (exitCode, output, error) = await ExternalProcess.RunAsync(Python, ["-c", FeedparserScript], document);

        Assert.True(exitCode == 0, error);
        using var parsed = JsonDocument.Parse(output);
        var root = parsed.RootElement;
        Assert.True(root.GetProperty("bozo").GetInt32() == 0, root.GetProperty("error").GetString());
        Assert.Equal(format == FeedFormat.Rss ? "rss20" : "atom10", root.GetProperty("version").GetString());
        var entries = root.GetProperty("entries").EnumerateArray().ToList();
        var expected = await ExpectedAsync(url);
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Select(e => e.Id), entries.Select(e => e.GetProperty("id").GetString()));
        Assert.Equal(expected.Select(e => e.Published.ToUnixTimeSeconds()), entries.Select(e => e.GetProperty("published").GetInt64()));
    }

    [Theory]
    [MemberData(nameof(XmlFeeds))]
    public async Task Xmllint_finds_the_feed_well_formed(string url, FeedFormat format)
    {
        _ = format;
        ExternalTool.Require(ExternalTool.Exists("xmllint"), "xmllint", "apt-get install libxml2-utils");
        var document = await seeded.Client.GetByteArrayAsync(url);

        var (exitCode, _, error) = await ExternalProcess.RunAsync("xmllint", ["--noout", "-"], document);

        Assert.True(exitCode == 0, error);
    }

    [Theory]
    [MemberData(nameof(XmlFeeds))]
    public async Task SyndicationFeed_load_reads_the_same_ids_and_dates(string url, FeedFormat format)
    {
        _ = format;
        var feed = FeedClient.Load(await seeded.Client.GetByteArrayAsync(url));

        var expected = await ExpectedAsync(url);
        Assert.Equal(expected.Select(e => e.Id), feed.Items.Select(i => i.Id));
        Assert.Equal(expected.Select(e => e.Published), feed.Items.Select(i => i.PublishDate));
    }

    [Theory]
    [MemberData(nameof(AllFeeds))]
    public async Task CodeHollow_feedreader_reads_the_same_ids_and_dates(string url)
    {
        var feed = CodeHollowReader.ReadFromByteArray(await seeded.Client.GetByteArrayAsync(url));

        var expected = await ExpectedAsync(url);
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Select(e => e.Id), feed.Items.Select(i => i.Id));
        Assert.Equal(expected.Select(e => e.Published.UtcDateTime), feed.Items.Select(i => i.PublishingDate!.Value.ToUniversalTime()));
    }

    [Fact]
    public async Task The_json_feed_is_version_1_1_with_items_authors_and_tags()
    {
        using var response = await seeded.Client.GetAsync("/feeds/all.json");
        using var json = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync());

        var root = json.RootElement;
        Assert.Equal("https://jsonfeed.org/version/1.1", root.GetProperty("version").GetString());
        Assert.EndsWith("/feeds/all.json", root.GetProperty("feed_url").GetString(), StringComparison.Ordinal);
        var lead = root.GetProperty("items")[0];
        Assert.Equal("VS bevestigen dat Noord-Koreanen tegen Oekraïne vechten", lead.GetProperty("title").GetString());
        Assert.StartsWith("WASHINGTON (ANP/RTR) - ", lead.GetProperty("content_text").GetString(), StringComparison.Ordinal);
        Assert.Equal(["ANP", "Reuters"], lead.GetProperty("authors").EnumerateArray().Select(a => a.GetProperty("name").GetString()));
        Assert.Contains("North America", lead.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(["anp", "rtr"], lead.GetProperty("_wire").GetProperty("agencies").EnumerateArray().Select(a => a.GetString()));
        Assert.Contains("Oekraïne", Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()), StringComparison.Ordinal);
    }

    /// <summary>The entries the server published for <paramref name="url"/> (for a view, those the server selected for it), as feed ids and dates.</summary>
    private async Task<IReadOnlyList<(string Id, DateTimeOffset Published)>> ExpectedAsync(string url)
    {
        var services = seeded.Host.Services;
        var path = url.Split('?')[0];
        var feedPath = path["/feeds/".Length..path.LastIndexOf('.')];
        var snapshot = services.GetRequiredService<FeedPublisher>().Current;
        var feed = snapshot.Find(feedPath, FeedFormat.Atom)!;
        var entries = feed.Source.Entries;
        string? view = null;
        if (url.Contains('?', StringComparison.Ordinal))
        {
            var catalog = services.GetRequiredService<FeedCatalog>();
            var query = new QueryCollection(QueryHelpers.ParseQuery(url.Split('?')[1]));
            var feedSize = services.GetRequiredService<IOptions<PublishingOptions>>().Value.FeedSize;
            var (filter, _) = FeedQuery.Parse(query, feedSize, catalog, services.GetRequiredService<AgencyCatalog>(), services.GetRequiredService<RegionCatalog>());
            view = filter!.Query(feedSize);
            entries = (await services.GetRequiredService<FilteredFeeds>().ViewAsync(snapshot, feed, filter, view, CancellationToken.None))!.Source.Entries;
        }

        var site = services.GetRequiredService<FeedRenderer>().Site;
        return [.. entries.Select(e => (site.EntryId(feedPath, view, e.Id), e.Published))];
    }

    private static async Task<bool> HasFeedparserAsync() =>
        (await ExternalProcess.RunAsync(Python, ["-c", "import feedparser"])).ExitCode == 0;
}

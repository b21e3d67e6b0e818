using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using Syndicate.Core.Feeds;
using Syndicate.Publishing;
using Syndicate.Tests.Support;

namespace Syndicate.Tests.Api;

/// <summary>The pages for people: a feed's page, an item's page with the provenance of its timestamp, and its JSON form.</summary>
public sealed class PageTests(SeededHost seeded) : IClassFixture<SeededHost>
{
    private HttpClient Client => seeded.Client;

    private FeedEntry Moskou => seeded.Host.Services.GetRequiredService<FeedPublisher>().Current.Entries.Single(e => e.Dateline == "MOSKOU");

    [Fact]
    public async Task An_item_page_shows_the_text_the_window_in_the_sources_zone_every_sighting_and_the_feeds_it_is_in()
    {
        var html = await Client.GetStringAsync($"/items/{Moskou.Id}", TestContext.Current.CancellationToken);

        Assert.Contains("MOSKOU (ANP/AFP/RTR) - ", html, StringComparison.Ordinal);
        Assert.Matches(@"<dt>Published</dt><dd>on \d{1,2} \w{3} \d{4} between \d{2}:\d{2}(:\d{2})? and \d{2}:\d{2}(:\d{2})? CES?T ", html);
        Assert.Contains("Russia (RU)", html, StringComparison.Ordinal);
        Assert.Contains("<td>sample-text</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>sample-html</td>", html, StringComparison.Ordinal);
        Assert.Contains("geleden</td>", html, StringComparison.Ordinal);
        Assert.Contains("/feeds/agency/afp\">Syndicate: ", html, StringComparison.Ordinal);
        Assert.Contains("/feeds/region/europe\">Syndicate: Europe / Europa</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/feeds/region/asia\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_items_json_holds_its_window_sightings_and_feeds_and_its_identity_in_every_feed()
    {
        using var json = JsonDocument.Parse(await Client.GetStringAsync($"/items/{Moskou.Id}.json", TestContext.Current.CancellationToken));

        var item = json.RootElement;
        Assert.Equal($"tag:syndicate.localhost,2026:item/{Moskou.Id}", item.GetProperty("item").GetString());
        var window = item.GetProperty("window");
        var after = window.GetProperty("after").GetDateTimeOffset();
        var notAfter = window.GetProperty("notAfter").GetDateTimeOffset();
        Assert.InRange(Moskou.Published, after.AddTicks(1), notAfter);
        Assert.Equal("Europe/Amsterdam", item.GetProperty("timeZone").GetString());
        var sightings = item.GetProperty("sightings").EnumerateArray().ToList();
        Assert.Equal(["sample-text", "sample-html"], sightings.Select(s => s.GetProperty("source").GetString()));
        Assert.All(sightings, s => Assert.EndsWith("geleden", s.GetProperty("age").GetString(), StringComparison.Ordinal));
        Assert.Contains(item.GetProperty("feeds").EnumerateArray(), f => f.GetProperty("atom").GetString() == "http://localhost:5000/feeds/agency/afp.atom");
    }

    [Theory]
    [InlineData("/items/0000000000000000dead")]
    [InlineData("/items/0000000000000000dead.json")]
    public async Task An_unknown_item_answers_404_with_a_problem(string path)
    {
        using var response = await Client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Every_entry_without_an_article_links_to_its_item_page_as_its_alternate()
    {
        var feed = XDocument.Parse(await Client.GetStringAsync("/feeds/agency/afp.atom", TestContext.Current.CancellationToken));
        XNamespace atom = "http://www.w3.org/2005/Atom";

        var alternates = feed.Root!.Elements(atom + "entry").Select(e => e.Elements(atom + "link").Single(l => (string?)l.Attribute("rel") == "alternate").Attribute("href")!.Value).ToList();

        Assert.Equal(3, alternates.Count);
        Assert.Contains($"http://localhost:5000/items/{Moskou.Id}", alternates);
        foreach (var alternate in alternates)
        {
            using var page = await Client.GetAsync(new Uri(alternate).PathAndQuery, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        }
    }

    [Fact]
    public async Task A_feed_page_lists_its_entries_with_a_copyable_address_per_format_and_is_rendered_once_per_change()
    {
        using var first = await Client.GetAsync("/feeds/agency/afp", TestContext.Current.CancellationToken);
        var html = await first.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        using var again = new HttpRequestMessage(HttpMethod.Get, "/feeds/agency/afp");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var notModified = await Client.SendAsync(again, TestContext.Current.CancellationToken);

        Assert.Equal("text/html", first.Content.Headers.ContentType?.MediaType);
        foreach (var format in new[] { "rss", "atom", "json" })
        {
            Assert.Contains($"<input id=\"address-{format}\" type=\"url\" readonly value=\"http://localhost:5000/feeds/agency/afp.{format}\">", html, StringComparison.Ordinal);
            Assert.Contains($"<link rel=\"alternate\" type=\"{FeedFormats.All.Single(f => f.Extension() == format).BareMediaType()}\"", html, StringComparison.Ordinal);
        }

        Assert.Equal(3, html.Split("<article class=\"entry\">").Length - 1);
        Assert.Contains($"<a href=\"/items/{Moskou.Id}\">", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
    }

    [Theory]
    [InlineData("/feeds/agency/reuters", "/feeds/agency/rtr")]
    [InlineData("/feeds/region/NO", "/feeds/region/no")]
    public async Task A_feed_page_alias_moves_permanently_to_the_canonical_page(string path, string canonical)
    {
        using var response = await Client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(canonical, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task An_empty_feed_has_a_page_that_says_so()
    {
        var html = await Client.GetStringAsync("/feeds/agency/tass", TestContext.Current.CancellationToken);

        Assert.Contains("No items yet.", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_is_rendered_once_for_what_it_shows_however_many_ask_at_once()
    {
        var cache = new DocumentCache();
        var source = new object();
        var renders = 0;

        var documents = Enumerable.Range(0, 16).AsParallel().Select(_ => cache.For(source, "page", () =>
        {
            Interlocked.Increment(ref renders);
            return PrecompressedDocument.Create([1, 2, 3], "text/html; charset=utf-8", DateTimeOffset.UnixEpoch, "public, max-age=60");
        })).ToList();

        Assert.Equal(1, renders);
        Assert.Single(documents.Distinct());
        Assert.NotSame(documents[0], cache.For(new object(), "page", () => PrecompressedDocument.Create([1], "text/html", DateTimeOffset.UnixEpoch, "public")));
    }
}

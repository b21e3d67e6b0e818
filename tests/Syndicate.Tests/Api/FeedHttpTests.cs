using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Syndicate.Tests.Support;

namespace Syndicate.Tests.Api;

/// <summary>What HTTP clients and caches see: validators, 304s, HEAD, content codings, media types, cache headers.</summary>
public sealed class FeedHttpTests(SeededHost seeded) : IClassFixture<SeededHost>
{
    private HttpClient Client => seeded.Client;

    [Theory]
    [InlineData("/feeds/all.rss", "application/rss+xml")]
    [InlineData("/feeds/agency/anp.atom", "application/atom+xml")]
    [InlineData("/feeds/region/europe.json", "application/feed+json")]
    [InlineData("/feeds/all.json?q=oslo", "application/feed+json")]
    [InlineData("/feeds.opml", "text/x-opml")]
    [InlineData("/feeds.opml?all=true", "text/x-opml")]
    [InlineData("/feeds/agency/anp", "text/html")]
    [InlineData("/", "text/html")]
    public async Task Every_document_has_its_media_type_in_utf8_a_strong_etag_last_modified_cache_control_and_vary(string url, string mediaType)
    {
        using var response = await Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.False(response.Headers.ETag!.IsWeak);
        Assert.NotNull(response.Content.Headers.LastModified);
        Assert.True(response.Headers.CacheControl!.Public);
        Assert.NotNull(response.Headers.CacheControl.MaxAge);
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
    }

    [Theory]
    [InlineData("/feeds/all.rss")]
    [InlineData("/feeds/agency/anp.atom")]
    [InlineData("/feeds/all.json")]
    [InlineData("/feeds/all.atom?agency=afp")]
    public async Task Each_validator_alone_answers_304_without_a_body(string url)
    {
        using var first = await Client.GetAsync(url);
        using var byTag = new HttpRequestMessage(HttpMethod.Get, url);
        byTag.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var byDate = new HttpRequestMessage(HttpMethod.Get, url);
        byDate.Headers.IfModifiedSince = first.Content.Headers.LastModified;
        using var olderDate = new HttpRequestMessage(HttpMethod.Get, url);
        olderDate.Headers.IfModifiedSince = first.Content.Headers.LastModified!.Value.AddSeconds(-1);

        using var notModified = await Client.SendAsync(byTag);
        using var notModifiedSince = await Client.SendAsync(byDate);
        using var modified = await Client.SendAsync(olderDate);

        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
        Assert.Equal(first.Headers.ETag, notModified.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotModified, notModifiedSince.StatusCode);
        Assert.Empty(await notModifiedSince.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, modified.StatusCode);
    }

    [Fact]
    public async Task A_different_etag_wins_over_a_matching_date_and_gets_the_feed()
    {
        using var first = await Client.GetAsync("/feeds/all.atom");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/feeds/all.atom");
        request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"something-else\""));
        request.Headers.IfModifiedSince = first.Content.Headers.LastModified;

        using var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/feeds/all.rss", "gzip", "gzip", "-gz")]
    [InlineData("/feeds/all.rss", "br", "br", "-br")]
    [InlineData("/feeds/all.rss", "gzip, deflate, br, zstd", "br", "-br")]
    [InlineData("/feeds/all.rss", "br;q=0.5, gzip;q=0.9", "gzip", "-gz")]
    [InlineData("/feeds/all.rss", "gzip;q=0, identity", null, "")]
    [InlineData("/feeds/all.rss", "*", "br", "-br")]
    [InlineData("/feeds/all.rss?q=oslo&limit=3", "gzip", "gzip", "-gz")]
    [InlineData("/feeds/all.atom?q=oslo&limit=4", "br", "br", "-br")]
    public async Task Accept_encoding_picks_the_precompressed_coding_whose_bytes_decode_to_the_identity_bytes(string url, string acceptEncoding, string? coding, string etagSuffix)
    {
        var identity = await Client.GetAsync(url);
        var identityBytes = await identity.Content.ReadAsByteArrayAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);

        using var response = await Client.SendAsync(request);

        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(coding is null ? [] : [coding], response.Content.Headers.ContentEncoding);
        Assert.Equal(body.Length, response.Content.Headers.ContentLength);
        Assert.Equal(identityBytes, Decode(body, coding));
        Assert.Equal(identity.Headers.ETag!.Tag.TrimEnd('"') + etagSuffix + "\"", response.Headers.ETag!.Tag);
    }

    [Theory]
    [InlineData("/feeds/agency/anp.rss")]
    [InlineData("/feeds/agency/anp.rss?q=oslo&limit=5")]
    public async Task If_none_match_with_any_codings_etag_answers_304_with_the_etag_of_the_coding_asked_for(string url)
    {
        using var gzip = new HttpRequestMessage(HttpMethod.Get, url);
        gzip.Headers.TryAddWithoutValidation("Accept-Encoding", "gzip");
        using var gzipped = await Client.SendAsync(gzip);
        using var identityRequest = new HttpRequestMessage(HttpMethod.Get, url);
        identityRequest.Headers.TryAddWithoutValidation("If-None-Match", $"\"other\", W/{gzipped.Headers.ETag!.Tag}");

        using var response = await Client.SendAsync(identityRequest);

        Assert.EndsWith("-gz\"", gzipped.Headers.ETag.Tag, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        Assert.DoesNotContain("-gz", response.Headers.ETag!.Tag, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/feeds/all.atom")]
    [InlineData("/feeds/region/europe.json?limit=2")]
    [InlineData("/feeds.opml")]
    public async Task Head_answers_the_get_headers_without_a_body(string url)
    {
        using var get = await Client.GetAsync(url);
        using var head = await Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.Equal(get.Content.Headers.ContentLength, head.Content.Headers.ContentLength);
        Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
    }

    [Fact]
    public async Task Cache_control_max_age_is_the_shortest_interval_between_two_polls_kept_between_a_minute_and_an_hour()
    {
        // The test sources' schedules fire once, in 2099: no interval, so the longest caching, an hour.
        using var response = await Client.GetAsync("/feeds/all.rss");

        Assert.Equal(TimeSpan.FromHours(1), response.Headers.CacheControl!.MaxAge);
        var rss = await response.Content.ReadAsStringAsync();
        Assert.Contains("<ttl>60</ttl>", rss, StringComparison.Ordinal);
        Assert.Contains("<sy:updatePeriod>hourly</sy:updatePeriod>", rss, StringComparison.Ordinal);
        Assert.Contains("<sy:updateFrequency>1</sy:updateFrequency>", rss, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/feeds/all.rss", "/feeds/all")]
    [InlineData("/feeds/agency/anp.atom", "/feeds/agency/anp")]
    public async Task Rss_and_atom_tell_a_person_in_a_browser_where_the_feed_page_is_and_name_no_stylesheet(string url, string page)
    {
        var feed = await Client.GetStringAsync(url);

        Assert.Contains($"<!-- A news feed for feed readers. The page for people: http://localhost:5000{page} -->", feed, StringComparison.Ordinal);
        Assert.DoesNotContain("xml-stylesheet", feed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_feed_url_answers_a_browser_with_the_feed_not_a_page()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/feeds/agency/anp.rss");
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");

        using var response = await Client.SendAsync(request);

        Assert.Equal("application/rss+xml", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_opml_list_holds_only_the_feeds_with_items_unless_all_is_asked_for()
    {
        static async Task<List<string>> Subscriptions(HttpClient client, string url) =>
            [.. System.Xml.Linq.XDocument.Parse(await client.GetStringAsync(url)).Descendants("outline").Select(o => o.Attribute("xmlUrl")?.Value).OfType<string>()];

        var withItems = await Subscriptions(Client, "/feeds.opml");
        var every = await Subscriptions(Client, "/feeds.opml?all=true");

        Assert.Contains(withItems, u => u.EndsWith("/feeds/region/no.atom", StringComparison.Ordinal));
        Assert.DoesNotContain(withItems, u => u.EndsWith("/feeds/region/unknown.atom", StringComparison.Ordinal));
        Assert.DoesNotContain(withItems, u => u.EndsWith("/feeds/agency/tass.atom", StringComparison.Ordinal));
        foreach (var url in withItems)
        {
            Assert.NotEmpty((await Client.GetFeedAsync(new Uri(url).PathAndQuery)).Items);
        }

        Assert.Contains(every, u => u.EndsWith("/feeds/region/unknown.atom", StringComparison.Ordinal));
        Assert.True(every.Count > withItems.Count);
    }

    [Fact]
    public async Task The_opml_list_has_one_subscription_per_feed_pointing_at_its_atom_document()
    {
        var opml = System.Xml.Linq.XDocument.Parse(await Client.GetStringAsync("/feeds.opml?all=true"));

        Assert.Equal("2.0", opml.Root!.Attribute("version")!.Value);
        var urls = opml.Descendants("outline").Select(o => o.Attribute("xmlUrl")?.Value).OfType<string>().ToList();
        Assert.Equal(urls.Count, urls.Distinct().Count());
        Assert.Contains(urls, u => u.EndsWith("/feeds/all.atom", StringComparison.Ordinal));
        Assert.Contains(urls, u => u.EndsWith("/feeds/agency/afp.atom", StringComparison.Ordinal));
        Assert.Contains(urls, u => u.EndsWith("/feeds/region/europe.atom", StringComparison.Ordinal));
        Assert.Contains(urls, u => u.EndsWith("/feeds/region/unknown.atom", StringComparison.Ordinal));
        Assert.Contains(urls, u => u.EndsWith("/feeds/region/no.atom", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_index_page_shows_the_latest_items_per_region_and_per_agency_and_links_the_opml()
    {
        var index = await Client.GetStringAsync("/");

        Assert.Contains("Latest by region", index, StringComparison.Ordinal);
        Assert.Contains("Latest by agency", index, StringComparison.Ordinal);
        Assert.Contains("VS bevestigen dat Noord-Koreanen tegen Oekra", index, StringComparison.Ordinal);
        Assert.Contains("href=\"/feeds.opml\"", index, StringComparison.Ordinal);
        Assert.Contains("href=\"/feeds/all.json\"", index, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_format_lists_json_among_the_formats()
    {
        using var response = await Client.GetAsync("/feeds/all.xml");

        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(["rss", "atom", "json"], problem.RootElement.GetProperty("validFormats").EnumerateArray().Select(f => f.GetString()));
    }

    private static byte[] Decode(byte[] body, string? coding)
    {
        using Stream decoder = coding switch
        {
            "gzip" => new GZipStream(new MemoryStream(body), CompressionMode.Decompress),
            "br" => new BrotliStream(new MemoryStream(body), CompressionMode.Decompress),
            _ => new MemoryStream(body),
        };
        using var decoded = new MemoryStream();
        decoder.CopyTo(decoded);
        return decoded.ToArray();
    }
}

using System.Net;
using System.Text.Json;
using Syndicate.Tests.Support;

namespace Syndicate.Tests.Api;

/// <summary>The foundation end to end: the two sample pages ingested, every feed served and exported.</summary>
public sealed class SeedFeedsTests : IAsyncLifetime
{
    private readonly SyndicateHost _host = new();
    private HttpClient _client = null!;

    public async ValueTask InitializeAsync()
    {
        _client = _host.CreateClient(new() { AllowAutoRedirect = false });
        await _host.IngestAsync("sample-text");
        await _host.IngestAsync("sample-html");
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _host.DisposeAsync();
        _host.Directory.Dispose();
    }

    [Fact]
    public async Task Afp_rss_lists_exactly_the_minneapolis_milaan_and_moskou_items()
    {
        var feed = await _client.GetFeedAsync("/feeds/agency/afp.rss");

        Assert.Equal(["MINNEAPOLIS", "MILAAN", "MOSKOU"], feed.Datelines());
    }

    [Fact]
    public async Task Anp_atom_lists_all_eight_items_once_each_newest_first()
    {
        var feed = await _client.GetFeedAsync("/feeds/agency/anp.atom");

        Assert.Equal(8, feed.Items.Count());
        Assert.Equal(8, feed.Items.Select(i => i.Id).Distinct().Count());
        var dates = feed.Items.Select(i => i.PublishDate).ToList();
        Assert.Equal(dates.OrderByDescending(d => d), dates);
        // The lead has no age: it is as new as the capture, so it comes first; the list follows in page order.
        Assert.Equal(["WASHINGTON", "BRUSSEL", "MINNEAPOLIS", "OSLO", "MILAAN", "OSLO", "LONDEN", "MOSKOU"], feed.Datelines());
    }

    [Fact]
    public async Task Europe_atom_lists_the_brussel_oslo_milaan_londen_and_moskou_items()
    {
        var feed = await _client.GetFeedAsync("/feeds/region/europe.atom");

        Assert.Equal(["BRUSSEL", "OSLO", "MILAAN", "OSLO", "LONDEN", "MOSKOU"], feed.Datelines());
    }

    [Fact]
    public async Task Entries_carry_title_body_agencies_as_categories_and_authors_and_the_dateline()
    {
        var feed = await _client.GetFeedAsync("/feeds/all.atom");

        var lead = feed.Items.First();
        Assert.Equal("VS bevestigen dat Noord-Koreanen tegen Oekraïne vechten", lead.Title.Text);
        Assert.StartsWith("WASHINGTON (ANP/RTR) - Noord-Koreaanse troepen", lead.Text(), StringComparison.Ordinal);
        Assert.Equal(["ANP", "Reuters"], lead.Authors.Select(a => a.Name));
        Assert.Equal(["anp", "rtr"], lead.Categories.Where(c => c.Scheme.EndsWith("/agency", StringComparison.Ordinal)).Select(c => c.Name));
        var brussel = feed.Items.ElementAt(1);
        // No headline: the first sentence, cut at a word boundary to at most 120 characters.
        Assert.Equal("De EU-lidstaten hebben woensdag een akkoord bereikt over de bestedingsvoorwaarden van de lening van 90 miljard euro aan…", brussel.Title.Text);
        Assert.All(feed.Items, item => Assert.StartsWith("tag:syndicate.localhost,2026:feeds/all/item/", item.Id, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ingesting_both_pages_again_adds_nothing_and_keeps_each_item_once()
    {
        var again = await _host.IngestAsync("sample-text");
        var html = await _host.IngestAsync("sample-html");

        // Unchanged files are not read again; either way nothing is added.
        Assert.Equal((0, 0), (again.Added, html.Added));
        var feed = await _client.GetFeedAsync("/feeds/all.rss");
        Assert.Equal(8, feed.Items.Count());
    }

    [Fact]
    public async Task Html_links_reach_the_entries_seen_on_both_pages()
    {
        var feed = await _client.GetFeedAsync("/feeds/all.atom");

        // The HTML page is read from a file: its relative links have no page URL to resolve against.
        Assert.All(feed.Items, item => Assert.DoesNotContain(item.Links, l => l.Uri.IsFile));
    }

    [Fact]
    public async Task Every_feed_in_both_xml_formats_is_well_formed_and_reads_back()
    {
        var index = await _client.GetStringAsync("/");
        var paths = System.Text.RegularExpressions.Regex.Matches(index, "href=\"(/feeds/[^\"]+\\.(?:rss|atom))\"").Select(m => m.Groups[1].Value).ToList();

        Assert.Contains("/feeds/all.rss", paths);
        Assert.Contains("/feeds/agency/anp.atom", paths);
        Assert.Contains("/feeds/region/europe.rss", paths);
        Assert.Contains("/feeds/region/no.atom", paths);
        foreach (var path in paths)
        {
            var feed = await _client.GetFeedAsync(path);
            Assert.NotNull(feed.Title);
        }
    }

    [Theory]
    [InlineData("/feeds/agency/nosuch.rss", "agency", "anp")]
    [InlineData("/feeds/region/atlantis.atom", "region", "europe")]
    public async Task An_unknown_slug_answers_404_with_problem_details_listing_the_valid_slugs(string path, string kind, string aValidSlug)
    {
        using var response = await _client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal($"Unknown {kind}", problem.RootElement.GetProperty("title").GetString());
        Assert.Contains(aValidSlug, problem.RootElement.GetProperty("validSlugs").EnumerateArray().Select(e => e.GetString()));
    }

    [Theory]
    [InlineData("/feeds/agency/reuters.rss", "/feeds/agency/rtr.rss")]
    [InlineData("/feeds/agency/RTR.atom", "/feeds/agency/rtr.atom")]
    [InlineData("/feeds/agency/dpa.atom", "/feeds/agency/dpa.atom")]
    [InlineData("/feeds/region/NO.rss", "/feeds/region/no.rss")]
    public async Task An_alias_or_other_case_redirects_permanently_to_the_canonical_slug(string path, string canonical)
    {
        using var response = await _client.GetAsync(path);

        if (path == canonical)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return;
        }

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(canonical, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task An_unknown_format_answers_404_naming_the_formats()
    {
        using var response = await _client.GetAsync("/feeds/all.xml");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("rss, atom", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exported_files_hold_the_same_bytes_as_the_urls_and_no_temporary_files_remain()
    {
        foreach (var path in new[] { "all.rss", "agency/anp.atom", "agency/afp.rss", "region/europe.atom" })
        {
            var served = await _client.GetByteArrayAsync($"/feeds/{path}");
            Assert.Equal(served, await File.ReadAllBytesAsync(Path.Combine(_host.FeedsPath, path)));
        }

        Assert.Empty(Directory.EnumerateFiles(_host.FeedsPath, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task A_feed_answers_304_to_its_own_etag_and_to_if_modified_since()
    {
        using var first = await _client.GetAsync("/feeds/agency/anp.rss");
        var etag = first.Headers.ETag!;

        using var byTag = new HttpRequestMessage(HttpMethod.Get, "/feeds/agency/anp.rss");
        byTag.Headers.IfNoneMatch.Add(etag);
        using var notModified = await _client.SendAsync(byTag);
        using var byDate = new HttpRequestMessage(HttpMethod.Get, "/feeds/agency/anp.rss");
        byDate.Headers.IfModifiedSince = first.Content.Headers.LastModified;
        using var notModifiedSince = await _client.SendAsync(byDate);

        Assert.False(etag.IsWeak);
        Assert.Equal("application/rss+xml", first.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotModified, notModifiedSince.StatusCode);
    }
}

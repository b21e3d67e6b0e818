using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Syndicate.Api;
using Syndicate.Core.Feeds;
using Syndicate.Core.Places;
using Syndicate.Core.Wire;
using Syndicate.Publishing;
using Syndicate.Tests.Support;

namespace Syndicate.Tests.Api;

/// <summary>Views of a feed through its query: limit, agency, region, keywords; their self links, tags and 400s.</summary>
public sealed class FeedQueryTests(SeededHost seeded) : IClassFixture<SeededHost>
{
    private HttpClient Client => seeded.Client;

    [Theory]
    [InlineData("/feeds/all.json?limit=3", 3)]
    [InlineData("/feeds/all.json?limit=500", 8)]
    [InlineData("/feeds/all.json?agency=afp", 3)]
    [InlineData("/feeds/all.json?agency=AFP&region=europe", 2)]
    [InlineData("/feeds/all.json?agency=reuters", 3)]
    [InlineData("/feeds/all.json?region=no", 2)]
    [InlineData("/feeds/all.json?region=unknown", 0)]
    [InlineData("/feeds/all.json?q=OEKRAINE", 2)]
    [InlineData("/feeds/all.json?q=h%C3%B8iby%20rechtbank", 1)]
    [InlineData("/feeds/all.json?q=hoiby", 1)]
    [InlineData("/feeds/agency/anp.json?region=europe&limit=2", 2)]
    [InlineData("/feeds/all.json?utm_source=reader", 8)]
    public async Task A_view_holds_the_entries_its_query_selects(string url, int count)
    {
        using var feed = JsonDocument.Parse(await Client.GetStringAsync(url));

        Assert.Equal(count, feed.RootElement.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task A_view_carries_its_canonical_query_in_its_self_link_and_id_and_has_its_own_etag()
    {
        using var whole = await Client.GetAsync("/feeds/all.atom");
        using var view = await Client.GetAsync("/feeds/all.atom?region=Europe&agency=afp&q=Milaan&limit=5");

        var feed = FeedClient.Load(await view.Content.ReadAsByteArrayAsync());
        var self = feed.Links.Single(l => l.RelationshipType == "self").Uri.AbsoluteUri;
        Assert.EndsWith("/feeds/all.atom?agency=afp&limit=5&q=milaan&region=europe", self, StringComparison.Ordinal);
        Assert.EndsWith(":feeds/all?agency=afp&limit=5&q=milaan&region=europe", feed.Id, StringComparison.Ordinal);
        Assert.Equal(["MILAAN"], feed.Datelines());
        Assert.NotEqual(whole.Headers.ETag, view.Headers.ETag);
    }

    [Fact]
    public async Task The_default_limit_is_the_feed_itself()
    {
        using var whole = await Client.GetAsync("/feeds/all.rss");
        using var sameView = await Client.GetAsync("/feeds/all.rss?limit=50");

        Assert.Equal(whole.Headers.ETag, sameView.Headers.ETag);
    }

    [Theory]
    [InlineData("/feeds/all.rss?limit=0", "limit")]
    [InlineData("/feeds/all.rss?limit=501", "limit")]
    [InlineData("/feeds/all.rss?limit=ten", "limit")]
    [InlineData("/feeds/all.rss?limit=-1", "limit")]
    [InlineData("/feeds/all.rss?limit=5&limit=6", "limit")]
    [InlineData("/feeds/all.atom?agency=nosuch", "agency")]
    [InlineData("/feeds/all.atom?region=atlantis", "region")]
    [InlineData("/feeds/all.json?q=%20-%20", "q")]
    [InlineData("/feeds/agency/anp.json?region=", "region")]
    public async Task An_invalid_parameter_answers_400_with_problem_details_naming_it(string url, string parameter)
    {
        using var response = await Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(parameter, problem.RootElement.GetProperty("parameter").GetString());
        Assert.StartsWith($"{parameter}: ", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_alias_redirect_keeps_the_query()
    {
        using var response = await Client.GetAsync("/feeds/agency/reuters.rss?limit=1");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/feeds/agency/rtr.rss?limit=1", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Identical_queries_arriving_together_are_rendered_once()
    {
        var responses = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Client.GetByteArrayAsync("/feeds/all.rss?q=oslo&limit=7")));
        var views = seeded.Host.Services.GetRequiredService<FilteredFeeds>();
        var services = seeded.Host.Services;
        var snapshot = services.GetRequiredService<FeedPublisher>().Current;
        var (filter, _) = FeedQuery.Parse(
            new Microsoft.AspNetCore.Http.QueryCollection(new Dictionary<string, Microsoft.Extensions.Primitives.StringValues> { ["q"] = "Oslo", ["limit"] = "7" }),
            50, services.GetRequiredService<FeedCatalog>(), services.GetRequiredService<AgencyCatalog>(), services.GetRequiredService<RegionCatalog>());

        var cached = (await views.ViewAsync(snapshot, snapshot.Find("all", Core.Feeds.FeedFormat.Rss)!, filter!, filter!.Query(50), CancellationToken.None))!;

        Assert.All(responses, r => Assert.Equal(cached.Document.Content, r));
        Assert.Same(cached, await views.ViewAsync(snapshot, snapshot.Find("all", Core.Feeds.FeedFormat.Rss)!, filter, filter.Query(50), CancellationToken.None));
    }
}

using System.Net;
using Syndicate.Tests.Support;

namespace Syndicate.Tests.Api;

/// <summary>One URL per feed: a trailing slash moves permanently to the URL without it.</summary>
public sealed class TrailingSlashTests(SeededHost seeded) : IClassFixture<SeededHost>
{
    [Theory]
    [InlineData("/feeds/all.atom/", "/feeds/all.atom")]
    [InlineData("/feeds/agency/anp.rss//?limit=5", "/feeds/agency/anp.rss?limit=5")]
    [InlineData("/feeds/region/europe.json/", "/feeds/region/europe.json")]
    [InlineData("/feeds.opml/", "/feeds.opml")]
    public async Task A_feed_url_with_a_trailing_slash_redirects_permanently_to_the_canonical_url(string url, string canonical)
    {
        using var response = await seeded.Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(canonical, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task The_canonical_url_answers_the_feed()
    {
        using var response = await seeded.Client.GetAsync("/feeds/all.atom");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_feeds_folder_itself_is_not_redirected_to_nothing()
    {
        using var response = await seeded.Client.GetAsync("/feeds/");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Syndicate.Core.Feeds;
using Syndicate.Publishing;
using Syndicate.Storage;
using Syndicate.Tests.Support;

namespace Syndicate.Tests.Api;

/// <summary>
/// Views select from every stored item, not from the entries a feed shows: an item older than the newest 500 is
/// found by its keywords, agency and region, and the limit applies after the filter.
/// </summary>
public sealed class StoredItemQueryTests(StoredItemQueryTests.OldItemBelow500Newer host) : IClassFixture<StoredItemQueryTests.OldItemBelow500Newer>
{
    private async Task<IReadOnlyList<string>> TextsAsync(string url)
    {
        using var feed = JsonDocument.Parse(await host.Client.GetStringAsync(url));
        return [.. feed.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("content_text").GetString()!)];
    }

    [Fact]
    public async Task The_item_is_older_than_the_newest_500()
    {
        var newest = await TextsAsync("/feeds/all.json?limit=500");

        Assert.Equal(500, newest.Count);
        Assert.DoesNotContain(newest, t => t.StartsWith("REYKJAVIK", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/feeds/all.json?q=geothermische")]
    [InlineData("/feeds/all.json?q=IJSLAND%20centrale")]
    [InlineData("/feeds/all.json?agency=afp")]
    [InlineData("/feeds/all.json?region=is")]
    [InlineData("/feeds/agency/afp.json?region=europe&q=hoofdstad")]
    [InlineData("/feeds/region/europe.json?q=ge")]
    public async Task A_view_finds_the_item_older_than_the_newest_500(string url)
    {
        var found = await TextsAsync(url);

        Assert.Contains(found, t => t.StartsWith("REYKJAVIK (AFP) - Op IJsland", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_limit_applies_after_the_filter()
    {
        var found = await TextsAsync("/feeds/all.json?q=bericht%2049&limit=3");

        // Every item has the same age, so the page's order decides: the first three of 49, 149, 249, ..., 490 to 499.
        Assert.Equal(
            ["LISSABON (ANP) - Bericht 49 over", "LISSABON (ANP) - Bericht 149 over", "LISSABON (ANP) - Bericht 249 over"],
            found.Select(t => t[..t.IndexOf(" de haven", StringComparison.Ordinal)]));
    }

    [Theory]
    [InlineData("bericht")]
    [InlineData("IJSLAND centrale")]
    [InlineData("ge")]
    [InlineData("afp hoofdstad")]
    [InlineData("bericht 49")]
    [InlineData("nergens")]
    public async Task Words_too_common_to_read_as_a_set_are_matched_on_the_entries_as_the_index_matches_them(string text)
    {
        var keywords = KeywordFilter.Parse(text)!;
        var search = host.Services.GetRequiredService<ItemSearch>();

        var indexed = await search.FindAsync(keywords.Words, 1000, CancellationToken.None);
        var matched = host.Services.GetRequiredService<FeedPublisher>().Current.Entries.Where(keywords.Matches).Select(e => e.Id);

        Assert.Equal(indexed!.Order(StringComparer.Ordinal), matched.Order(StringComparer.Ordinal));
        Assert.Equal(indexed!.Count > 10 ? null : indexed, await search.FindAsync(keywords.Words, 10, CancellationToken.None));
    }

    [Theory]
    [InlineData("bericht", 5)] // the newest entries settle the view
    [InlineData("bericht 49", 20)] // too rare in the newest: the index names them
    [InlineData("geothermische", 50)]
    [InlineData("bericht", 500)] // too rare in the newest for 500, too common for the index's set: matched on the entries
    [InlineData("ijsland hoofdstad", 50)]
    public async Task Every_way_a_view_finds_its_items_gives_the_newest_that_hold_the_words(string words, int limit)
    {
        var keywords = KeywordFilter.Parse(words)!;
        var expected = host.Services.GetRequiredService<FeedPublisher>().Current.Entries.Where(keywords.Matches).Take(limit).Select(e => e.Id);

        using var feed = JsonDocument.Parse(await host.Client.GetStringAsync($"/feeds/all.json?q={Uri.EscapeDataString(words)}&limit={limit}"));
        var found = feed.RootElement.GetProperty("items").EnumerateArray().Select(i => ItemOf(i.GetProperty("id").GetString()!));

        Assert.Equal(expected, found);
    }

    private static string ItemOf(string entryId) => entryId[(entryId.IndexOf("/item/", StringComparison.Ordinal) + "/item/".Length)..].Split('?')[0];

    /// <summary>A server whose one page first showed the Reykjavik item and then 500 newer items.</summary>
    public sealed class OldItemBelow500Newer : IAsyncLifetime
    {
        private const string Reykjavik = "REYKJAVIK (AFP) - Op IJsland is een nieuwe geothermische centrale in gebruik genomen die een derde van de hoofdstad verwarmt.\n5 minuten geleden\n";

        private readonly TemporaryDirectory _directory = new();
        private SyndicateHost _host = null!;

        public HttpClient Client { get; private set; } = null!;

        public IServiceProvider Services => _host.Services;

        public async ValueTask InitializeAsync()
        {
            var page = Path.Combine(_directory.Path, "page.txt");
            _host = new SyndicateHost(_directory, new Dictionary<string, string?>
            {
                ["Syndicate:Sources:0:Url"] = page,
                // Views with keywords match at most 100 of the newest entries themselves, then ask the search index, whose
                // answer they read as a set up to 400 items: a word every item holds is matched on the entries again.
                ["Syndicate:ViewReadBeforeSearch"] = "100",
                ["Syndicate:ViewSearchReadsAtMost"] = "400",
            });
            Client = _host.CreateClient();
            var now = DateTimeOffset.UtcNow;
            await WirePages.WriteAsync(page, Reykjavik, now.AddHours(-3));
            await _host.IngestAsync("sample-text");
            await WirePages.WriteAsync(page, 1, 500, now.AddMinutes(-1));
            await _host.IngestAsync("sample-text");
        }

        public async ValueTask DisposeAsync()
        {
            Client.Dispose();
            await _host.DisposeAsync();
            _directory.Dispose();
        }
    }
}

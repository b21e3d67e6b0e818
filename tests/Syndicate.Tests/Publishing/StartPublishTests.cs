using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Syndicate.Core.Feeds;
using Syndicate.Publishing;
using Syndicate.Tests.Support;

namespace Syndicate.Tests.Publishing;

/// <summary>
/// A start publishes the feeds its newest items settle before it reads the rest: those, and the views of them those
/// items settle or whose words the search index finds in no older item, are served at once with the bytes every item
/// gives them; what needs every item (the other feeds, views the newest items do not fill, item pages of older items,
/// the index, the feed list, the admin's lists, readiness) answers 503 with Retry-After until every item is read.
/// </summary>
public sealed class StartPublishTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    /// <summary>
    /// A server on a database that holds ten items from one source, all datelined Lisbon and credited to ANP, publishing
    /// two entries a feed and reading two items at a time at start; its start publishes nothing: the test publishes.
    /// The first two items settle every feed the items are in, so the second two settle no further one and the start
    /// stops there.
    /// </summary>
    private async Task<SyndicateHost> StartedWithoutPublishingAsync()
    {
        var page = Path.Combine(_directory.Path, "wire.txt");
        await WirePages.WriteAsync(page, 1, 10, DateTimeOffset.UtcNow);
        var settings = new Dictionary<string, string?>
        {
            ["Syndicate:Sources:0:Url"] = page,
            ["Syndicate:FeedSize"] = "2",
            ["Syndicate:MaxSourceShare"] = "1",
            ["Syndicate:StartReadChunk"] = "2",
        };
        await using (var filling = new SyndicateHost(_directory, settings))
        {
            using var client = filling.CreateClient();
            await filling.IngestAsync("sample-text");
        }

        var host = new SyndicateHost(
            _directory,
            settings,
            services: s => s.Remove(s.Single(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(InitialPublish))));
        host.CreateClient().Dispose();
        return host;
    }

    [Fact]
    public async Task The_feeds_the_newest_items_settle_are_served_at_once_and_the_rest_answers_503_until_every_item_is_read()
    {
        await using var host = await StartedWithoutPublishingAsync();
        using var client = host.CreateAdminClient();
        var publisher = host.Services.GetRequiredService<FeedPublisher>();

        var everyItemRead = await publisher.PublishNewestAsync(CancellationToken.None);
        var newest = publisher.Current;
        var oldest = (await ItemIdsAsync(host))[0];
        var (readWords, unreadWords) = await WordsOfOneItemAsync(host, newest);
        var during = await StatusesAsync(client, "agency/afp", oldest, newest.Entries[0].Id, readWords, unreadWords);
        using var allDuring = await client.GetAsync("/feeds/all.atom");
        using var viewDuring = await client.GetAsync("/feeds/all.atom?limit=2&region=pt");
        using var wordsDuring = await client.GetAsync($"/feeds/all.atom?q={readWords}");
        var readinessDuring = await ReadinessAsync(client);

        await publisher.CompleteAsync(CancellationToken.None);
        var every = publisher.Current;
        var after = await StatusesAsync(client, "agency/afp", oldest, newest.Entries[0].Id, readWords, unreadWords);
        using var allAfter = await client.GetAsync("/feeds/all.atom");
        using var viewAfter = await client.GetAsync("/feeds/all.atom?limit=2&region=pt");
        using var wordsAfter = await client.GetAsync($"/feeds/all.atom?q={readWords}");
        var readinessAfter = await ReadinessAsync(client);

        Assert.False(everyItemRead);
        Assert.False(newest.IsComplete);
        Assert.True(every.IsComplete);
        Assert.Equal((4, 10), (newest.Entries.Count, every.Entries.Count));
        Assert.Equal(
            ["agency/anp", "all", "region/europe", "region/pt", "region/southern-europe"],
            newest.Feeds.Select(f => f.Source.Feed.Path).Distinct().Order(StringComparer.Ordinal));
        Assert.All(newest.Feeds, feed => Assert.Equal(feed.Document.Content, every.Find(feed.Source.Feed.Path, feed.Format)!.Document.Content));
        Assert.Equal(HttpStatusCode.OK, allDuring.StatusCode);
        Assert.Equal(allAfter.Headers.ETag, allDuring.Headers.ETag);
        Assert.Equal(await allAfter.Content.ReadAsByteArrayAsync(), await allDuring.Content.ReadAsByteArrayAsync());
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (viewDuring.StatusCode, viewAfter.StatusCode));
        Assert.Equal(await viewAfter.Content.ReadAsByteArrayAsync(), await viewDuring.Content.ReadAsByteArrayAsync());
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (wordsDuring.StatusCode, wordsAfter.StatusCode));
        Assert.Equal(await wordsAfter.Content.ReadAsByteArrayAsync(), await wordsDuring.Content.ReadAsByteArrayAsync());
        var unavailable = (HttpStatusCode.ServiceUnavailable, 5.0);
        var ok = (HttpStatusCode.OK, 0.0);
        Assert.Equal(
            new Dictionary<string, (HttpStatusCode, double)>
            {
                ["feed not settled"] = unavailable,
                ["view the newest items settle"] = ok,
                ["view of more than the newest items"] = unavailable,
                ["view of words no item holds"] = ok,
                ["view of words only items read hold"] = ok,
                ["view of words an item not read holds"] = unavailable,
                ["index"] = unavailable,
                ["feed list"] = unavailable,
                ["every feed listed"] = ok,
                ["item not read"] = unavailable,
                ["item read"] = ok,
                ["unknown credits"] = unavailable,
            },
            during);
        Assert.All(after.Values, status => Assert.Equal(HttpStatusCode.OK, status.Status));
        Assert.Equal((HttpStatusCode.ServiceUnavailable, "Unhealthy"), readinessDuring);
        Assert.Equal("Healthy", readinessAfter.Publication);
    }

    [Fact]
    public async Task A_publish_of_changes_before_every_item_is_read_reads_every_item_and_its_caller_does_not_wait_for_it()
    {
        await using var host = await StartedWithoutPublishingAsync();
        var publisher = host.Services.GetRequiredService<FeedPublisher>();
        await publisher.PublishNewestAsync(CancellationToken.None);
        var newest = publisher.Current;

        var publishing = publisher.PublishChangesAsync([newest.Entries[0].Id], CancellationToken.None);
        await publisher.Complete.WaitAsync(TimeSpan.FromMinutes(1));

        // The caller does not wait for every item to be read.
        Assert.True(publishing.IsCompletedSuccessfully);
        Assert.False(newest.IsComplete);
        Assert.True(publisher.Current.IsComplete);
        Assert.True(publisher.Current.Entries.Count > newest.Entries.Count);
        Assert.Equal(
            host.Services.GetRequiredService<FeedCatalog>().Feeds.Count() * FeedFormats.All.Count,
            publisher.Current.Feeds.Count);
    }

    [Fact]
    public async Task A_start_that_reads_every_item_in_its_first_chunk_is_complete_before_it_answers()
    {
        await using var host = new SyndicateHost(_directory);
        using var client = host.CreateClient();

        Assert.True(host.Services.GetRequiredService<FeedPublisher>().Current.IsComplete);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/feeds/all.atom?limit=1")).StatusCode);
    }

    [Fact]
    public async Task A_start_on_a_new_database_renders_every_feed_once_with_the_configured_sources_already_known()
    {
        var logs = new LogLines();
        await using var host = new SyndicateHost(_directory, services: s => s.AddSingleton<ILoggerProvider>(logs));
        host.CreateClient().Dispose();

        var publishes = logs.Lines.Where(l => l.Category == typeof(FeedPublisher).FullName && l.Message.StartsWith("Published ", StringComparison.Ordinal)).ToList();

        Assert.Single(publishes);
        Assert.Contains("documents rendered anew", publishes[0].Message, StringComparison.Ordinal);
    }

    /// <summary>Every stored item's id, oldest first.</summary>
    private static async Task<IReadOnlyList<string>> ItemIdsAsync(SyndicateHost host) =>
        [.. (await host.Services.GetRequiredService<Syndicate.Storage.ItemStore>().LoadAllAsync(CancellationToken.None))
            .OrderBy(i => i.Published).ThenByDescending(i => i.Sequence).Select(i => i.Id)];

    /// <summary>
    /// A query for the words of one item the start has read and one for an item it has not, each held by no other item:
    /// "bericht 2" to "bericht 9" ("bericht 1" is in "bericht 10" too).
    /// </summary>
    private static async Task<(string Read, string Unread)> WordsOfOneItemAsync(SyndicateHost host, FeedSnapshot newest)
    {
        var items = await host.Services.GetRequiredService<Syndicate.Storage.ItemStore>().LoadAllAsync(CancellationToken.None);
        var numbered = items.Select(i => (i.Id, Words: Regex.Match(i.Body, @"Bericht \d+").Value.ToLowerInvariant())).Where(i => i.Words != "bericht 1").ToList();
        return (
            Uri.EscapeDataString(numbered.First(i => newest.FindEntry(i.Id) is not null).Words),
            Uri.EscapeDataString(numbered.First(i => newest.FindEntry(i.Id) is null).Words));
    }

    /// <returns>By what is asked for: the status, and Retry-After in seconds (0 when none).</returns>
    private static async Task<Dictionary<string, (HttpStatusCode Status, double RetryAfter)>> StatusesAsync(
        HttpClient client, string notSettled, string unreadItem, string readItem, string readWords, string unreadWords)
    {
        var statuses = new Dictionary<string, (HttpStatusCode, double)>();
        foreach (var (name, url) in new[]
        {
            ("feed not settled", $"/feeds/{notSettled}.atom"),
            ("view the newest items settle", "/feeds/all.atom?limit=1"),
            ("view of more than the newest items", "/feeds/all.atom?limit=5"),
            ("view of words no item holds", "/feeds/all.atom?q=zzyzx"),
            ("view of words only items read hold", $"/feeds/all.atom?q={readWords}"),
            ("view of words an item not read holds", $"/feeds/all.atom?q={unreadWords}"),
            ("index", "/"),
            ("feed list", "/feeds.opml"),
            ("every feed listed", "/feeds.opml?all=true"),
            ("item not read", $"/items/{unreadItem}"),
            ("item read", $"/items/{readItem}"),
            ("unknown credits", "/admin/api/agencies/unknown"),
        })
        {
            using var response = await client.GetAsync(url);
            statuses[name] = (response.StatusCode, response.Headers.RetryAfter?.Delta?.TotalSeconds ?? 0);
        }

        return statuses;
    }

    private static async Task<(HttpStatusCode Status, string Publication)> ReadinessAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/readyz");
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, body.RootElement.GetProperty("checks").GetProperty("publication").GetProperty("status").GetString()!);
    }
}

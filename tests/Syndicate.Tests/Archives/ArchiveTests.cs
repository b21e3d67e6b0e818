using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Syndicate.Archives;
using Syndicate.Publishing;
using Syndicate.Storage;
using Syndicate.Tests.Support;

namespace Syndicate.Tests.Archives;

/// <summary>
/// RFC 5005 archives over three simulated days of ingests: a reader that follows the prev-archive chain from a
/// feed's subscription document finds every stored item, each in exactly one closed archive; the archives are
/// immutable (their bytes survive a restart and the deletion of their items by retention) and exported to feeds/.
/// </summary>
public sealed class ArchiveTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace DublinCore = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace History = "http://purl.org/syndication/history/1.0";
    private static readonly DateTimeOffset Start = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Following_the_archives_of_three_days_gives_every_stored_item_once_and_they_never_change()
    {
        using var directory = new TemporaryDirectory();
        var page = Path.Combine(directory.Path, "wire.txt");
        var clock = new FakeTimeProvider(Start);
        Dictionary<string, string?> settings = new()
        {
            ["Syndicate:Archives:CloseDays"] = "true",
            ["Syndicate:Sources:0:Id"] = "wire",
            ["Syndicate:Sources:0:Url"] = page,
        };
        Dictionary<string, byte[]> archives;
        await using (var host = new SyndicateHost(directory, settings, clock))
        {
            using var client = host.CreateClient();
            for (var day = 0; day < 3; day++)
            {
                await WirePages.WriteAsync(page, 1 + (day * 5), 5, clock.GetUtcNow());
                await host.IngestAsync("wire");
                clock.Advance(TimeSpan.FromDays(1));
            }

            // Each ingest's publish closed the days already due (the first and second by the third ingest); the rest close now.
            await host.Services.GetRequiredService<ArchiveKeeper>().CloseDueAsync(TestContext.Current.CancellationToken);
            await host.Services.GetRequiredService<FeedPublisher>().PublishAsync(TestContext.Current.CancellationToken);
            var stored = host.Services.GetRequiredService<FeedPublisher>().Current.Entries.Select(e => e.Id).ToHashSet();

            Assert.Equal(new DateOnly(2026, 11, 4), host.Services.GetRequiredService<ArchiveIndex>().State.Newest);
            Assert.Equal(15, stored.Count);
            var (current, chain) = await ReadHistoryAsync(client, "/feeds/all.atom");
            Assert.Equal(3, chain.Count);
            var archived = chain.SelectMany(a => a.Items).ToList();
            Assert.Equal(archived.Count, archived.Distinct().Count());
            Assert.Equal(stored.Order(), archived.Select(ItemId).Order());
            Assert.Subset(stored, current.Select(ItemId).ToHashSet());
            Assert.Equal(["Bericht 11", "Bericht 12", "Bericht 13", "Bericht 14", "Bericht 15"], chain[0].Bodies);
            Assert.Equal(["Bericht 1", "Bericht 2", "Bericht 3", "Bericht 4", "Bericht 5"], chain[2].Bodies);
            archives = await ReadArchivesAsync(client, chain);
            foreach (var (url, bytes) in archives)
            {
                Assert.Equal(bytes, await File.ReadAllBytesAsync(Path.Combine(host.FeedsPath, url["/feeds/".Length..]), TestContext.Current.CancellationToken));
            }
        }

        clock.Advance(TimeSpan.FromDays(3));
        settings["Syndicate:Retention:ItemsMaxAge"] = "2.00:00:00";
        await using (var restarted = new SyndicateHost(directory, settings, clock))
        {
            using var client = restarted.CreateClient();
            await restarted.Services.GetRequiredService<RetentionCompactor>().CompactAsync(TestContext.Current.CancellationToken);
            await restarted.Services.GetRequiredService<FeedPublisher>().PublishAsync(TestContext.Current.CancellationToken);

            Assert.Empty(restarted.Services.GetRequiredService<FeedPublisher>().Current.Entries);
            foreach (var (url, bytes) in archives)
            {
                using var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
                Assert.Equal(bytes, await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
            }
        }
    }

    /// <summary>The subscription document's items, then each archive's from the newest back, by prev-archive.</summary>
    private static async Task<(List<string> Current, List<(string Url, List<string> Items, List<string> Bodies)> Chain)> ReadHistoryAsync(HttpClient client, string feed)
    {
        var subscription = XDocument.Parse(await client.GetStringAsync(feed, TestContext.Current.CancellationToken));
        var chain = new List<(string, List<string>, List<string>)>();
        var previous = Link(subscription, "prev-archive");
        while (previous is not null)
        {
            using var response = await client.GetAsync(previous, TestContext.Current.CancellationToken);
            Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl!.ToString());
            var archive = XDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            Assert.NotNull(archive.Root!.Element(History + "archive"));
            Assert.Equal(new Uri(client.BaseAddress!, feed).AbsoluteUri, new Uri(client.BaseAddress!, Link(archive, "current")).AbsoluteUri);
            Assert.Equal(previous, Link(archive, "self"));
            chain.Add((previous, Identifiers(archive), [.. archive.Root.Elements(Atom + "entry").Select(e => string.Join(' ', ((string)e.Element(Atom + "content")!).Split(' ').Skip(3).Take(2)))]));
            previous = Link(archive, "prev-archive");
        }

        return (Identifiers(subscription), chain);
    }

    private static async Task<Dictionary<string, byte[]>> ReadArchivesAsync(HttpClient client, List<(string Url, List<string> Items, List<string> Bodies)> chain)
    {
        var bytes = new Dictionary<string, byte[]>();
        foreach (var url in chain.SelectMany(a => (string[])[a.Url, a.Url.Replace(".atom", ".rss", StringComparison.Ordinal)]))
        {
            bytes[url] = await client.GetByteArrayAsync(url, TestContext.Current.CancellationToken);
        }

        return bytes;
    }

    private static List<string> Identifiers(XDocument document) =>
        [.. document.Root!.Elements(Atom + "entry").Select(e => (string)e.Element(DublinCore + "identifier")!)];

    private static string ItemId(string identifier) => identifier[(identifier.LastIndexOf('/') + 1)..];

    /// <returns>The link's path and query, or null when the document has none.</returns>
    private static string? Link(XDocument document, string rel) =>
        document.Root!.Elements(Atom + "link").FirstOrDefault(l => (string?)l.Attribute("rel") == rel) is { } link
            ? new Uri((string)link.Attribute("href")!).PathAndQuery
            : null;
}

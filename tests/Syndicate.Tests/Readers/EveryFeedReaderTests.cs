using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Syndicate.Core.Feeds;
using Syndicate.Publishing;
using Syndicate.Tests.Support;

namespace Syndicate.Tests.Readers;

/// <summary>
/// Real readers on every feed the sample pages fill (not a sample of them): newsboat (Debian's), subscribed to all of
/// them at once over HTTP, and Python's feedparser; each must show every entry with the feed's own title, link and date.
/// </summary>
public sealed class EveryFeedReaderTests
{
    private const string Python = "/usr/bin/python3";

    // Reads each file named on the command line; prints what feedparser made of each, as JSON.
    private const string FeedparserScript = """
        import calendar, json, sys, feedparser
        out = {}
        for path in sys.argv[1:]:
            d = feedparser.parse(open(path, "rb").read())
            out[path] = {"bozo": int(d.bozo), "error": str(d.get("bozo_exception", "")), "entries": [
                {"id": e.get("id"), "title": e.get("title"), "link": e.get("link"),
                 "published": calendar.timegm(e.published_parsed) if e.get("published_parsed") else None} for e in d.entries]}
        print(json.dumps(out))
        """;

    [Fact]
    public async Task Newsboat_subscribed_to_every_feed_with_items_shows_each_feed_complete_with_title_link_and_date()
    {
        ExternalTool.Require(ExternalTool.Exists("newsboat"), "newsboat", "apt-get install newsboat");
        await using var host = new SyndicateHost();
        var address = host.Listen();
        await host.IngestAsync("sample-text");
        await host.IngestAsync("sample-html");
        // One format per feed, alternating, as a reader would pick: one feed in two formats is one feed, with one set of ids.
        var subscribed = FeedsWithEntries(host).Select((feed, i) => (Feed: feed, Url: $"{address}/feeds/{feed.RelativePath[..feed.RelativePath.LastIndexOf('.')]}.{(i % 2 == 0 ? "rss" : "atom")}")).ToList();
        using var folder = new TemporaryDirectory();
        var cache = Path.Combine(folder.Path, "cache.db");
        await File.WriteAllLinesAsync(Path.Combine(folder.Path, "urls"), subscribed.Select(s => s.Url), TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(folder.Path, "config"), "reload-threads 4\n", TestContext.Current.CancellationToken);

        var (exitCode, output, error) = await ExternalProcess.RunAsync(
            "newsboat", ["-u", Path.Combine(folder.Path, "urls"), "-c", cache, "-C", Path.Combine(folder.Path, "config"), "-x", "reload"],
            environment: new Dictionary<string, string> { ["HOME"] = folder.Path });

        Assert.True(exitCode == 0, output + error);
        await using var connection = new SqliteConnection($"Data Source={cache};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        foreach (var (feed, url) in subscribed)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT title, url, pubDate FROM rss_item WHERE feedurl = $url ORDER BY pubDate DESC, id";
            command.Parameters.AddWithValue("$url", url);
            var read = new List<(string Title, string Link, long Published)>();
            await using (var rows = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken))
            {
                while (await rows.ReadAsync(TestContext.Current.CancellationToken))
                {
                    read.Add((rows.GetString(0), rows.GetString(1), rows.GetInt64(2)));
                }
            }

            Assert.Equal(Expected(host, feed).Order(), read.Order());
        }
    }

    [Fact]
    public async Task Feedparser_reads_every_entry_of_every_feed_with_items_with_title_link_and_date()
    {
        ExternalTool.Require(File.Exists(Python) && (await ExternalProcess.RunAsync(Python, ["-c", "import feedparser"])).ExitCode == 0,
            "python3-feedparser", "apt-get install python3-feedparser");
        await using var host = new SyndicateHost();
        using var client = host.CreateClient();
        await host.IngestAsync("sample-text");
        await host.IngestAsync("sample-html");
        using var folder = new TemporaryDirectory();
        var files = new Dictionary<string, RenderedFeed>(StringComparer.Ordinal);
        foreach (var feed in FeedsWithEntries(host).SelectMany(f => new[] { FeedFormat.Rss, FeedFormat.Atom }.Select(format => host.Services.GetRequiredService<FeedPublisher>().Current.Find(f.Source.Feed.Path, format)!)))
        {
            var file = Path.Combine(folder.Path, feed.RelativePath.Replace('/', '_'));
            await File.WriteAllBytesAsync(file, await client.GetByteArrayAsync($"/feeds/{feed.RelativePath}", TestContext.Current.CancellationToken), TestContext.Current.CancellationToken);
            files.Add(file, feed);
        }

        var (exitCode, output, error) = await ExternalProcess.RunAsync(Python, ["-c", FeedparserScript, .. files.Keys]);

        Assert.True(exitCode == 0, error);
        using var parsed = JsonDocument.Parse(output);
        var site = host.Services.GetRequiredService<FeedRenderer>().Site;
        foreach (var (file, feed) in files)
        {
            var result = parsed.RootElement.GetProperty(file);
            Assert.True(result.GetProperty("bozo").GetInt32() == 0, $"{feed.RelativePath}: {result.GetProperty("error").GetString()}");
            var read = result.GetProperty("entries").EnumerateArray()
                .Select(e => (e.GetProperty("id").GetString(), (e.GetProperty("title").GetString()!, e.GetProperty("link").GetString()!, e.GetProperty("published").GetInt64())))
                .ToList();
            Assert.Equal(feed.Source.Entries.Select(e => site.EntryId(feed.Source.Feed.Path, null, e.Id)), read.Select(r => r.Item1));
            Assert.Equal(Expected(host, feed), read.Select(r => r.Item2));
        }
    }

    /// <summary>The Atom rendering of every feed that has entries (rss and atom carry the same ones).</summary>
    private static List<RenderedFeed> FeedsWithEntries(SyndicateHost host)
    {
        var snapshot = host.Services.GetRequiredService<FeedPublisher>().Current;
        var feeds = host.Services.GetRequiredService<FeedCatalog>().Feeds
            .Select(f => snapshot.Find(f.Path, FeedFormat.Atom)!)
            .Where(f => f.EntryCount > 0)
            .ToList();
        Assert.True(feeds.Count >= 10, $"only {feeds.Count} feeds have entries");
        return feeds;
    }

    /// <summary>What a reader must show of each entry: its title, its link (the article, else the item's page) and its date.</summary>
    private static IEnumerable<(string Title, string Link, long Published)> Expected(SyndicateHost host, RenderedFeed feed)
    {
        var site = host.Services.GetRequiredService<FeedRenderer>().Site;
        return feed.Source.Entries.Select(e => (e.Title, (e.Article ?? site.ItemPageUri(e.Id)).AbsoluteUri, e.Published.ToUnixTimeSeconds()));
    }
}

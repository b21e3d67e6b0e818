using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Syndicate.Core.Feeds;
using Syndicate.Publishing;
using Syndicate.Storage;
using Syndicate.Tests.Support;

namespace Syndicate.Tests.Publishing;

public sealed class FeedPublisherTests
{
    [Fact]
    public async Task A_publish_renders_again_only_the_feeds_whose_entries_changed()
    {
        await using var host = new SyndicateHost();
        using var client = host.CreateClient();
        await host.IngestAsync("sample-text");
        var publisher = host.Services.GetRequiredService<FeedPublisher>();
        var before = publisher.Current;

        await publisher.PublishAsync(CancellationToken.None);
        var unchanged = publisher.Current;
        await RetitleAsync(host, "MILAAN", "Italië verijdelt cyberaanval");
        await publisher.PublishAsync(CancellationToken.None);
        var after = publisher.Current;

        Assert.NotSame(before, unchanged);
        Assert.All(before.Feeds, feed => Assert.Same(feed, unchanged.Find(feed.Source.Feed.Path, feed.Format)));
        foreach (var format in FeedFormats.All)
        {
            // The MILAAN item (ANP/AFP, Italy) is in these feeds, and only these changed.
            foreach (var path in new[] { "all", "agency/anp", "agency/afp", "region/europe", "region/it" })
            {
                Assert.NotEqual(before.Find(path, format)!.Document.ETag, after.Find(path, format)!.Document.ETag);
            }

            foreach (var path in new[] { "agency/rtr", "agency/dpa", "region/no", "region/north-america", "region/unknown" })
            {
                Assert.Same(before.Find(path, format), after.Find(path, format));
            }
        }

        Assert.Contains("Italië verijdelt cyberaanval", System.Text.Encoding.UTF8.GetString(after.Find("agency/afp", FeedFormat.Rss)!.Document.Content), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_during_a_slow_publish_is_answered_at_once_from_the_previous_snapshot()
    {
        using var clock = new GatedClock();
        await using var syndicate = new SyndicateHost();
        await using var host = syndicate.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<TimeProvider>(clock)));
        using var client = host.CreateClient();
        await host.Services.GetRequiredService<Syndicate.Ingestion.SourceIngestor>().IngestAsync("sample-text", scheduledFireTime: null, CancellationToken.None);
        using var before = await client.GetAsync("/feeds/agency/afp.atom");
        await RetitleAsync(host.Services, "MILAAN", "Italië verijdelt cyberaanval");

        var publishing = clock.RunHeld(() => host.Services.GetRequiredService<FeedPublisher>().PublishAsync(CancellationToken.None));
        await clock.HoldingAsync();
        // The publish holds its lock and is stopped in its middle until the clock opens: these requests must not wait for it.
        using var during = await client.GetAsync("/feeds/agency/afp.atom");
        using var viewDuring = await client.GetAsync("/feeds/agency/afp.atom?limit=1");
        clock.Open();
        await publishing;
        using var after = await client.GetAsync("/feeds/agency/afp.atom");

        Assert.False(publishing.IsFaulted);
        Assert.Equal(before.Headers.ETag, during.Headers.ETag);
        Assert.Equal(System.Net.HttpStatusCode.OK, viewDuring.StatusCode);
        Assert.DoesNotContain("Italië verijdelt", await during.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
        Assert.Contains("Italië verijdelt", await after.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_entry_keeps_its_id_in_every_format_across_re_renders_and_restarts()
    {
        using var directory = new TemporaryDirectory();
        IReadOnlyList<IReadOnlyList<string>> first, rerendered;
        await using (var host = new SyndicateHost(directory))
        {
            using var client = host.CreateClient();
            await host.IngestAsync("sample-text");
            first = await IdsAsync(client);
            await RetitleAsync(host, "OSLO", "Hofkwestie in Noorwegen");
            await host.Services.GetRequiredService<FeedPublisher>().PublishAsync(CancellationToken.None);
            rerendered = await IdsAsync(client);
        }

        await using var restarted = new SyndicateHost(directory);
        using var again = restarted.CreateClient();
        var afterRestart = await IdsAsync(again);

        Assert.Equal(8, first[0].Count);
        Assert.All(first, ids => Assert.Equal(first[0], ids));
        Assert.Equal(first, rerendered);
        Assert.Equal(first, afterRestart);
    }

    private static async Task<IReadOnlyList<IReadOnlyList<string>>> IdsAsync(HttpClient client)
    {
        var rss = (await client.GetFeedAsync("/feeds/all.rss")).Items.Select(i => i.Id).ToList();
        var atom = (await client.GetFeedAsync("/feeds/all.atom")).Items.Select(i => i.Id).ToList();
        using var json = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/feeds/all.json"));
        var jsonIds = json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!).ToList();
        return [rss, atom, jsonIds];
    }

    private static Task RetitleAsync(WebApplicationFactory<Program> host, string dateline, string title) =>
        RetitleAsync(host.Services, dateline, title);

    /// <summary>Gives the first item with <paramref name="dateline"/> a new title, as a later capture with a headline does, without touching its update time.</summary>
    private static async Task RetitleAsync(IServiceProvider services, string dateline, string title)
    {
        await using var connection = new SqliteConnection($"Data Source={((SqliteDatabase)services.GetRequiredService<Database>()).Path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE items SET title = $title WHERE rowid = (SELECT min(rowid) FROM items WHERE dateline = $dateline)";
        command.Parameters.AddWithValue("$title", title);
        command.Parameters.AddWithValue("$dateline", dateline);
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }
}

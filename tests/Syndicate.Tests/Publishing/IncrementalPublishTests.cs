using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Syndicate.Core.Feeds;
using Syndicate.Metrics;
using Syndicate.Publishing;
using Syndicate.Storage;
using Syndicate.Tests.Support;

namespace Syndicate.Tests.Publishing;

public sealed class IncrementalPublishTests
{
    [Fact]
    public async Task Feeds_published_capture_by_capture_are_byte_identical_to_a_full_render_of_the_same_data()
    {
        using var directory = new TemporaryDirectory();
        var page = Path.Combine(directory.Path, "pages", "moving.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(page)!);
        await using var host = new SyndicateHost(directory, new Dictionary<string, string?>
        {
            ["Syndicate:Sources:2:Id"] = "moving",
            ["Syndicate:Sources:2:Url"] = page,
            ["Syndicate:Sources:2:Schedule"] = SyndicateHost.NeverSchedule,
            ["Syndicate:Sources:2:Section"] = "Buitenland",
            ["Syndicate:PublishInterval"] = "00:00:00",
        });
        using var client = host.CreateClient();
        var seed = await File.ReadAllTextAsync(Samples.SeedTextPath);

        // Each capture adds, narrows, re-dates or revises items: the seed; its ages a few minutes on (narrower windows);
        // a new item on top; the MILAAN item credited to a third agency (a revision); the OSLO items gone from the page.
        string[] versions =
        [
            seed,
            seed.Replace("16 minuten geleden", "19 minuten geleden", StringComparison.Ordinal).Replace("56 minuten geleden", "59 minuten geleden", StringComparison.Ordinal),
            seed.Replace("Meer uit Buitenland\n", "Meer uit Buitenland\nPARIJS (ANP/AFP) - De Franse regering heeft een nieuw plan voor de begroting voorgelegd aan het parlement.\nzojuist", StringComparison.Ordinal),
            seed.Replace("MILAAN (ANP/AFP)", "MILAAN (ANP/AFP/RTR)", StringComparison.Ordinal),
            string.Join('\n', seed.Split('\n').Where(line => !line.Contains("OSLO", StringComparison.Ordinal))),
        ];
        await host.IngestAsync("sample-text");
        await host.IngestAsync("sample-html");
        foreach (var version in versions)
        {
            await File.WriteAllTextAsync(page, version);
            await host.IngestAsync("moving");
        }

        var incremental = host.Services.GetRequiredService<FeedPublisher>().Current;
        using var fresh = ActivatorUtilities.CreateInstance<FeedPublisher>(host.Services);
        await fresh.PublishAsync(CancellationToken.None);
        var full = fresh.Current;

        Assert.Equal(full.Entries.Count, incremental.Entries.Count);
        Assert.Contains(incremental.Entries, e => e.Title.StartsWith("De Franse regering", StringComparison.Ordinal));
        Assert.Equal(full.Feeds.Count, incremental.Feeds.Count);
        foreach (var feed in full.Feeds)
        {
            var published = incremental.Find(feed.Source.Feed.Path, feed.Format);
            Assert.NotNull(published);
            Assert.True(feed.Document.Content.AsSpan().SequenceEqual(published.Document.Content), $"{feed.RelativePath} differs from a full render");
            Assert.Equal(feed.Document.ETag, published.Document.ETag);
            Assert.Equal(Versions(full.EntriesOf(feed.Source.Feed.Path)), Versions(incremental.EntriesOf(feed.Source.Feed.Path)));
        }
    }

    [Fact]
    public async Task Captures_that_ask_to_publish_while_a_publish_runs_are_published_together_once()
    {
        using var clock = new GatedClock();
        await using var host = new SyndicateHost(clock: clock);
        using var client = host.CreateClient();
        using var renders = new MetricCollector(host.Services.GetRequiredService<IMeterFactory>(), "syndicate.render.duration");
        await host.IngestAsync("sample-text");
        var publisher = host.Services.GetRequiredService<FeedPublisher>();
        var before = renders.Count;

        var running = clock.RunHeld(() => publisher.PublishAsync(CancellationToken.None));
        await clock.HoldingAsync();
        // The publish holds its lock until the clock opens: three captures' requests wait for the next one together.
        var ids = publisher.Current.Entries.Select(e => e.Id).ToList();
        await RetitleAsync(host.Services.GetRequiredService<Database>(), ids[^1], "Een nieuwe kop");
        Task[] waiting = [.. ids.Chunk(3).Select(chunk => publisher.PublishChangesAsync(chunk, CancellationToken.None))];
        Assert.All(waiting, task => Assert.False(task.IsCompleted));
        clock.Open();
        await running;
        await Task.WhenAll(waiting);

        Assert.Equal(2, renders.Count - before);
        Assert.Equal("Een nieuwe kop", publisher.Current.FindEntry(ids[^1])!.Title);
    }

    [Fact]
    public async Task A_capture_that_changes_nothing_a_feed_shows_renders_no_document_again()
    {
        await using var host = new SyndicateHost(settings: new Dictionary<string, string?> { ["Syndicate:PublishInterval"] = "00:00:00" });
        using var client = host.CreateClient();
        await host.IngestAsync("sample-text");
        var publisher = host.Services.GetRequiredService<FeedPublisher>();
        var before = publisher.Current;

        await publisher.PublishChangesAsync(before.Entries.Select(e => e.Id), CancellationToken.None);

        Assert.All(before.Feeds, feed => Assert.Same(feed, publisher.Current.Find(feed.Source.Feed.Path, feed.Format)));
    }

    /// <summary>Gives an item a new title as a capture with a headline would, without telling the publisher.</summary>
    private static async Task RetitleAsync(Database database, string itemId, string title)
    {
        await using var connection = await database.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE items SET title = $title, headline = $title WHERE id = $id";
        command.Parameters.Add(new Microsoft.Data.Sqlite.SqliteParameter("$title", title));
        command.Parameters.Add(new Microsoft.Data.Sqlite.SqliteParameter("$id", itemId));
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }

    private static List<(string, DateTimeOffset, DateTimeOffset)> Versions(IEnumerable<FeedEntry> entries) =>
        [.. entries.Select(e => (e.Id, e.Published, e.Updated))];

    /// <summary>Counts the measurements one server's meter records on one instrument.</summary>
    private sealed class MetricCollector : IDisposable
    {
        private readonly MeterListener _listener = new();
        private int _count;

        public MetricCollector(IMeterFactory server, string instrument)
        {
            _listener.InstrumentPublished = (published, listener) =>
            {
                if (published.Meter.Scope == server && published.Meter.Name == SyndicateMetrics.MeterName && published.Name == instrument)
                {
                    listener.EnableMeasurementEvents(published);
                }
            };
            _listener.SetMeasurementEventCallback<double>((_, _, _, _) => Interlocked.Increment(ref _count));
            _listener.Start();
        }

        public int Count => Volatile.Read(ref _count);

        public void Dispose() => _listener.Dispose();
    }
}

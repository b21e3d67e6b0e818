using System.Globalization;
using Dapper;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Syndicate.Ingestion;
using Syndicate.Publishing;
using Syndicate.Sources;
using Syndicate.Storage;

namespace Syndicate.Benchmarks;

/// <summary>
/// <c>retention-week [days]</c>: the two sample sources polled every 5 minutes of simulated time for a week (or
/// <c>days</c>), through the server's own ingest on a real SQLite file, with the maintenance compaction every hour as
/// the default schedule runs it and the default retention limits; prints the database's size and rows at the end of
/// every day. Not a BenchmarkDotNet benchmark: it measures bytes, not time.
/// </summary>
internal static class RetentionWeek
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMinutes(5);

    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var days = args.Length > 1 && int.TryParse(args[1], CultureInfo.InvariantCulture, out var given) && given > 0 ? given : 7;
        var folder = Directory.CreateTempSubdirectory("syndicate-retention-");
        try
        {
            await SimulateAsync(folder.FullName, days, output);
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    private static async Task SimulateAsync(string folder, int days, TextWriter output)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var samples = Path.Combine(AppContext.BaseDirectory, "Samples");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Syndicate:DatabasePath"] = Path.Combine(folder, "syndicate.db"),
            ["Syndicate:FeedsDirectory"] = Path.Combine(folder, "feeds"),
            // Polls of simulated time come back to back: publish each at once.
            ["Syndicate:PublishInterval"] = "00:00:00",
            ["Syndicate:Fetch:FileRoot"] = samples,
            ["Syndicate:Sources:0:Id"] = "sample-buitenland-text",
            ["Syndicate:Sources:0:Url"] = Path.Combine(samples, "buitenland.txt"),
            ["Syndicate:Sources:0:Section"] = "Buitenland",
            ["Syndicate:Sources:1:Id"] = "sample-buitenland-html",
            ["Syndicate:Sources:1:Url"] = Path.Combine(samples, "buitenland.html"),
            ["Syndicate:Sources:1:Section"] = "Buitenland",
        }).Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IHostEnvironment>(new HostingEnvironment { ContentRootPath = folder });
        Program.AddServices(services, configuration);
        services.AddSingleton<TimeProvider>(clock);
        await using var provider = services.BuildServiceProvider();
        var database = (SqliteDatabase)provider.GetRequiredService<Database>();
        await provider.GetRequiredService<Migrator>().MigrateAsync(CancellationToken.None);
        var sources = provider.GetRequiredService<IOptions<ConfiguredSourcesOptions>>().Value.Sources;
        await provider.GetRequiredService<SourceRegistry>().ImportConfigurationAsync(sources, CancellationToken.None);
        await provider.GetRequiredService<FeedPublisher>().PublishAsync(CancellationToken.None);
        var ingestor = provider.GetRequiredService<SourceIngestor>();
        var compactor = provider.GetRequiredService<RetentionCompactor>();

        await output.WriteLineAsync("| day | polls | fetch records | sightings | items | database bytes | change |");
        await output.WriteLineAsync("|---|---|---|---|---|---|---|");
        var pollsPerHour = (int)(TimeSpan.FromHours(1) / PollInterval);
        var polls = 0;
        long previous = 0;
        for (var day = 1; day <= days; day++)
        {
            for (var hour = 0; hour < 24; hour++)
            {
                for (var poll = 0; poll < pollsPerHour; poll++)
                {
                    clock.Advance(PollInterval);
                    foreach (var source in sources)
                    {
                        await ingestor.IngestAsync(source.Id, scheduledFireTime: null, CancellationToken.None);
                        polls++;
                    }
                }

                await compactor.CompactAsync(CancellationToken.None);
            }

            var size = Size(database);
            var (fetches, sightings, items) = await CountsAsync(database);
            var change = day == 1 ? "" : (size - previous).ToString("+#,0;-#,0;0", CultureInfo.InvariantCulture);
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"| {day} | {polls:N0} | {fetches:N0} | {sightings:N0} | {items:N0} | {size:N0} | {change} |"));
            previous = size;
        }
    }

    /// <summary>The database file and its write-ahead log, as they take disk space.</summary>
    private static long Size(SqliteDatabase database) =>
        new[] { database.Path, database.Path + "-wal" }.Where(File.Exists).Sum(path => new FileInfo(path).Length);

    private static async Task<(long Fetches, long Sightings, long Items)> CountsAsync(Database database)
    {
        await using var connection = await database.OpenAsync(CancellationToken.None);
        return await connection.QuerySingleAsync<(long, long, long)>(
            "SELECT (SELECT COUNT(*) FROM fetches), (SELECT COUNT(*) FROM sightings), (SELECT COUNT(*) FROM items)");
    }
}

using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Time.Testing;
using Syndicate.Fetching;
using Syndicate.Storage;
using Syndicate.Tests.Support;

namespace Syndicate.Tests.Ingestion;

/// <summary>
/// Six hours of fake time: a wire site publishes items (some already hours old at the start), and
/// the source's ingest runs every five minutes against it. Every stored window must contain its
/// item's true instant; the published instants' errors are measured per kind of evidence.
/// </summary>
public sealed class PollingSimulationTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 28, 6, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMinutes(5);
    private static readonly string[] Places = ["BRUSSEL", "OSLO", "MILAAN", "LONDEN", "MOSKOU", "BERLIJN", "PARIJS", "MADRID"];

    [Fact]
    public async Task Every_window_holds_the_true_instant_and_polling_narrows_hour_ages_to_minutes()
    {
        var random = new Random(20261128);
        var truth = Enumerable.Range(0, 150).Select(n => new FakeWireSite.TrueItem(
            n,
            Places[n % Places.Length],
            // A third were published in the four hours before the simulation, the rest during its six hours.
            Start + TimeSpan.FromSeconds(random.Next(-4 * 3600, 6 * 3600)))).ToList();
        var clock = new FakeTimeProvider(Start);
        var site = new FakeWireSite(clock, truth, pageSize: 60);
        using var directory = new TemporaryDirectory();
        await using var host = new SyndicateHost(directory, new Dictionary<string, string?>
        {
            ["Syndicate:Sources:0:Id"] = "wire",
            // Loopback's discard port: the fake handler answers, and nothing else could be reached.
            ["Syndicate:Sources:0:Url"] = "http://127.0.0.1:9/buitenland",
            ["Syndicate:Sources:1:Id"] = "unused",
        }, clock, services => services.AddHttpClient(PageFetcher.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => site));
        using var client = host.CreateClient();

        for (var poll = Start; poll <= Start.AddHours(6); poll += PollInterval)
        {
            clock.SetUtcNow(poll);
            await host.IngestAsync("wire");
        }

        var stored = await host.Services.GetRequiredService<ItemStore>().LoadAllAsync(CancellationToken.None);
        var byNumber = truth.ToDictionary(t => t.Body);
        var sightings = await SightingsAsync(directory);
        Assert.Equal(truth.Count(t => t.Published <= Start.AddHours(6)), stored.Count);
        var minuteSeen = new List<double>();
        var hourOnly = new List<double>();
        foreach (var item in stored)
        {
            var real = byNumber[item.Body].Published.ToUnixTimeMilliseconds();
            Assert.True(item.WindowLo is null || item.WindowLo < real, $"{item.Body}: window starts after the true instant");
            Assert.True(real <= item.WindowHi, $"{item.Body}: window ends before the true instant");
            var estimate = item.WindowLo is { } lo ? lo + ((item.WindowHi - lo) / 2) : item.WindowHi;
            var error = Math.Abs(estimate - real) / 1000.0;
            var ages = sightings[item.Id];
            if (ages.Any(a => a.Contains("minu", StringComparison.Ordinal) || a == "zojuist"))
            {
                minuteSeen.Add(error);
            }
            else if (ages.Where(a => a.EndsWith("uur geleden", StringComparison.Ordinal)).Distinct().Count() > 1)
            {
                hourOnly.Add(error);
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Seen with minute ages: {minuteSeen.Count} items, mean error {minuteSeen.Average():F1} s, max {minuteSeen.Max():F1} s. " +
            $"Seen only with hour ages, across an hour boundary: {hourOnly.Count} items, mean error {hourOnly.Average():F1} s, max {hourOnly.Max():F1} s."));
        Assert.True(minuteSeen.Average() <= 30, $"mean error of minute-granular items {minuteSeen.Average():F1} s");
        Assert.True(minuteSeen.Max() <= 30, $"max error of minute-granular items {minuteSeen.Max():F1} s");
        // Hour ages alone pin the instant to the poll interval in which the age ticked over:
        // a window of five minutes, so at most 150 s from its midpoint, 75 s on average.
        Assert.True(hourOnly.Max() <= PollInterval.TotalSeconds / 2, $"max error of hour-granular items {hourOnly.Max():F1} s");
        Assert.NotEmpty(hourOnly);
    }

    private static async Task<Dictionary<string, List<string>>> SightingsAsync(TemporaryDirectory directory)
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(directory.Path, "data", "syndicate.db")};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT item_id, age_text FROM sightings";
        var result = new Dictionary<string, List<string>>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var id = reader.GetString(0);
            (result.TryGetValue(id, out var list) ? list : result[id] = []).Add(reader.IsDBNull(1) ? "" : reader.GetString(1));
        }

        return result;
    }
}

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
        var stored = await PollSixHoursAsync(site, clock, directory);
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

        var best = BestPossibleErrors(truth, site.PageSize, TimeSpan.Zero);
        var ours = stored.ToDictionary(i => byNumber[i.Body].Number, i => Math.Abs((UnixTime.Instant(i.Published) - byNumber[i.Body].Published).TotalSeconds));
        TestContext.Current.TestOutputHelper?.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Seen with minute ages: {minuteSeen.Count} items, mean error {minuteSeen.Average():F1} s, max {minuteSeen.Max():F1} s. " +
            $"Seen only with hour ages, across an hour boundary: {hourOnly.Count} items, mean error {hourOnly.Average():F1} s, max {hourOnly.Max():F1} s. " +
            $"All {ours.Count}: mean {ours.Values.Average():F1} s, max {ours.Values.Max():F1} s; the best possible: mean {best.Values.Average():F1} s, max {best.Values.Max():F1} s."));
        AssertAsGoodAsPossible(ours, best);
        Assert.True(minuteSeen.Average() <= 30, $"mean error of minute-granular items {minuteSeen.Average():F1} s");
        Assert.True(minuteSeen.Max() <= 30, $"max error of minute-granular items {minuteSeen.Max():F1} s");
        // Hour ages alone pin the instant to the poll interval in which the age ticked over:
        // a window of five minutes, so at most 150 s from its midpoint, 75 s on average.
        Assert.True(hourOnly.Max() <= PollInterval.TotalSeconds / 2, $"max error of hour-granular items {hourOnly.Max():F1} s");
        Assert.NotEmpty(hourOnly);
    }

    [Fact]
    public async Task A_site_clock_hours_behind_ours_dates_every_item_by_the_site_clock()
    {
        // The issue's simulation: 15 items on the page, a new one every 4 to 25 minutes, ages floored, 5-minute polls for
        // 6 hours, the Date header at the site's time, which runs 3 h 17 min behind the server's.
        var siteOffset = -new TimeSpan(3, 17, 0);
        var random = new Random(20261201);
        var truth = new List<FakeWireSite.TrueItem>();
        for (var at = Start + siteOffset - TimeSpan.FromHours(4); at <= Start + siteOffset + TimeSpan.FromHours(6); at += TimeSpan.FromSeconds(random.Next(4 * 60, 25 * 60)))
        {
            truth.Add(new FakeWireSite.TrueItem(truth.Count, Places[truth.Count % Places.Length], at));
        }

        var clock = new FakeTimeProvider(Start);
        var site = new FakeWireSite(clock, truth, pageSize: 15, siteOffset);
        using var directory = new TemporaryDirectory();
        var stored = await PollSixHoursAsync(site, clock, directory);
        var byBody = truth.ToDictionary(t => t.Body);
        var sightings = await SightingsAsync(directory);
        var minuteSeen = new List<double>();
        var hourTicked = new List<double>();
        var hourOnly = new List<(double Error, double WindowMinutes)>();
        foreach (var item in stored)
        {
            var real = byBody[item.Body].Published;
            Assert.True(item.Window.Contains(real), $"{item.Body}: window {item.Window} does not hold {real:O}");
            var error = Math.Abs((UnixTime.Instant(item.Published) - real).TotalSeconds);
            var ages = sightings[item.Id];
            if (ages.Any(a => a.Contains("minu", StringComparison.Ordinal) || a == "zojuist"))
            {
                minuteSeen.Add(error);
            }
            else if (ages.Distinct().Count() > 1)
            {
                hourTicked.Add(error);
            }
            else
            {
                hourOnly.Add((error, (item.Window.Hi - item.Window.Lo!.Value).TotalMinutes));
            }
        }

        var all = minuteSeen.Concat(hourTicked).Concat(hourOnly.Select(h => h.Error)).ToList();
        var best = BestPossibleErrors(truth, site.PageSize, siteOffset);
        TestContext.Current.TestOutputHelper?.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"All {all.Count} items: mean error {all.Average():F1} s, max {all.Max():F1} s. " +
            $"Seen with minute ages: {minuteSeen.Count}, mean {minuteSeen.Average():F1} s, max {minuteSeen.Max():F1} s. " +
            $"Hour ages seen ticking: {hourTicked.Count}, mean {hourTicked.DefaultIfEmpty().Average():F1} s, max {hourTicked.DefaultIfEmpty().Max():F1} s. " +
            $"Hour ages never seen ticking (on the page before polling began, gone before their next hour): {hourOnly.Count}, " +
            $"errors {string.Join(", ", hourOnly.Select(h => $"{h.Error:F0} s in a {h.WindowMinutes:F0}-minute window"))}. " +
            $"The best any reader of these pages could do: mean {best.Values.Average():F1} s, max {best.Values.Max():F1} s."));
        var shown = Enumerable.Range(0, 73)
            .SelectMany(poll => truth.Where(t => t.Published <= Start + siteOffset + (poll * PollInterval)).OrderByDescending(t => t.Published).Take(15))
            .Distinct()
            .Count();
        Assert.Equal(shown, stored.Count);
        AssertAsGoodAsPossible(stored.ToDictionary(i => byBody[i.Body].Number, i => Math.Abs((UnixTime.Instant(i.Published) - byBody[i.Body].Published).TotalSeconds)), best);
        Assert.True(minuteSeen.Average() <= 30 && minuteSeen.Max() <= 30, $"minute-granular items: mean {minuteSeen.Average():F1} s, max {minuteSeen.Max():F1} s");
        Assert.All(hourTicked, error => Assert.True(error <= PollInterval.TotalSeconds / 2, $"hour-granular item seen ticking: {error:F1} s"));
        // What hour ages alone allow: the midpoint of the window is at most half the window from the truth.
        Assert.All(hourOnly, h => Assert.True(h.Error <= h.WindowMinutes * 30, $"{h.Error:F0} s in a {h.WindowMinutes:F0}-minute window"));
    }

    /// <summary>Each item's published instant is as close to the truth as the best estimate, to the whole second it is rounded to.</summary>
    private static void AssertAsGoodAsPossible(Dictionary<int, double> ours, Dictionary<int, double> best)
    {
        Assert.Equal(best.Keys.Order(), ours.Keys.Order());
        Assert.All(ours, item => Assert.True(item.Value <= best[item.Key] + 1, $"item {item.Key}: {item.Value:F0} s off, the best possible {best[item.Key]:F0} s"));
    }

    /// <summary>
    /// The error of each shown item's best possible estimate: the midpoint of everything its floored ages, on every poll,
    /// and the newest-first order of the items, on every page, allow. This knows the site's rounding and looks at all
    /// six hours at once, later polls included: no reader of the same pages can do better.
    /// </summary>
    private static Dictionary<int, double> BestPossibleErrors(IReadOnlyList<FakeWireSite.TrueItem> truth, int pageSize, TimeSpan siteOffset)
    {
        var windows = new Dictionary<int, (DateTimeOffset Lo, DateTimeOffset Hi)>();
        for (var poll = Start; poll <= Start.AddHours(6); poll += PollInterval)
        {
            var now = poll + siteOffset;
            foreach (var item in truth.Where(t => t.Published <= now).OrderByDescending(t => t.Published).Take(pageSize))
            {
                var age = now - item.Published;
                var unit = age.TotalHours < 1 ? TimeSpan.FromMinutes(1) : age.TotalDays < 1 ? TimeSpan.FromHours(1) : TimeSpan.FromDays(1);
                var shown = now - (Math.Floor(age / unit) * unit);
                var (lo, hi) = (shown - unit, shown);
                windows[item.Number] = windows.TryGetValue(item.Number, out var w) ? (Max(w.Lo, lo), Min(w.Hi, hi)) : (lo, hi);
            }
        }

        // Oldest first: an item is no earlier than the items below it and no later than those above it.
        var order = truth.Where(t => windows.ContainsKey(t.Number)).OrderBy(t => t.Published).Select(t => t.Number).ToList();
        for (var i = 1; i < order.Count; i++)
        {
            windows[order[i]] = (Max(windows[order[i]].Lo, windows[order[i - 1]].Lo), windows[order[i]].Hi);
        }

        for (var i = order.Count - 2; i >= 0; i--)
        {
            windows[order[i]] = (windows[order[i]].Lo, Min(windows[order[i]].Hi, windows[order[i + 1]].Hi));
        }

        return truth.Where(t => windows.ContainsKey(t.Number)).ToDictionary(
            t => t.Number,
            t => Math.Abs((windows[t.Number].Lo + ((windows[t.Number].Hi - windows[t.Number].Lo) / 2) - t.Published).TotalSeconds));

        static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
        static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
    }

    /// <summary>Polls the site every five minutes of fake time for six hours from <see cref="Start"/>; the items stored at the end.</summary>
    private static async Task<IReadOnlyList<StoredItem>> PollSixHoursAsync(FakeWireSite site, FakeTimeProvider clock, TemporaryDirectory directory)
    {
        await using var host = new SyndicateHost(directory, new Dictionary<string, string?>
        {
            ["Syndicate:Sources:0:Id"] = "wire",
            // Loopback's discard port: the fake handler answers, and nothing else could be reached.
            ["Syndicate:Sources:0:Url"] = "http://127.0.0.1:9/buitenland",
            ["Syndicate:Sources:1:Id"] = "unused",
        }, clock, services => services.AddHttpClient(PageFetcher.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => site));
        for (var poll = Start; poll <= Start.AddHours(6); poll += PollInterval)
        {
            clock.SetUtcNow(poll);
            await host.IngestAsync("wire");
        }

        return await host.Services.GetRequiredService<ItemStore>().LoadAllAsync(CancellationToken.None);
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

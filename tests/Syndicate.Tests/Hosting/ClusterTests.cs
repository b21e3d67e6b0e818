using System.Net.Http.Json;
using Dapper;
using Syndicate.Storage;
using Syndicate.Tests.Support;

namespace Syndicate.Tests.Hosting;

/// <summary>
/// Three server processes on one PostgreSQL database, a Quartz cluster: five sources on two-second triggers are each
/// fetched once per fire, by whichever node takes the fire, with no fire run twice and none lost; an admin's schedule
/// change made on one node holds on all; a node killed with SIGKILL leaves its sources to the others, and a restarted node
/// rejoins.
/// </summary>
public sealed class ClusterTests
{
    private const int Sources = 5;
    private static readonly TimeSpan CheckinInterval = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task Three_nodes_fetch_each_fire_once_lose_none_obey_a_schedule_change_made_on_one_and_survive_a_killed_node()
    {
        await using var database = await TestDatabase.CreateAsync(StorageProvider.Postgres);
        using var pages = new TemporaryDirectory();
        var environment = new Dictionary<string, string>
        {
            ["Syndicate__Storage__Provider"] = "Postgres",
            ["Syndicate__Storage__ConnectionString"] = database.Settings["Syndicate:Storage:ConnectionString"]!,
            ["Syndicate__Cluster__CheckinInterval"] = CheckinInterval.ToString(),
            ["Syndicate__Cluster__CheckinMisfireThreshold"] = CheckinInterval.ToString(),
            ["Syndicate__MinPollInterval"] = "00:00:01",
            ["Syndicate__IngestOnStart"] = "false",
            ["Syndicate__Fetch__FileRoot"] = "/",
            ["Syndicate__Admin__ApiKey"] = SyndicateHost.AdminKey,
        };
        for (var i = 0; i < Sources; i++)
        {
            var page = Path.Combine(pages.Path, $"page-{i}.txt");
            File.Copy(Samples.SeedTextPath, page);
            environment[$"Syndicate__Sources__{i}__Id"] = $"node-test-{i}";
            environment[$"Syndicate__Sources__{i}__Url"] = page;
            environment[$"Syndicate__Sources__{i}__Schedule"] = "*/2 * * * * ?";
        }

        var folders = Enumerable.Range(0, 3).Select(_ => new TemporaryDirectory()).ToList();
        var nodes = new List<ServerProcess>();
        try
        {
            foreach (var folder in folders)
            {
                var node = ServerProcess.Start(folder, environment);
                nodes.Add(node);
                await node.WaitUntilServingAsync();
            }

            var started = DateTimeOffset.UtcNow;
            await Task.Delay(TimeSpan.FromSeconds(20), TestContext.Current.CancellationToken);
            var steady = await FetchTimesAsync(database, started.AddSeconds(2), DateTimeOffset.UtcNow.AddSeconds(-2));
            AssertEachFireFetchedOnce(steady, "while three nodes ran");

            // A schedule change on the second node: no node fires the old trigger afterwards.
            using (var admin = new HttpClient { BaseAddress = nodes[1].Client.BaseAddress })
            {
                admin.DefaultRequestHeaders.Add("X-Api-Key", SyndicateHost.AdminKey);
                var answer = await admin.PutAsJsonAsync("/admin/api/sources/node-test-0/schedule", new { cron = SyndicateHost.NeverSchedule }, TestContext.Current.CancellationToken);
                Assert.True(answer.IsSuccessStatusCode, await answer.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            }

            var changed = DateTimeOffset.UtcNow;
            await nodes[0].KillAsync();
            var killed = DateTimeOffset.UtcNow;
            await Task.Delay(TimeSpan.FromSeconds(14), TestContext.Current.CancellationToken);
            var after = await FetchTimesAsync(database, changed.AddSeconds(1), DateTimeOffset.UtcNow.AddSeconds(-2));
            Assert.False(after.ContainsKey("node-test-0"), $"node-test-0 was fetched after its schedule changed: {string.Join(", ", after.GetValueOrDefault("node-test-0") ?? [])}");

            // The others keep fetching every source after the kill, and once they have taken its fires over miss none.
            // The fires the dead node had taken are recovered and run once more at once, so a fire may run twice right then.
            var survivors = after.ToDictionary(s => s.Key, s => s.Value.Where(t => t >= killed).ToList());
            Assert.Equal(Sources - 1, survivors.Count(s => s.Value.Count > 0));
            AssertNoFireMissed(survivors.ToDictionary(s => s.Key, s => s.Value.Where(t => t >= survivors.Values.Max(v => v[0])).ToList()), "after a node was killed");

            // The killed node rejoins.
            nodes[0] = ServerProcess.Start(folders[0], environment);
            await nodes[0].WaitUntilServingAsync();
            Assert.Equal(System.Net.HttpStatusCode.OK, (await nodes[0].Client.GetAsync("/readyz", TestContext.Current.CancellationToken)).StatusCode);
        }
        finally
        {
            foreach (var node in nodes)
            {
                await node.DisposeAsync();
            }

            folders.ForEach(folder => folder.Dispose());
        }
    }

    /// <summary>
    /// Every source's fetches come one per two-second fire: none two in the same fire (a trigger run twice) and no
    /// fire without one (a gap of two periods).
    /// </summary>
    private static void AssertEachFireFetchedOnce(IReadOnlyDictionary<string, List<DateTimeOffset>> fetches, string when)
    {
        foreach (var (source, times) in fetches)
        {
            var slots = Slots(times);
            Assert.True(slots.Distinct().Count() == slots.Count, $"{source} was fetched twice in one fire {when}: {Listed(times)}");
        }

        AssertNoFireMissed(fetches, when);
    }

    private static void AssertNoFireMissed(IReadOnlyDictionary<string, List<DateTimeOffset>> fetches, string when)
    {
        foreach (var (source, times) in fetches)
        {
            var slots = Slots(times).Distinct().ToList();
            Assert.True(slots.Count < 2 || slots.Max() - slots.Min() + 1 == slots.Count, $"{source} missed a fire {when}: {Listed(times)}");
        }
    }

    /// <summary>The two-second fire each fetch belongs to.</summary>
    private static List<long> Slots(IEnumerable<DateTimeOffset> times) => [.. times.Select(t => t.ToUnixTimeMilliseconds() / 2000)];

    private static string Listed(IEnumerable<DateTimeOffset> times) => string.Join(", ", times.Select(t => t.ToString("HH:mm:ss.fff")));

    private static async Task<Dictionary<string, List<DateTimeOffset>>> FetchTimesAsync(TestDatabase database, DateTimeOffset from, DateTimeOffset to)
    {
        using var handle = database.Open();
        await using var connection = await handle.OpenAsync(CancellationToken.None);
        var rows = await connection.QueryAsync<(string SourceId, long StartedAt)>(
            "SELECT source_id, started_at FROM fetches WHERE started_at >= @From AND started_at < @To ORDER BY started_at",
            new { From = from.ToUnixTimeMilliseconds(), To = to.ToUnixTimeMilliseconds() });
        return rows.GroupBy(r => r.SourceId).ToDictionary(g => g.Key, g => g.Select(r => DateTimeOffset.FromUnixTimeMilliseconds(r.StartedAt)).ToList());
    }
}

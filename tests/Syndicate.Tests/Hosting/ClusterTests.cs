using System.Diagnostics;
using System.Globalization;
using Dapper;
using Syndicate.Storage;
using Syndicate.Tests.Support;

namespace Syndicate.Tests.Hosting;

/// <summary>
/// Three server processes on one fresh PostgreSQL database poll five changing pages of a site on 127.0.0.1, every two
/// seconds each, for about two minutes; one node is killed with SIGKILL partway and started again. Read from the fetch
/// history against the schedule's fire times: no fire ran twice, none was lost outside the rule for held fires
/// (README, "Running several nodes"; <see cref="FireAccounting"/>), the killed node's sources were fetched by the others
/// within the failover bound, and the restarted node ran fires again; the nodes served the same bytes for the same
/// version of a feed throughout, and all the same bytes once the last ingest was published. Needs PostgreSQL (skips
/// without it, fails under CI).
/// </summary>
public sealed class ClusterTests
{
    private const string Schedule = "*/2 * * * * ?";
    private const string AdminKey = "cluster-test-admin-key-0123456789";

    private static readonly TimeSpan Period = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan CheckinInterval = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan CheckinMisfireThreshold = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan MisfireThreshold = TimeSpan.FromSeconds(1);

    /// <summary>
    /// From a kill to the next fire of each of the node's sources, at most: the others see the node failed at the first
    /// check-in after its last one + CheckinInterval + CheckinMisfireThreshold (one more interval at most); a run the
    /// kill cut short holds its source's trigger until a check-in 2 × CheckinInterval + CheckinMisfireThreshold after
    /// the node's last one (Quartz's grace, in case the node still runs it), one more interval at most; by then the fire
    /// is more than MisfireThreshold late and the next misfire pass, every MisfireThreshold, fires it.
    /// </summary>
    private static readonly TimeSpan Failover = (3 * CheckinInterval) + CheckinMisfireThreshold + MisfireThreshold;

    /// <summary>Database round trips and a busy machine's scheduling on top of <see cref="Failover"/>.</summary>
    private static readonly TimeSpan Slack = TimeSpan.FromSeconds(4);

    /// <summary>How long the cluster runs before the kill, between the kill and the restart, and after the restart.</summary>
    private static readonly TimeSpan Phase = TimeSpan.FromSeconds(30);

    private static readonly string[] ComparedFeeds = ["/feeds/all.atom", "/feeds/all.rss", "/feeds/all.json", "/feeds/agency/anp.atom"];

    private static readonly string[] Sources = ["wire-a", "wire-b", "wire-c", "wire-d", "wire-e"];

    [Fact]
    public async Task Three_nodes_run_every_fire_once_serve_the_same_feeds_and_take_over_from_a_killed_node_until_it_rejoins()
    {
        var wall = Stopwatch.StartNew();
        await using var database = await TestDatabase.CreateAsync(StorageProvider.Postgres);
        using var store = database.Open();
        using var folder = new TemporaryDirectory();
        await using var pages = WirePageWriter.Start(folder.Path, Sources.Length);
        await using var site = await LoopbackSite.StartAsync(pages.Folder);
        await using var cluster = await ServerCluster.StartAsync(Settings(database, pages, site), nodes: 3);
        var feeds = new FeedAgreement();
        using var sampling = new CancellationTokenSource();
        var sampler = SampleAsync(cluster, feeds, sampling.Token);
        string? difference = null;
        try
        {
            await Eventually.HoldsAsync(async () => await CountAsync(store, "SELECT count(DISTINCT source_id) FROM fetches") == Sources.Length, "every source is fetched");
            await Task.Delay(Phase, TestContext.Current.CancellationToken);

            var killed = await IngestingNodeAsync(store);
            var killedAt = DateTimeOffset.UtcNow;
            await cluster.KillAsync(killed);
            var held = await FiredTriggersAsync(store, killed);
            await Eventually.HoldsAsync(
                async () => await CountAsync(store, "SELECT count(DISTINCT source_id) FROM fetches WHERE started_at > @At", new { At = killedAt.ToUnixTimeMilliseconds() }) == Sources.Length,
                "every source is fetched after the kill");
            await Task.Delay(Phase, TestContext.Current.CancellationToken);

            var restartedAt = DateTimeOffset.UtcNow;
            await cluster.StartAsync(killed);
            var servingAt = DateTimeOffset.UtcNow;
            await Eventually.HoldsAsync(
                async () => await CountAsync(store, "SELECT count(*) FROM qrtz_scheduler_state WHERE instance_name = @Node AND last_checkin_time > @At", new { Node = killed, At = restartedAt.UtcTicks }) == 1,
                "the restarted node checks in");
            await Task.Delay(Phase, TestContext.Current.CancellationToken);
            await Eventually.HoldsAsync(
                async () => await CountAsync(store, "SELECT count(*) FROM fetches WHERE node = @Node AND started_at > @At", new { Node = killed, At = restartedAt.ToUnixTimeMilliseconds() }) > 0,
                "the restarted node runs fires again");

            await PauseEverySourceAsync(cluster);
            await Eventually.HoldsAsync(async () => await CountAsync(store, "SELECT count(*) FROM qrtz_fired_triggers WHERE trigger_group = 'sources'") == 0, "the last runs end");
            await sampling.CancelAsync();
            await sampler;
            await Eventually.HoldsAsync(async () => (difference = await DifferenceAsync(cluster)) is null, "every node serves the same feeds after the last ingest");

            var fetches = await AllFetchesAsync(store);
            var cutOff = held.Where(f => f.State == "EXECUTING").Select(f => (f.SourceId, f.FiredFor)).ToList();
            var fires = FireAccounting.Of(fetches, Period, MisfireThreshold, cutOff);
            var afterKill = Sources.ToDictionary(s => s, s => fetches.Where(f => f.SourceId == s && f.StartedAt > killedAt).Min(f => f.StartedAt) - killedAt);
            var gaps = Sources.ToDictionary(s => s, s => LongestGap(fetches.Where(f => f.SourceId == s)));
            var byNode = fetches.GroupBy(f => f.Node ?? "?").OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}");
            var rejoined = fetches.Where(f => f.Node == killed && f.StartedAt > restartedAt).ToList();
            TestContext.Current.TestOutputHelper?.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"""
                {fetches.Count} fetches ({string.Join(", ", byNode)}); {fires.Fires} fires, {fires.Late} of them misfires, {fires.Doubles.Count} doubles, {fires.Lost.Count} lost, {fires.CutOff} cut off by the kill, {fires.Skipped} skipped by the misfire rule.
                killed {killed} holding {string.Join(", ", held.Select(f => $"{f.SourceId} {f.FiredFor:HH:mm:ss.fff} {f.State}"))}; first fetch after the kill: {string.Join(", ", afterKill.Select(a => $"{a.Key} +{a.Value.TotalSeconds:F1} s"))} (bound {(Failover + Slack).TotalSeconds:F0} s); longest gap per source: {string.Join(", ", gaps.Select(g => $"{g.Key} {g.Value.TotalSeconds:F1} s"))}.
                restarted {killed}: serving {(servingAt - restartedAt).TotalSeconds:F1} s after the restart, its first fire {(rejoined.Min(f => f.StartedAt) - servingAt).TotalSeconds:F1} s after that, {rejoined.Count} in all. Feeds: {feeds.SharedVersions} versions served by two nodes or more, {feeds.Disagreements.Count} disagreements. Wall time {wall.Elapsed.TotalSeconds:F0} s.
                """));

            var timelines = Timelines(fetches, fires.Doubles.Concat(fires.Lost));
            Assert.True(fires.Doubles.Count == 0, $"Fires ran twice:\n{string.Join("\n", fires.Doubles)}\n{timelines}");
            Assert.True(fires.Lost.Count == 0, $"Fires were lost:\n{string.Join("\n", fires.Lost)}\n{timelines}");
            Assert.Empty(fires.Unscheduled);
            Assert.Empty(fetches.Where(f => !f.Succeeded).Select(f => $"{f.SourceId} {f.StartedAt:HH:mm:ss.fff} on {f.Node}: {f.Error}"));
            Assert.All(afterKill, first => Assert.True(first.Value <= Failover + Slack, $"{first.Key} was fetched again {first.Value.TotalSeconds:F1} s after the kill."));
            Assert.Empty(feeds.Disagreements);
            Assert.True(feeds.SharedVersions > 0, "No version of the feed was served by two nodes.");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new Xunit.Sdk.XunitException($"{e.Message}\n{difference}\n{cluster.Output()}", e);
        }
        finally
        {
            // Already awaited when the test got that far; else the failure that stopped it is the one to see.
            await sampling.CancelAsync();
            await sampler.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing | ConfigureAwaitOptions.ContinueOnCapturedContext);
        }
    }

    private static Dictionary<string, string> Settings(TestDatabase database, WirePageWriter pages, LoopbackSite site)
    {
        var settings = new Dictionary<string, string>
        {
            ["Syndicate__Storage__Provider"] = "Postgres",
            ["Syndicate__Storage__ConnectionString"] = database.Settings["Syndicate:Storage:ConnectionString"]!,
            // One address for every node, as behind a proxy: links in the feeds are the same.
            ["Syndicate__PublicBaseUrl"] = "https://feeds.example.org/",
            ["Syndicate__IngestOnStart"] = "false",
            ["Syndicate__MinPollInterval"] = "00:00:02",
            ["Syndicate__Cluster__CheckinInterval"] = CheckinInterval.ToString(),
            ["Syndicate__Cluster__CheckinMisfireThreshold"] = CheckinMisfireThreshold.ToString(),
            ["Syndicate__Cluster__MisfireThreshold"] = MisfireThreshold.ToString(),
            // Five sources on one host: each node fetches them without spacing.
            ["Syndicate__Fetch__MinHostSpacing"] = "00:00:00",
            // A node takes at most three of the five fires due together, so every node gets a share, and two nodes still
            // have room for all five: else the node that ran the last fires takes the next ones as soon as its runs end.
            ["Syndicate__MaxConcurrentIngests"] = "3",
            ["Syndicate__RateLimit__RequestsPerMinute"] = "1000000",
            ["Syndicate__Admin__ApiKey"] = AdminKey,
            ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__LogLevel__Quartz"] = "Information",
        };
        for (var i = 0; i < Sources.Length; i++)
        {
            settings[$"Syndicate__Sources__{i}__Id"] = Sources[i];
            settings[$"Syndicate__Sources__{i}__Url"] = site.UrlOf(pages.Pages[i]);
            settings[$"Syndicate__Sources__{i}__Schedule"] = Schedule;
            settings[$"Syndicate__Sources__{i}__AllowPrivateNetwork"] = "true";
            settings[$"Syndicate__Sources__{i}__Section"] = "Buitenland";
        }

        return settings;
    }

    /// <summary>Reads the first compared feed from every running node, again and again, until stopped.</summary>
    private static async Task SampleAsync(ServerCluster cluster, FeedAgreement feeds, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            foreach (var (node, server) in cluster.Serving)
            {
                try
                {
                    using var response = await server.Client.GetAsync(ComparedFeeds[0], stop);
                    if (response.IsSuccessStatusCode)
                    {
                        feeds.Add(node, response.Headers.ETag!.Tag, await response.Content.ReadAsByteArrayAsync(stop));
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    // Killed while it answered, too busy to answer in time, or the sampling is over: the next round reads
                    // it again, and the final comparison reads every node.
                }
            }

            try
            {
                await Task.Delay(250, stop);
            }
            catch (TaskCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>How the serving nodes' compared feeds differ (ETag, entries only some have); null when every node serves the same bytes.</summary>
    private static async Task<string?> DifferenceAsync(ServerCluster cluster)
    {
        foreach (var path in ComparedFeeds)
        {
            var served = new List<(string Node, string? ETag, byte[] Body)>();
            foreach (var (node, server) in cluster.Serving)
            {
                using var response = await server.Client.GetAsync(path, TestContext.Current.CancellationToken);
                served.Add((node, response.Headers.ETag?.Tag, await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)));
            }

            if (served.Any(s => s.ETag is null || s.ETag != served[0].ETag || !s.Body.AsSpan().SequenceEqual(served[0].Body)))
            {
                var differences = served.Select(s => $"{s.Node} {s.ETag} {s.Body.Length} bytes");
                if (path.EndsWith(".atom", StringComparison.Ordinal))
                {
                    var entries = served.Select(s => (s.Node, Entries: FeedClient.Load(s.Body).Items.Select(i => $"{i.Id} {i.LastUpdatedTime:O}").ToHashSet())).ToList();
                    var common = entries.Select(e => e.Entries).Aggregate((a, b) => [.. a.Intersect(b)]);
                    differences = differences.Concat(entries.Select(e => $"{e.Node} only: {string.Join(", ", e.Entries.Except(common))}"));
                }

                return $"{path}: {string.Join("; ", differences)}";
            }
        }

        return null;
    }

    /// <summary>For each source a problem names, its fires in order: due, started, node, duration.</summary>
    private static string Timelines(IReadOnlyList<FetchRecord> fetches, IEnumerable<string> problems)
    {
        var named = problems.Select(p => p[..p.IndexOf(':')]).ToHashSet(StringComparer.Ordinal);
        return string.Join("\n", fetches
            .Where(f => named.Contains(f.SourceId))
            .OrderBy(f => f.SourceId, StringComparer.Ordinal).ThenBy(f => f.StartedAt)
            .Select(f => $"{f.SourceId} due {f.ScheduledFireTime:HH:mm:ss.fff} started {f.StartedAt:HH:mm:ss.fff} on {f.Node} for {f.Duration.TotalMilliseconds:F0} ms"));
    }

    private static async Task PauseEverySourceAsync(ServerCluster cluster)
    {
        var client = cluster.Serving.Values.First().Client;
        foreach (var source in Sources)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/admin/api/sources/{source}/pause");
            request.Headers.Add("X-Api-Key", AdminKey);
            using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
            response.EnsureSuccessStatusCode();
        }
    }

    private static TimeSpan LongestGap(IEnumerable<FetchRecord> fetches)
    {
        var starts = fetches.Select(f => f.StartedAt).Order().ToList();
        return starts.Zip(starts.Skip(1), (before, after) => after - before).DefaultIfEmpty().Max();
    }

    private static async Task<List<FetchRecord>> AllFetchesAsync(Database store)
    {
        var history = new FetchStore(store);
        var fetches = new List<FetchRecord>();
        foreach (var source in Sources)
        {
            fetches.AddRange(await history.RecentAsync(source, 1000, TestContext.Current.CancellationToken));
        }

        return fetches;
    }

    /// <summary>A node in the middle of an ingest, from Quartz's fired triggers: killed then, its fires are held until the others fail it out.</summary>
    private static async Task<string> IngestingNodeAsync(Database store)
    {
        string? node = null;
        await Eventually.HoldsAsync(
            async () => (node = await ScalarAsync<string?>(store, "SELECT min(instance_name) FROM qrtz_fired_triggers WHERE trigger_group = 'sources' AND state = 'EXECUTING'")) is not null,
            "a node runs an ingest");
        return node!;
    }

    /// <summary>The fires <paramref name="node"/> had taken (ACQUIRED) or was running (EXECUTING), from Quartz's table, which the others clear when they recover the node.</summary>
    private static async Task<List<(string SourceId, DateTimeOffset FiredFor, string State)>> FiredTriggersAsync(Database store, string node)
    {
        await using var connection = await store.OpenAsync(TestContext.Current.CancellationToken);
        var rows = await connection.QueryAsync<(string TriggerName, long SchedTime, string State)>(new CommandDefinition(
            "SELECT trigger_name, sched_time, state FROM qrtz_fired_triggers WHERE instance_name = @Node AND trigger_group = 'sources' AND trigger_name LIKE '%.schedule'",
            new { Node = node },
            cancellationToken: TestContext.Current.CancellationToken));
        return [.. rows.Select(r => (r.TriggerName[..r.TriggerName.LastIndexOf('.')], new DateTimeOffset(r.SchedTime, TimeSpan.Zero), r.State))];
    }

    private static Task<long> CountAsync(Database store, string sql, object? parameters = null) => ScalarAsync<long>(store, sql, parameters);

    private static async Task<T> ScalarAsync<T>(Database store, string sql, object? parameters = null)
    {
        await using var connection = await store.OpenAsync(TestContext.Current.CancellationToken);
        return (await connection.ExecuteScalarAsync<T>(new CommandDefinition(sql, parameters, cancellationToken: TestContext.Current.CancellationToken)))!;
    }
}

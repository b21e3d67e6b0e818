using Syndicate.Storage;
using Syndicate.Tests.Support;

namespace Syndicate.Tests.Storage;

/// <summary>The fetch history keeps, with every attempt, the schedule's fire it ran for and the node that ran it, on both providers.</summary>
public abstract class FetchHistoryTests(StorageProvider provider) : DatabaseTests(provider)
{
    private static readonly DateTimeOffset Due = new(2026, 11, 28, 8, 0, 2, TimeSpan.Zero);

    private FetchStore Fetches => new(Database);

    [Fact]
    public async Task A_fetch_keeps_the_fire_it_ran_for_and_its_node_and_a_run_the_schedule_did_not_fire_keeps_none()
    {
        var scheduled = new FetchRecord("s", Due.AddMilliseconds(37), TimeSpan.FromMilliseconds(40), 200, 8, 8, null) { ScheduledFireTime = Due, Node = "node1" };
        var runNow = new FetchRecord("s", Due.AddSeconds(1), TimeSpan.FromMilliseconds(40), 304, null, null, null) { Node = "node2" };
        await Fetches.RecordAsync(scheduled, CancellationToken.None);
        await Fetches.RecordAsync(runNow, CancellationToken.None);

        var history = await Fetches.RecentAsync("s", 10, CancellationToken.None);

        Assert.Equal<(DateTimeOffset?, string?)>([(null, "node2"), (Due, "node1")], history.Select(f => (f.ScheduledFireTime, f.Node)));
        Assert.Equal(Due.AddMilliseconds(37), history[1].StartedAt);
    }

    public sealed class OnSqlite() : FetchHistoryTests(StorageProvider.Sqlite);

    public sealed class OnPostgres() : FetchHistoryTests(StorageProvider.Postgres);
}

using Microsoft.Extensions.Logging.Abstractions;
using Syndicate.Storage;
using Syndicate.Tests.Support;

namespace Syndicate.Tests.Storage;

/// <summary>Since when a source's alarms have held, read from its whole fetch history on both providers.</summary>
public abstract class FetchStreaksTests(StorageProvider provider) : DatabaseTests(provider)
{
    private static readonly DateTimeOffset Start = new(2026, 11, 28, 8, 0, 0, TimeSpan.Zero);

    private int _polls;

    private FetchStore Fetches => new(Database);

    private DateTimeOffset Poll => Start.AddMinutes(5 * _polls);

    private Task ReadAsync(int found, int dated, int placed, string source = "s") => RecordAsync(
        new FetchRecord(source, Poll, TimeSpan.FromMilliseconds(40), 200, found, 0, null) { ItemsDated = dated, ItemsPlaced = placed });

    private Task FailAsync() => RecordAsync(new FetchRecord("s", Poll, TimeSpan.FromMilliseconds(40), 500, null, null, "500 Internal Server Error"));

    private Task NotModifiedAsync() => RecordAsync(new FetchRecord("s", Poll, TimeSpan.FromMilliseconds(40), 304, null, null, null));

    private async Task RecordAsync(FetchRecord fetch)
    {
        await Fetches.RecordAsync(fetch, CancellationToken.None);
        _polls++;
    }

    private Task<FetchStreaks> StreaksAsync(string source = "s") => Fetches.StreaksAsync(source, CancellationToken.None);

    [Fact]
    public async Task A_source_without_fetches_has_no_alarm()
    {
        Assert.Equal(new FetchStreaks(null, null, false, null, false, null), await StreaksAsync());
    }

    [Fact]
    public async Task An_empty_page_stays_an_alarm_from_its_first_poll_through_failures_and_304s_until_items_return()
    {
        await ReadAsync(8, 8, 8);
        var firstEmpty = Poll;
        for (var i = 0; i < 30; i++)
        {
            await ReadAsync(0, 0, 0);
        }

        await FailAsync();
        await NotModifiedAsync();
        var during = await StreaksAsync();
        await ReadAsync(8, 8, 8);
        var after = await StreaksAsync();

        Assert.Equal((firstEmpty, true), (during.NoItemsSince, during.HadItems));
        Assert.Null(after.NoItemsSince);
    }

    [Fact]
    public async Task Ages_and_places_that_stop_are_each_an_alarm_from_the_first_page_without_them()
    {
        await ReadAsync(8, 8, 8);
        var undated = Poll;
        await ReadAsync(8, 0, 8);
        var unplaced = Poll;
        await ReadAsync(8, 0, 0);
        await ReadAsync(8, 0, 0);

        var streaks = await StreaksAsync();

        Assert.Equal((undated, true, unplaced), (streaks.NoAgesSince, streaks.HadAges, streaks.NonePlacedSince));
        Assert.Null(streaks.NoItemsSince);
    }

    [Fact]
    public async Task Failures_run_from_the_first_failure_after_the_last_success_and_other_sources_do_not_count()
    {
        await FailAsync();
        await ReadAsync(8, 8, 8);
        var firstFailure = Poll;
        await FailAsync();
        await FailAsync();
        await ReadAsync(0, 0, 0, source: "other");

        var streaks = await StreaksAsync();

        Assert.Equal(new FetchStreaks(firstFailure, null, true, null, true, null), streaks);
    }

    public sealed class OnSqlite() : FetchStreaksTests(StorageProvider.Sqlite);

    public sealed class OnPostgres() : FetchStreaksTests(StorageProvider.Postgres);
}

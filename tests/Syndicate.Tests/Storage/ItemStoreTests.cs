using Microsoft.Extensions.Logging.Abstractions;
using Syndicate.Core.Items;
using Syndicate.Core.Time;
using Syndicate.Core.Wire;
using Syndicate.Storage;
using Syndicate.Tests.Support;

namespace Syndicate.Tests.Storage;

/// <summary>The store on a real SQLite file: windows narrow with every sighting and never silently widen.</summary>
public sealed class ItemStoreTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Ten = new(2026, 11, 28, 10, 0, 0, TimeSpan.Zero);
    private static readonly WireItem Item = new(null, "OSLO", "OSLO", ["ANP"], "Vier organisaties hebben het hof om uitleg gevraagd.", "1 uur geleden", "Buitenland", null);

    private readonly TemporaryDirectory _directory = new();
    private ItemStore _store = null!;

    public async ValueTask InitializeAsync()
    {
        var database = new Database(Path.Combine(_directory.Path, "data", "items.db"));
        await new Migrator(database, TimeProvider.System, NullLogger<Migrator>.Instance).MigrateAsync(CancellationToken.None);
        _store = new ItemStore(database, NullLogger<ItemStore>.Instance);
    }

    public ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _directory.Dispose();
        return ValueTask.CompletedTask;
    }

    private static Sighting SeenAt(DateTimeOffset reference, string age = "1 uur geleden")
    {
        Assert.True(AgeGrammar.For("nl").TryParse(age, out var parsed));
        var window = parsed.ToWindow(new CaptureClock(reference, "Europe/Amsterdam", AgeRounding.Floor));
        return new Sighting(ItemIdentity.Of(Item), Item with { Age = age }, "Vier organisaties", window, reference);
    }

    [Fact]
    public async Task Two_hour_granular_sightings_half_an_hour_apart_narrow_the_window_to_thirty_minutes()
    {
        await _store.RecordCaptureAsync("src", [SeenAt(Ten)], CancellationToken.None);
        var outcome = await _store.RecordCaptureAsync("src", [SeenAt(Ten.AddMinutes(30))], CancellationToken.None);

        var stored = Assert.Single(await _store.LoadAllAsync(CancellationToken.None));
        Assert.Equal((0, 1, 0), (outcome.Added, outcome.Narrowed, outcome.Contradicted));
        Assert.Equal(Ten.AddMinutes(-90).ToUnixTimeMilliseconds(), stored.WindowLo);
        Assert.Equal(Ten.AddMinutes(-60).ToUnixTimeMilliseconds(), stored.WindowHi);
        Assert.Equal(["ANP"], stored.Agencies);
    }

    [Fact]
    public async Task The_same_sighting_again_changes_nothing_but_is_kept_as_evidence()
    {
        await _store.RecordCaptureAsync("src", [SeenAt(Ten)], CancellationToken.None);
        var before = Assert.Single(await _store.LoadAllAsync(CancellationToken.None));

        var outcome = await _store.RecordCaptureAsync("src", [SeenAt(Ten)], CancellationToken.None);

        var after = Assert.Single(await _store.LoadAllAsync(CancellationToken.None));
        Assert.False(outcome.ChangedFeeds);
        Assert.Equal(before with { LastSeen = after.LastSeen, Agencies = after.Agencies }, after);
        Assert.Equal(before.Agencies, after.Agencies);
    }

    [Fact]
    public async Task A_contradicting_sighting_keeps_the_newer_window_and_is_counted_not_thrown()
    {
        await _store.RecordCaptureAsync("src", [SeenAt(Ten)], CancellationToken.None);

        // Three hours later the page still says "1 uur geleden": an edited item or a skewed clock.
        var outcome = await _store.RecordCaptureAsync("src", [SeenAt(Ten.AddHours(3))], CancellationToken.None);

        var stored = Assert.Single(await _store.LoadAllAsync(CancellationToken.None));
        Assert.Equal(1, outcome.Contradicted);
        Assert.Equal(Ten.AddHours(1).ToUnixTimeMilliseconds(), stored.WindowLo);
        Assert.Equal(Ten.AddHours(2).ToUnixTimeMilliseconds(), stored.WindowHi);
    }

    [Fact]
    public async Task A_capture_is_stored_in_one_transaction_so_a_failing_one_stores_nothing()
    {
        var good = SeenAt(Ten);
        var broken = good with { ItemId = "broken", Item = good.Item with { Agencies = [null!] } };

        await Assert.ThrowsAnyAsync<Exception>(() => _store.RecordCaptureAsync("src", [good, broken], CancellationToken.None));

        Assert.Empty(await _store.LoadAllAsync(CancellationToken.None));
    }
}

using Microsoft.Extensions.Logging.Abstractions;
using Syndicate.Sources;
using Syndicate.Storage;
using Syndicate.Tests.Support;

namespace Syndicate.Tests.Storage;

/// <summary>The rule between appsettings.json and the admin API, on both providers.</summary>
public abstract class SourceRegistryTests(StorageProvider provider) : DatabaseTests(provider)
{

    private SourceRegistry Registry => new(Database, TimeProvider.System);

    private static ConfiguredSource FileSource(string id, string schedule = "0 */5 * * * ?", string? section = null) =>
        new() { Id = id, Url = $"pages/{id}.html", Schedule = schedule, Section = section };

    private Task ImportAsync(params ConfiguredSource[] sources) => Registry.ImportConfigurationAsync(sources, CancellationToken.None);

    private async Task<RegisteredSource> FindAsync(string id) => (await Registry.FindAsync(id, CancellationToken.None))!;

    [Fact]
    public async Task A_file_source_follows_every_change_to_the_file_while_the_api_has_not_touched_it()
    {
        await ImportAsync(FileSource("a"));
        await ImportAsync(FileSource("a", "0 0 * * * ?", "Wereld"));

        var a = await FindAsync("a");
        Assert.Equal((SourceOwner.Config, "Wereld"), (a.ManagedBy, a.Definition.Section));
        Assert.Equal(new SourceSchedule.Cron("0 0 * * * ?"), a.Schedule);
    }

    [Fact]
    public async Task After_an_api_schedule_change_the_file_no_longer_overrides_the_source()
    {
        await ImportAsync(FileSource("a"), FileSource("b"));
        await Registry.SetScheduleAsync("a", new SourceSchedule.Interval(TimeSpan.FromMinutes(2)), CancellationToken.None);

        await ImportAsync(FileSource("a", "0 0 * * * ?", "Wereld"), FileSource("b", "0 0 * * * ?"));

        var a = await FindAsync("a");
        Assert.Equal((SourceOwner.Api, null), (a.ManagedBy, a.Definition.Section));
        Assert.Equal(new SourceSchedule.Interval(TimeSpan.FromMinutes(2)), a.Schedule);
        Assert.Equal(new SourceSchedule.Cron("0 0 * * * ?"), (await FindAsync("b")).Schedule);
    }

    [Fact]
    public async Task A_source_deleted_through_the_api_is_not_resurrected_by_the_file()
    {
        await ImportAsync(FileSource("a"), FileSource("b"));
        Assert.True(await Registry.DeleteAsync("b", CancellationToken.None));

        await ImportAsync(FileSource("a"), FileSource("b"));

        Assert.Equal(["a"], (await Registry.ListAsync(CancellationToken.None)).Select(s => s.Id));
        Assert.Null(await Registry.FindAsync("b", CancellationToken.None));
    }

    [Fact]
    public async Task A_deleted_id_can_be_added_again_through_the_api()
    {
        await ImportAsync(FileSource("a"));
        await Registry.DeleteAsync("a", CancellationToken.None);

        var added = await Registry.AddAsync(FileSource("a").ToDefinition(), new SourceSchedule.Interval(TimeSpan.FromMinutes(1)), CancellationToken.None);

        Assert.True(added);
        Assert.Equal(SourceOwner.Api, (await FindAsync("a")).ManagedBy);
        Assert.False(await Registry.AddAsync(FileSource("a").ToDefinition(), new SourceSchedule.Interval(TimeSpan.FromMinutes(1)), CancellationToken.None));
    }

    [Fact]
    public async Task A_source_that_leaves_the_file_is_removed_unless_the_api_owns_it()
    {
        await ImportAsync(FileSource("a"), FileSource("b"));
        await Registry.UpdateAsync(FileSource("b", section: "Wereld").ToDefinition(), CancellationToken.None);

        await ImportAsync();

        Assert.Equal(["b"], (await Registry.ListAsync(CancellationToken.None)).Select(s => s.Id));
    }

    [Fact]
    public async Task Pausing_keeps_the_file_in_charge_and_survives_an_import()
    {
        await ImportAsync(FileSource("a"));
        await Registry.SetPausedAsync("a", true, CancellationToken.None);

        await ImportAsync(FileSource("a", "0 0 * * * ?"));

        var a = await FindAsync("a");
        Assert.Equal((true, SourceOwner.Config), (a.Paused, a.ManagedBy));
        Assert.Equal(new SourceSchedule.Cron("0 0 * * * ?"), a.Schedule);
    }

    [Fact]
    public async Task A_pause_the_server_made_for_a_schedule_is_lifted_by_a_new_one_but_an_admins_pause_is_not()
    {
        await ImportAsync(FileSource("held"), FileSource("paused"), FileSource("from-file"));
        await Registry.PauseForAsync("held", "it never fires", CancellationToken.None);
        await Registry.PauseForAsync("from-file", "it never fires", CancellationToken.None);
        await Registry.SetPausedAsync("paused", true, CancellationToken.None);
        var held = await FindAsync("held");

        await Registry.SetScheduleAsync("held", new SourceSchedule.Interval(TimeSpan.FromMinutes(5)), CancellationToken.None);
        await Registry.SetScheduleAsync("paused", new SourceSchedule.Interval(TimeSpan.FromMinutes(5)), CancellationToken.None);
        await ImportAsync(FileSource("held"), FileSource("paused"), FileSource("from-file", "0 0 * * * ?"));

        Assert.Equal((true, "it never fires"), (held.Paused, held.PauseReason));
        Assert.Equal((false, null), ((await FindAsync("held")).Paused, (await FindAsync("held")).PauseReason));
        Assert.Equal((true, null), ((await FindAsync("paused")).Paused, (await FindAsync("paused")).PauseReason));
        Assert.Equal((false, null), ((await FindAsync("from-file")).Paused, (await FindAsync("from-file")).PauseReason));
    }

    public sealed class OnSqlite() : SourceRegistryTests(StorageProvider.Sqlite);

    public sealed class OnPostgres() : SourceRegistryTests(StorageProvider.Postgres);
}

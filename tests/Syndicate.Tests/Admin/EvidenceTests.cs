using System.Net.Http.Json;
using Microsoft.Data.Sqlite;
using Syndicate.Admin;
using Syndicate.Tests.Support;

namespace Syndicate.Tests.Admin;

/// <summary>What the admin API shows about polling: the fetch history and the sightings behind an item's time.</summary>
public sealed class EvidenceTests
{
    [Fact]
    public async Task Fetch_history_records_a_read_with_its_counts_and_an_unchanged_file_as_not_modified()
    {
        await using var host = new SyndicateHost();
        using var client = host.CreateAdminClient();

        await host.IngestAsync("sample-text");
        await host.IngestAsync("sample-text");

        var fetches = await client.GetFetchesAsync("sample-text");
        Assert.Equal([(true, null, null), (true, 8, 8)], fetches.Select(f => (f.Succeeded, f.ItemsFound, f.ItemsNew)));
        Assert.All(fetches, f => Assert.Null(f.Error));
        var status = await client.GetSourceAsync("sample-text");
        Assert.Equal((0, (int?)null), (status.ConsecutiveFailures, status.LastFetch!.ItemsFound));
    }

    [Fact]
    public async Task Fetch_history_records_a_failure_with_its_error_and_counts_failures_in_a_row()
    {
        await using var host = new SyndicateHost();
        using var client = host.CreateAdminClient();
        var missing = Path.Combine(host.Directory.Path, "missing.html");
        File.Copy(Samples.SeedHtmlPath, missing);
        using var added = await client.PostAsJsonAsync("/admin/api/sources", new { id = "broken", url = missing, schedule = new { cron = SyndicateHost.NeverSchedule } }, TestContext.Current.CancellationToken);
        added.EnsureSuccessStatusCode();
        await Eventually.HoldsAsync(async () => (await client.GetFetchesAsync("broken")).Length == 1, "the new source is fetched once at once");
        File.Delete(missing);

        await Assert.ThrowsAnyAsync<IOException>(() => host.IngestAsync("broken"));
        await Assert.ThrowsAnyAsync<IOException>(() => host.IngestAsync("broken"));

        var fetches = await client.GetFetchesAsync("broken");
        Assert.Equal([false, false, true], fetches.Select(f => f.Succeeded));
        Assert.All(fetches.Take(2), f =>
        {
            Assert.False(f.Succeeded);
            Assert.Contains("missing.html", f.Error, StringComparison.Ordinal);
            Assert.Null(f.ItemsFound);
        });
        Assert.Equal(2, (await client.GetSourceAsync("broken")).ConsecutiveFailures);
    }

    [Fact]
    public async Task The_sightings_endpoint_shows_each_capture_and_the_window_they_narrow_to()
    {
        await using var host = new SyndicateHost();
        using var client = host.CreateAdminClient();
        await host.IngestAsync("sample-text");
        await host.IngestAsync("sample-html");
        var itemId = await FirstItemIdAsync(host);

        var evidence = await client.GetFromJsonAsync<ItemSightings>($"/admin/api/items/{itemId}/sightings", TestContext.Current.CancellationToken);

        Assert.Equal(itemId, evidence!.ItemId);
        Assert.Equal(["sample-text", "sample-html"], evidence.Sightings.Select(s => s.SourceId));
        Assert.All(evidence.Sightings, s =>
        {
            Assert.False(string.IsNullOrEmpty(s.AgeText));
            Assert.True(s.Window.NotAfter <= s.CapturedAt);
            // The item's window is the intersection of its sightings' windows.
            Assert.True(evidence.Window.NotAfter <= s.Window.NotAfter);
            Assert.True(s.Window.After is null || evidence.Window.After >= s.Window.After);
        });
        Assert.True(evidence.Published <= evidence.Window.NotAfter && (evidence.Window.After is null || evidence.Published > evidence.Window.After));
    }

    [Fact]
    public async Task An_unknown_item_has_no_sightings_and_answers_404()
    {
        await using var host = new SyndicateHost();
        using var client = host.CreateAdminClient();

        using var response = await client.GetAsync("/admin/api/items/nothing-here/sightings", TestContext.Current.CancellationToken);

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }

    /// <summary>An item with a printed age that both sample pages carry.</summary>
    private static async Task<string> FirstItemIdAsync(SyndicateHost host)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(host.Directory.Path, "data", "syndicate.db")};Pooling=False");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT item_id FROM sightings WHERE age_text IS NOT NULL GROUP BY item_id HAVING COUNT(DISTINCT source_id) = 2 ORDER BY MIN(id) LIMIT 1";
        return (string)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }
}

using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Syndicate.Storage;
using Syndicate.Tests.Support;

namespace Syndicate.Tests.Storage;

/// <summary>Polling a page that does not change adds no sightings: each item's one sighting counts the captures (the whole server, on both providers).</summary>
public sealed class UnchangedPageTests
{
    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task Ten_polls_of_an_unchanged_page_keep_one_sighting_per_item_that_counts_ten_captures(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = new SyndicateHost(settings: new Dictionary<string, string?>(database.Settings));
        for (var poll = 0; poll < 10; poll++)
        {
            await host.IngestAsync("sample-text");
        }

        await using var connection = await host.Services.GetRequiredService<Database>().OpenAsync(CancellationToken.None);
        var sightings = (await connection.QueryAsync<long>("SELECT captures FROM sightings")).ToList();
        Assert.Equal(Enumerable.Repeat(10L, 8), sightings);
        host.Directory.Dispose();
    }
}

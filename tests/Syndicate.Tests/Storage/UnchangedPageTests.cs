using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Syndicate.Storage;
using Syndicate.Tests.Support;

namespace Syndicate.Tests.Storage;

/// <summary>Reading a page whose text does not change adds no sightings: each item's one sighting counts the captures (the whole server, on both providers).</summary>
public sealed class UnchangedPageTests
{
    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task Ten_polls_of_an_unchanged_page_keep_one_sighting_per_item_that_counts_ten_captures(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var directory = new TemporaryDirectory();
        var page = Path.Combine(directory.Path, "page.txt");
        var text = await File.ReadAllTextAsync(Samples.SeedTextPath, TestContext.Current.CancellationToken);
        var written = DateTimeOffset.UtcNow.AddMinutes(-1);
        await using var host = new SyndicateHost(directory, new Dictionary<string, string?>(database.Settings) { ["Syndicate:Sources:0:Url"] = page });
        for (var poll = 0; poll < 10; poll++)
        {
            // The same text saved again a second later: read again, since the file changed, but it says the same.
            await WirePages.WriteAsync(page, text, written.AddSeconds(poll));
            await host.IngestAsync("sample-text");
        }

        await using var connection = await host.Services.GetRequiredService<Database>().OpenAsync(CancellationToken.None);
        var sightings = (await connection.QueryAsync<long>("SELECT captures FROM sightings")).ToList();
        Assert.Equal(Enumerable.Repeat(10L, 8), sightings);
    }
}

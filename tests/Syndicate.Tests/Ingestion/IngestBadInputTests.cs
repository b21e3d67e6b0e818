using Syndicate.Ingestion;
using Syndicate.Storage;
using Syndicate.Tests.Support;

namespace Syndicate.Tests.Ingestion;

/// <summary>A source whose page goes bad: a clear error, nothing stored, nothing stored earlier lost, on both providers.</summary>
public abstract class IngestBadInputTests(StorageProvider provider)
    : SinglePageTests(File.ReadAllText(Samples.SeedTextPath), new Dictionary<string, string?> { ["Syndicate:MaxPageBytes"] = "8192" }, provider)
{
    [Theory]
    [InlineData("binary", "The page is binary")]
    [InlineData("empty", "The page is empty (0 bytes).")]
    [InlineData("large", "The page is 8,193 bytes, over the limit of 8,192 bytes.")]
    public async Task A_refusedPagePath_fails_with_the_reason_and_keeps_every_stored_item(string kind, string reason)
    {
        await File.WriteAllBytesAsync(PagePath, kind switch
        {
            "binary" => [0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37, 0x00, 0x01, 0x02, 0xFF],
            "empty" => [],
            _ => new byte[20_000].Select(_ => (byte)'a').ToArray(),
        });

        var error = await Assert.ThrowsAsync<PageRejectedException>(() => Host.IngestAsync(SourceId));

        Assert.StartsWith(reason, error.Reason, StringComparison.Ordinal);
        Assert.Equal(8, (await Client.GetFeedAsync("/feeds/all.atom")).Items.Count());
    }

    [Fact]
    public async Task APagePath_without_items_stores_nothing_and_keeps_every_stored_item()
    {
        await File.WriteAllTextAsync(PagePath, "Het weer: morgen regen.\nMeer uit Buitenland\nGeen berichten.");

        var outcome = await Host.IngestAsync(SourceId);

        Assert.Equal(0, outcome.Seen);
        Assert.Equal(8, (await Client.GetFeedAsync("/feeds/all.atom")).Items.Count());
    }

    [Fact]
    public async Task A_missing_file_fails_with_an_io_error_and_keeps_every_stored_item()
    {
        File.Delete(PagePath);

        await Assert.ThrowsAnyAsync<IOException>(() => Host.IngestAsync(SourceId));

        Assert.Equal(8, (await Client.GetFeedAsync("/feeds/all.atom")).Items.Count());
    }

    public sealed class OnSqlite() : IngestBadInputTests(StorageProvider.Sqlite);

    public sealed class OnPostgres() : IngestBadInputTests(StorageProvider.Postgres);
}

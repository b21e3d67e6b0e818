using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Syndicate.Storage;
using Syndicate.Tests.Support;

namespace Syndicate.Tests.Ingestion;

/// <summary>
/// What an ingest does with the ages it meets: a source's language is a hint, not a wall; an age no language reads
/// degrades the source and names the text; a file source unchanged since its last read is not read again.
/// </summary>
public sealed class ReadingAgesTests
{
    private static readonly DateTimeOffset Reference = new(2026, 11, 28, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_French_age_on_a_source_set_to_German_is_read_and_dates_its_item()
    {
        using var directory = new TemporaryDirectory();
        var page = Path.Combine(directory.Path, "page.txt");
        await WirePages.WriteAsync(page, """
            International

            PARIS (AFP) - Le gouvernement a présenté mardi un plan pour réduire la dette publique d'ici à la fin de la décennie.
            il y a 16 minutes
            """, Reference);
        await using var host = new SyndicateHost(directory, new Dictionary<string, string?>
        {
            ["Syndicate:Sources:0:Url"] = page,
            ["Syndicate:Sources:0:Language"] = "de",
        });

        await host.IngestAsync("sample-text");

        var item = Assert.Single(await host.Services.GetRequiredService<ItemStore>().LoadAllAsync(CancellationToken.None));
        Assert.Equal((Reference.AddMinutes(-17), Reference.AddMinutes(-16)), (item.Window.Lo, item.Window.Hi));
    }

    [Fact]
    public async Task Ages_no_language_reads_degrade_the_source_with_the_texts_until_a_page_without_them()
    {
        using var directory = new TemporaryDirectory();
        var page = Path.Combine(directory.Path, "page.txt");
        const string Items = """
            Buitenland

            OSLO (ANP) - Noorwegen verhoogt de rente met een kwart procentpunt om de inflatie te remmen.
            {0}

            BRUSSEL (ANP) - De EU-lidstaten hebben overeenstemming bereikt over nieuwe regels voor de opslag van gas.
            16 minuten geleden
            """;
        await WirePages.WriteAsync(page, string.Format(CultureInfo.InvariantCulture, Items, "5 minuutjes geleden"), Reference);
        await using var host = new SyndicateHost(directory, new Dictionary<string, string?> { ["Syndicate:Sources:0:Url"] = page });
        using var admin = host.CreateAdminClient();

        await host.IngestAsync("sample-text");
        var unread = await admin.GetSourceAsync("sample-text");
        await WirePages.WriteAsync(page, string.Format(CultureInfo.InvariantCulture, Items, "5 minuten geleden"), Reference.AddMinutes(1));
        await host.IngestAsync("sample-text");
        var read = await admin.GetSourceAsync("sample-text");

        Assert.Equal("degraded", unread.Health);
        var problem = Assert.Single(unread.HealthProblems);
        Assert.Equal("unread-ages", problem.Kind);
        Assert.Contains("'5 minuutjes geleden'", problem.Reason, StringComparison.Ordinal);
        Assert.Equal(["5 minuutjes geleden"], unread.LastFetch!.UnreadAges);
        Assert.Equal(("healthy", 0), (read.Health, read.HealthProblems.Count));
    }

    [Fact]
    public async Task An_unchanged_file_is_not_read_again_and_adds_no_evidence()
    {
        using var directory = new TemporaryDirectory();
        var page = Path.Combine(directory.Path, "page.txt");
        await WirePages.WriteAsync(page, 1, 3, Reference);
        await using var host = new SyndicateHost(directory, new Dictionary<string, string?> { ["Syndicate:Sources:0:Url"] = page });
        using var admin = host.CreateAdminClient();

        await host.IngestAsync("sample-text");
        var again = await host.IngestAsync("sample-text");
        var sightingsUnchanged = await SightingsAsync(host);
        await WirePages.WriteAsync(page, 1, 3, Reference.AddMinutes(5));
        var touched = await host.IngestAsync("sample-text");

        var fetches = await admin.GetFetchesAsync("sample-text");
        Assert.Equal((0, 3), (again.Seen, touched.Seen));
        Assert.Equal([3, null, 3], fetches.Select(f => f.ItemsFound).Reverse());
        Assert.Equal(3, sightingsUnchanged);
    }

    private static async Task<long> SightingsAsync(SyndicateHost host)
    {
        await using var connection = await host.Services.GetRequiredService<Database>().OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM sightings";
        return (long)(await command.ExecuteScalarAsync())!;
    }
}

using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Syndicate.Admin;
using Syndicate.Tests.Support;

namespace Syndicate.Tests.Health;

/// <summary>An alarm stays up, with the time it began, in the admin API and /readyz until a fetch yields what was missing.</summary>
public sealed class SourceAlarmTests
{
    [Fact]
    public async Task A_page_that_stops_giving_items_is_still_degraded_after_30_empty_polls_and_recovers_with_its_items()
    {
        using var directory = new TemporaryDirectory();
        var page = Path.Combine(directory.Path, "page.txt");
        File.Copy(Samples.SeedTextPath, page);
        await using var host = new SyndicateHost(directory, new Dictionary<string, string?> { ["Syndicate:Sources:0:Url"] = page });
        using var admin = host.CreateAdminClient();
        using var client = host.CreateClient();
        await host.IngestAsync("sample-text");
        await File.WriteAllTextAsync(page, "Buitenland\n\nEr is op dit moment geen nieuws uit het buitenland.\n", TestContext.Current.CancellationToken);

        for (var poll = 0; poll < 30; poll++)
        {
            await host.IngestAsync("sample-text");
        }

        var fetches = (await admin.GetFromJsonAsync<FetchView[]>("/admin/api/sources/sample-text/fetches?limit=31", TestContext.Current.CancellationToken))!;
        var firstEmpty = fetches[29].StartedAt;
        var status = await admin.GetSourceAsync("sample-text");
        using var readiness = JsonDocument.Parse(await client.GetStringAsync("/readyz", TestContext.Current.CancellationToken));
        File.Copy(Samples.SeedTextPath, page, overwrite: true);
        await host.IngestAsync("sample-text");
        var recovered = await admin.GetSourceAsync("sample-text");

        Assert.Equal((0, 8), (fetches[29].ItemsFound, fetches[30].ItemsFound));
        Assert.Equal("degraded", status.Health);
        var problem = Assert.Single(status.HealthProblems);
        Assert.Equal(("structure-changed", firstEmpty), (problem.Kind, problem.Since));
        var ready = readiness.RootElement.GetProperty("checks").GetProperty("sources").GetProperty("data").GetProperty("sample-text").GetProperty("problems")[0];
        Assert.Equal(problem.Reason, ready.GetProperty("reason").GetString());
        Assert.Equal(firstEmpty, ready.GetProperty("since").GetDateTimeOffset());
        Assert.Equal(("healthy", 0), (recovered.Health, recovered.HealthProblems.Count));
    }

    [Fact]
    public async Task A_page_whose_items_have_no_readable_age_is_degraded_from_its_first_fetch()
    {
        using var directory = new TemporaryDirectory();
        var page = Path.Combine(directory.Path, "page.txt");
        // The seed page's items without their ages: every dateline and credit is there, no "16 minuten geleden".
        var undated = Regex.Replace(await File.ReadAllTextAsync(Samples.SeedTextPath, TestContext.Current.CancellationToken), @"\d+ (minuten|uur) geleden", "");
        await File.WriteAllTextAsync(page, undated, TestContext.Current.CancellationToken);
        await using var host = new SyndicateHost(directory, new Dictionary<string, string?> { ["Syndicate:Sources:0:Url"] = page });
        using var admin = host.CreateAdminClient();

        await host.IngestAsync("sample-text");

        var fetch = Assert.Single(await admin.GetFetchesAsync("sample-text"));
        var status = await admin.GetSourceAsync("sample-text");
        Assert.True(fetch.ItemsFound > 0);
        Assert.Equal(0, fetch.ItemsDated);
        Assert.Equal(("no-ages", fetch.StartedAt), (Assert.Single(status.HealthProblems).Kind, status.HealthProblems[0].Since));
    }
}

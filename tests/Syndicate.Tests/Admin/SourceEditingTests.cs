using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Http;
using Syndicate.Admin;
using Syndicate.Tests.Support;

namespace Syndicate.Tests.Admin;

/// <summary>Adding, updating and deleting sources through the admin API, and how appsettings.json treats them afterwards.</summary>
public sealed class SourceEditingTests
{
    [Fact]
    public async Task A_source_added_through_the_api_is_scheduled_and_ingests_on_run_now()
    {
        await using var host = new SyndicateHost();
        using var client = host.CreateAdminClient();

        using var response = await client.PostAsJsonAsync(
            "/admin/api/sources",
            new { id = "extra", url = Samples.SeedHtmlPath, section = "Buitenland", schedule = new { intervalSeconds = 600 } },
            TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("/admin/api/sources/extra", response.Headers.Location?.OriginalString);
        var added = await response.Content.ReadFromJsonAsync<SourceStatus>(TestContext.Current.CancellationToken);
        Assert.Equal(("api", "every 10 minutes", "enabled"), (added!.ManagedBy, added.Schedule.Description, added.State));
        Assert.NotNull(added.NextFireTime);
        await client.PostAsync("/admin/api/sources/extra/run", null, TestContext.Current.CancellationToken);
        await Eventually.HoldsAsync(async () => (await client.GetFetchesAsync("extra")).Length > 0, "the new source is fetched");
    }

    [Fact]
    public async Task A_bad_source_answers_400_naming_every_bad_field()
    {
        await using var host = new SyndicateHost();
        using var client = host.CreateAdminClient();

        using var response = await client.PostAsJsonAsync(
            "/admin/api/sources",
            new { id = "Bad Id", url = "ftp://example.invalid/page", language = "xx", timeZone = "Mars/Olympus", schedule = new { cron = "soon" } },
            TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<HttpValidationProblemDetails>(TestContext.Current.CancellationToken);
        Assert.Equal(["id", "language", "schedule.cron", "timeZone", "url"], problem!.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("has scheme 'ftp'", problem.Errors["url"][0], StringComparison.Ordinal);
        Assert.Contains("is not an IANA time zone", problem.Errors["timeZone"][0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Adding_an_existing_id_answers_409()
    {
        await using var host = new SyndicateHost();
        using var client = host.CreateAdminClient();

        using var response = await client.PostAsJsonAsync("/admin/api/sources", new { id = "sample-text", url = Samples.SeedTextPath }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task An_update_through_the_api_wins_over_the_file_after_a_restart()
    {
        using var directory = new TemporaryDirectory();
        await using (var first = new SyndicateHost(directory))
        {
            using var client = first.CreateAdminClient();
            using var response = await client.PatchAsync(
                "/admin/api/sources/sample-text", AdminClient.MergePatchBody("""{"section": "Wereld"}"""), TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        await using var second = new SyndicateHost(directory);
        using var again = second.CreateAdminClient();
        var after = await again.GetSourceAsync("sample-text");

        Assert.Equal(("Wereld", "api"), (after.Section, after.ManagedBy));
        Assert.Equal(("Buitenland", "config"), ((await again.GetSourceAsync("sample-html")).Section, (await again.GetSourceAsync("sample-html")).ManagedBy));
    }

    [Fact]
    public async Task A_source_deleted_through_the_api_stays_deleted_though_the_file_still_has_it()
    {
        using var directory = new TemporaryDirectory();
        await using (var first = new SyndicateHost(directory))
        {
            using var client = first.CreateAdminClient();
            using var response = await client.DeleteAsync("/admin/api/sources/sample-html", TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        }

        await using var second = new SyndicateHost(directory);
        using var again = second.CreateAdminClient();
        var sources = await again.GetFromJsonAsync<SourceStatus[]>("/admin/api/sources", TestContext.Current.CancellationToken);

        Assert.Equal(["sample-text"], sources!.Select(s => s.Id));
        using var gone = await again.GetAsync("/admin/api/sources/sample-html", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }
}

using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Syndicate.Admin;
using Syndicate.Fetching;
using Syndicate.Tests.Support;

namespace Syndicate.Tests.Admin;

/// <summary>
/// New and changed sources are checked at the door (the page can be reached, the body reads as JSON of the right
/// types) and fetched once at once. Host names resolve through a fake resolver: no test asks real DNS, and the only
/// address a fetch may reach is loopback.
/// </summary>
public sealed class SourceDoorTests
{
    private static SyndicateHost Host(IDictionary<string, string?>? settings = null) => new(
        settings: settings,
        services: s => s.AddSingleton<IHostNameResolver>(new FakeHostNameResolver(new Dictionary<string, IPAddress[]>
        {
            ["intranet.test"] = [IPAddress.Loopback],
            ["office.test"] = [IPAddress.Parse("10.1.2.3")],
        })));

    [Fact]
    public async Task A_file_source_that_does_not_exist_is_refused_and_nothing_is_saved()
    {
        await using var host = Host();
        using var client = host.CreateAdminClient();
        var missing = Path.Combine(host.Directory.Path, "missing.html");

        using var response = await client.PostAsJsonAsync("/admin/api/sources", new { id = "gone", url = missing }, TestContext.Current.CancellationToken);

        Assert.Equal($"The file {missing} does not exist.", Assert.Single((await RefusedAsync(response)).Errors["url"]));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/admin/api/sources/gone", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task A_file_source_outside_the_file_root_is_refused_with_the_guards_reason()
    {
        using var root = new TemporaryDirectory();
        await using var host = Host(new Dictionary<string, string?> { ["Syndicate:Fetch:FileRoot"] = root.Path });
        using var client = host.CreateAdminClient();

        using var response = await client.PatchAsync(
            "/admin/api/sources/sample-text", AdminClient.MergePatchBody("""{"url": "/etc/hostname"}"""), TestContext.Current.CancellationToken);

        Assert.Contains("is outside", Assert.Single((await RefusedAsync(response)).Errors["url"]), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://office.test/news", "office.test resolves to 10.1.2.3, which is not a public address")]
    [InlineData("http://intranet.test:1/news", "intranet.test resolves to 127.0.0.1, which is not a public address")]
    [InlineData("http://127.0.0.1:1/news", "127.0.0.1 resolves to 127.0.0.1, which is not a public address")]
    [InlineData("https://nowhere.test/news", "nowhere.test resolves to no address.")]
    public async Task A_url_the_address_guard_refuses_is_refused_at_the_door_with_its_reason(string url, string reason)
    {
        await using var host = Host();
        using var client = host.CreateAdminClient();

        using var response = await client.PostAsJsonAsync("/admin/api/sources", new { id = "web", url }, TestContext.Current.CancellationToken);

        Assert.StartsWith(reason, Assert.Single((await RefusedAsync(response)).Errors["url"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_source_allowed_private_networks_passes_the_door_and_is_fetched_at_once()
    {
        await using var host = Host();
        using var client = host.CreateAdminClient();

        using var response = await client.PostAsJsonAsync(
            "/admin/api/sources", new { id = "intranet", url = "http://intranet.test:1/news", allowPrivateNetwork = true }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        // Nothing listens on loopback port 1: the fetch made at once fails, and says so in the history.
        await Eventually.HoldsAsync(async () => (await client.GetFetchesAsync("intranet")).Length == 1, "the new source is fetched at once");
        Assert.False(Assert.Single(await client.GetFetchesAsync("intranet")).Succeeded);
    }

    [Fact]
    public async Task A_new_source_is_fetched_once_at_once_and_the_answer_links_to_its_fetches()
    {
        await using var host = Host();
        using var client = host.CreateAdminClient();

        using var response = await client.PostAsJsonAsync(
            "/admin/api/sources", new { id = "extra", url = Samples.SeedTextPath, schedule = new { cron = SyndicateHost.NeverSchedule } }, TestContext.Current.CancellationToken);
        var added = await response.Content.ReadFromJsonAsync<SourceStatus>(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("</admin/api/sources/extra/fetches>; rel=\"related\"; title=\"fetches\"", Assert.Single(response.Headers.GetValues("Link")));
        Assert.Equal("/admin/api/sources/extra/fetches", added!.Fetches);
        await Eventually.HoldsAsync(async () => (await client.GetFetchesAsync("extra")).Length == 1, "the new source is fetched at once");
        var fetch = Assert.Single(await client.GetFetchesAsync("extra"));
        // The seed page: eight items, all but the lead (WASHINGTON) with an age, every dateline a city the gazetteer knows.
        Assert.Equal((true, 8, 8, 7, 8), (fetch.Succeeded, fetch.ItemsFound, fetch.ItemsNew, fetch.ItemsDated, fetch.ItemsPlaced));
    }

    [Fact]
    public async Task Run_now_answers_where_and_from_when_its_result_appears()
    {
        await using var host = Host();
        using var client = host.CreateAdminClient();

        using var response = await client.PostAsync("/admin/api/sources/sample-text/run", null, TestContext.Current.CancellationToken);
        var accepted = await response.Content.ReadFromJsonAsync<RunAccepted>(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(("sample-text", "/admin/api/sources/sample-text/fetches"), (accepted!.SourceId, accepted.Fetches));
        Assert.Equal(accepted.Fetches, response.Headers.Location?.OriginalString);
        await Eventually.HoldsAsync(async () => (await client.GetFetchesAsync("sample-text")).Length == 1, "the run's fetch is recorded");
        Assert.True(Assert.Single(await client.GetFetchesAsync("sample-text")).StartedAt >= accepted.RequestedAt);
    }

    [Theory]
    [InlineData("""{"id": "x", "url": """, "body")]
    [InlineData("""[1, 2]""", "body")]
    [InlineData("""{"id": "x", "url": "/tmp/x", "schedule": {"intervalSeconds": "often"}}""", "schedule.intervalSeconds")]
    [InlineData("""{"id": "x", "url": "/tmp/x", "allowPrivateNetwork": "yes"}""", "allowPrivateNetwork")]
    [InlineData("""{"id": "x", "url": "/tmp/x", "ageRounding": "Ceiling"}""", "ageRounding")]
    [InlineData("""{"id": "x", "url": "/tmp/x", "selectors": "li.news"}""", "selectors")]
    [InlineData("""{"id": "x", "url": "/tmp/x", "timezone2": "UTC"}""", "timezone2")]
    [InlineData("""{"id": "x", "url": "/tmp/x", "selectors": {"item": "li", "title": "h3"}}""", "selectors.title")]
    public async Task A_body_that_is_not_json_or_has_a_wrong_field_answers_a_problem_naming_the_field(string body, string field)
    {
        await using var host = Host();
        using var client = host.CreateAdminClient();

        using var response = await client.PostAsync("/admin/api/sources", AdminClient.JsonBody(body), TestContext.Current.CancellationToken);

        Assert.Equal([field], (await RefusedAsync(response)).Errors.Keys);
    }

    [Fact]
    public async Task A_wrong_type_says_what_the_field_must_be()
    {
        await using var host = Host();
        using var client = host.CreateAdminClient();

        using var response = await client.PutAsync(
            "/admin/api/sources/sample-text/schedule", AdminClient.JsonBody("""{"intervalSeconds": "often"}"""), TestContext.Current.CancellationToken);
        using var rounding = await client.PatchAsync(
            "/admin/api/sources/sample-text", AdminClient.MergePatchBody("""{"ageRounding": 2}"""), TestContext.Current.CancellationToken);

        Assert.Equal("must be a whole number, not the string \"often\".", Assert.Single((await RefusedAsync(response)).Errors["intervalSeconds"]));
        Assert.Equal("must be one of \"Floor\", \"Round\", not the number 2.", Assert.Single((await RefusedAsync(rounding)).Errors["ageRounding"]));
    }

    [Fact]
    public async Task A_bad_fetch_limit_answers_a_problem_naming_it()
    {
        await using var host = Host();
        using var client = host.CreateAdminClient();

        using var response = await client.GetAsync("/admin/api/sources/sample-text/fetches?limit=lots", TestContext.Current.CancellationToken);

        Assert.Equal("'lots' must be a whole number between 1 and 500.", Assert.Single((await RefusedAsync(response)).Errors["limit"]));
    }

    private static async Task<HttpValidationProblemDetails> RefusedAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (await response.Content.ReadFromJsonAsync<HttpValidationProblemDetails>(TestContext.Current.CancellationToken))!;
    }
}

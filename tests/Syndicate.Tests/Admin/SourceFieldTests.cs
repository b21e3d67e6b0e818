using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Syndicate.Tests.Support;

namespace Syndicate.Tests.Admin;

/// <summary>
/// Every field of a source through POST, PUT and PATCH (JSON Merge Patch): each one set, read back, changed alone
/// and, where optional, removed, with every other field left as it was.
/// </summary>
public sealed class SourceFieldTests
{
    private static readonly string[] DefinitionFields =
        ["url", "language", "timeZone", "country", "section", "ageRounding", "allowPrivateNetwork", "selectors", "schedule"];

    /// <summary>A source with every field away from its default.</summary>
    private static string FullSource(string id) => $$$"""
        {"id": "{{{id}}}", "url": {{{JsonValue.Create(Samples.SeedHtmlPath).ToJsonString()}}}, "language": "de", "timeZone": "Europe/Berlin",
         "country": "DE", "section": "Ausland", "ageRounding": "Round", "allowPrivateNetwork": true,
         "selectors": {"item": "li.news", "headline": "h3", "body": "p", "age": "time", "link": "a"},
         "schedule": {"intervalSeconds": 900}}
        """;

    [Fact]
    public async Task Every_field_posted_is_answered_and_read_back_as_sent()
    {
        await using var host = new SyndicateHost();
        using var client = host.CreateAdminClient();

        using var response = await client.PostAsync("/admin/api/sources", AdminClient.JsonBody(FullSource("full")), TestContext.Current.CancellationToken);
        var answered = await ReadAsync(response);
        var read = await GetAsync(client, "full");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        foreach (var source in new[] { answered, read })
        {
            Assert.Equal(
                JsonNode.Parse($$$"""
                    {"url": {{{JsonValue.Create(Samples.SeedHtmlPath).ToJsonString()}}}, "language": "de", "timeZone": "Europe/Berlin", "country": "DE",
                     "section": "Ausland", "ageRounding": "Round", "allowPrivateNetwork": true,
                     "selectors": {"item": "li.news", "headline": "h3", "body": "p", "age": "time", "link": "a"},
                     "schedule": {"kind": "interval", "cron": null, "intervalSeconds": 900, "adaptiveMinSeconds": null, "adaptiveMaxSeconds": null, "description": "every 15 minutes"}}
                    """)!.ToJsonString(),
                Definition(source).ToJsonString());
        }
    }

    [Theory]
    [InlineData("""{"language": "en"}""", "language", "\"en\"")]
    [InlineData("""{"timeZone": "Europe/London"}""", "timeZone", "\"Europe/London\"")]
    [InlineData("""{"country": "AT"}""", "country", "\"AT\"")]
    [InlineData("""{"country": null}""", "country", "null")]
    [InlineData("""{"section": "Welt"}""", "section", "\"Welt\"")]
    [InlineData("""{"section": null}""", "section", "null")]
    [InlineData("""{"ageRounding": "Floor"}""", "ageRounding", "\"Floor\"")]
    [InlineData("""{"allowPrivateNetwork": false}""", "allowPrivateNetwork", "false")]
    [InlineData("""{"selectors": {"age": "span.age", "link": null}}""", "selectors", """{"item":"li.news","headline":"h3","body":"p","age":"span.age","link":null}""")]
    [InlineData("""{"selectors": null}""", "selectors", "null")]
    [InlineData(
        """{"schedule": {"intervalSeconds": null, "cron": "0 */10 * * * ?"}}""",
        "schedule",
        """{"kind":"cron","cron":"0 */10 * * * ?","intervalSeconds":null,"adaptiveMinSeconds":null,"adaptiveMaxSeconds":null,"description":"cron 0 */10 * * * ?"}""")]
    public async Task A_patch_of_one_field_changes_that_field_and_leaves_every_other_unchanged(string patch, string field, string expected)
    {
        await using var host = new SyndicateHost();
        using var client = host.CreateAdminClient();
        (await client.PostAsync("/admin/api/sources", AdminClient.JsonBody(FullSource("full")), TestContext.Current.CancellationToken)).Dispose();
        var before = Definition(await GetAsync(client, "full"));

        using var response = await client.PatchAsync("/admin/api/sources/full", AdminClient.MergePatchBody(patch), TestContext.Current.CancellationToken);
        var after = Definition(await GetAsync(client, "full"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, after[field]?.ToJsonString() ?? "null");
        Assert.All(DefinitionFields.Where(f => f != field), f => Assert.Equal(before[f]?.ToJsonString(), after[f]?.ToJsonString()));
    }

    [Fact]
    public async Task A_patch_of_the_url_is_checked_and_changes_only_the_url()
    {
        await using var host = new SyndicateHost();
        using var client = host.CreateAdminClient();
        (await client.PostAsync("/admin/api/sources", AdminClient.JsonBody(FullSource("full")), TestContext.Current.CancellationToken)).Dispose();
        var before = Definition(await GetAsync(client, "full"));

        using var response = await client.PatchAsync(
            "/admin/api/sources/full", AdminClient.MergePatchBody($$"""{"url": {{JsonValue.Create(Samples.SeedTextPath).ToJsonString()}}}"""), TestContext.Current.CancellationToken);
        var after = Definition(await GetAsync(client, "full"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Samples.SeedTextPath, after["url"]!.GetValue<string>());
        Assert.All(DefinitionFields.Where(f => f != "url"), f => Assert.Equal(before[f]?.ToJsonString(), after[f]?.ToJsonString()));
    }

    [Fact]
    public async Task A_configured_source_keeps_its_selectors_and_private_network_permission_through_a_patch()
    {
        await using var host = new SyndicateHost(settings: new Dictionary<string, string?>
        {
            ["Syndicate:Sources:0:Language"] = "de",
            ["Syndicate:Sources:0:TimeZone"] = "Europe/Berlin",
            ["Syndicate:Sources:0:AllowPrivateNetwork"] = "true",
            ["Syndicate:Sources:0:Selectors:Item"] = "li.news",
        });
        using var client = host.CreateAdminClient();

        using var response = await client.PatchAsync("/admin/api/sources/sample-text", AdminClient.MergePatchBody("""{"section": "Welt"}"""), TestContext.Current.CancellationToken);
        var after = await client.GetSourceAsync("sample-text");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(("de", "Europe/Berlin", true, "li.news", "Welt", "api"), (after.Language, after.TimeZone, after.AllowPrivateNetwork, after.Selectors?.Item, after.Section, after.ManagedBy));
    }

    [Fact]
    public async Task A_put_needs_the_whole_definition_and_lists_every_missing_field()
    {
        await using var host = new SyndicateHost();
        using var client = host.CreateAdminClient();

        using var partial = await client.PutAsync(
            "/admin/api/sources/sample-text", AdminClient.JsonBody("""{"url": "/tmp/x.txt", "section": "Wereld", "language": null}"""), TestContext.Current.CancellationToken);
        var unchanged = await client.GetSourceAsync("sample-text");

        Assert.Equal(HttpStatusCode.BadRequest, partial.StatusCode);
        var problem = await partial.Content.ReadFromJsonAsync<HttpValidationProblemDetails>(TestContext.Current.CancellationToken);
        Assert.Equal(
            ["ageRounding", "allowPrivateNetwork", "country", "language", "schedule", "selectors", "timeZone"],
            problem!.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.StartsWith("is missing; PUT replaces the whole source", problem.Errors["country"][0], StringComparison.Ordinal);
        Assert.Equal(("Buitenland", "config"), (unchanged.Section, unchanged.ManagedBy));
    }

    [Fact]
    public async Task A_complete_put_replaces_every_field()
    {
        await using var host = new SyndicateHost();
        using var client = host.CreateAdminClient();
        var body = JsonNode.Parse(FullSource("sample-text"))!.AsObject();
        body.Remove("id");

        using var response = await client.PutAsync("/admin/api/sources/sample-text", AdminClient.JsonBody(body.ToJsonString()), TestContext.Current.CancellationToken);
        var after = await client.GetSourceAsync("sample-text");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            (Samples.SeedHtmlPath, "de", "Europe/Berlin", "DE", "Ausland", "Round", true, "time", 900, "api"),
            (after.Url, after.Language, after.TimeZone, after.Country, after.Section, after.AgeRounding, after.AllowPrivateNetwork, after.Selectors?.Age,
             after.Schedule.IntervalSeconds, after.ManagedBy));
    }

    [Theory]
    [InlineData("""{"url": null}""", "url")]
    [InlineData("""{"language": null}""", "language")]
    [InlineData("""{"schedule": null}""", "schedule")]
    [InlineData("""{"allowPrivateNetwork": null}""", "allowPrivateNetwork")]
    public async Task A_patch_cannot_remove_a_required_field(string patch, string field)
    {
        await using var host = new SyndicateHost();
        using var client = host.CreateAdminClient();

        using var response = await client.PatchAsync("/admin/api/sources/sample-text", AdminClient.MergePatchBody(patch), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<HttpValidationProblemDetails>(TestContext.Current.CancellationToken);
        Assert.StartsWith("cannot be removed", Assert.Single(problem!.Errors[field]), StringComparison.Ordinal);
        Assert.Equal("config", (await client.GetSourceAsync("sample-text")).ManagedBy);
    }

    [Fact]
    public async Task A_patch_that_leaves_two_schedule_kinds_says_how_to_switch()
    {
        await using var host = new SyndicateHost();
        using var client = host.CreateAdminClient();

        using var response = await client.PatchAsync(
            "/admin/api/sources/sample-text", AdminClient.MergePatchBody("""{"schedule": {"intervalSeconds": 300}}"""), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<HttpValidationProblemDetails>(TestContext.Current.CancellationToken);
        Assert.Contains("set the current kind's fields to null", Assert.Single(problem!.Errors["schedule"]), StringComparison.Ordinal);
    }

    private static async Task<JsonObject> GetAsync(HttpClient client, string id) =>
        JsonNode.Parse(await client.GetStringAsync($"/admin/api/sources/{id}", TestContext.Current.CancellationToken))!.AsObject();

    private static async Task<JsonObject> ReadAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!.AsObject();

    /// <summary>The definition fields of a source as the API answered them.</summary>
    private static JsonObject Definition(JsonObject source) =>
        new(DefinitionFields.Select(f => KeyValuePair.Create(f, source[f]?.DeepClone())));
}

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Syndicate.Admin;
using Syndicate.Tests.Support;

namespace Syndicate.Tests.Admin;

public sealed class AdminAccessTests
{
    [Fact]
    public async Task A_request_without_a_key_answers_401_with_a_bearer_challenge()
    {
        await using var host = new SyndicateHost();
        using var client = host.CreateClient();

        using var response = await client.GetAsync("/admin/api/sources");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer realm=\"syndicate-admin\"", response.Headers.WwwAuthenticate.ToString());
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("X-Api-Key")]
    [InlineData("Authorization")]
    public async Task A_wrong_key_answers_401_in_either_header(string header)
    {
        await using var host = new SyndicateHost();
        using var client = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/admin/api/sources");
        request.Headers.TryAddWithoutValidation(header, header == "Authorization" ? "Bearer not-the-key-at-all-0000" : "not-the-key-at-all-0000");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task The_key_is_accepted_as_a_bearer_token()
    {
        await using var host = new SyndicateHost();
        using var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", SyndicateHost.AdminKey);

        var sources = await client.GetFromJsonAsync<SourceStatus[]>("/admin/api/sources", TestContext.Current.CancellationToken);

        Assert.Equal(["sample-html", "sample-text"], sources!.Select(s => s.Id));
    }

    [Fact]
    public async Task Ten_failed_sign_ins_in_a_minute_answer_429_with_retry_after_even_for_the_right_key()
    {
        await using var host = new SyndicateHost();
        using var wrong = host.CreateClient();
        wrong.DefaultRequestHeaders.Add("X-Api-Key", "guess-guess-guess-guess");
        for (var attempt = 0; attempt < SignInThrottle.MaxFailures; attempt++)
        {
            using var failed = await wrong.GetAsync("/admin/api/sources");
            Assert.Equal(HttpStatusCode.Unauthorized, failed.StatusCode);
        }

        using var right = host.CreateAdminClient();
        using var response = await right.GetAsync("/admin/api/sources");

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.InRange(response.Headers.RetryAfter!.Delta!.Value, TimeSpan.FromSeconds(1), SignInThrottle.Window);
    }

    [Fact]
    public async Task With_no_key_configured_the_admin_api_answers_404_saying_how_to_turn_it_on()
    {
        await using var host = new SyndicateHost(settings: new Dictionary<string, string?> { ["Syndicate:Admin:ApiKey"] = "" });
        using var client = host.CreateAdminClient();

        using var response = await client.GetAsync("/admin/api/sources");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>(TestContext.Current.CancellationToken);
        Assert.Equal(AdminOff.Title, problem!.Title);
        Assert.Contains("Syndicate:Admin:ApiKey", problem.Detail, StringComparison.Ordinal);
        Assert.Contains("SYNDICATE_ADMIN_KEY", problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_no_key_configured_the_admin_page_answers_404_saying_how_to_turn_it_on()
    {
        await using var host = new SyndicateHost(settings: new Dictionary<string, string?> { ["Syndicate:Admin:ApiKey"] = "" });
        using var client = host.CreateClient();

        using var response = await client.GetAsync("/admin");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("SYNDICATE_ADMIN_KEY", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_environment_variable_turns_the_admin_on_when_the_setting_is_empty()
    {
        await using var host = new SyndicateHost(settings: new Dictionary<string, string?>
        {
            ["Syndicate:Admin:ApiKey"] = "",
            ["SYNDICATE_ADMIN_KEY"] = "key-from-the-environment-0123",
        });
        using var client = host.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", "key-from-the-environment-0123");

        using var response = await client.GetAsync("/admin/api/sources");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_key_shorter_than_sixteen_characters_stops_start_up_without_showing_the_key()
    {
        await using var host = new SyndicateHost(settings: new Dictionary<string, string?> { ["Syndicate:Admin:ApiKey"] = "short-secret" });

        var problem = Assert.Single(host.StartupProblems());

        Assert.StartsWith("Syndicate:Admin:ApiKey (or SYNDICATE_ADMIN_KEY) is 12 characters long", problem, StringComparison.Ordinal);
        Assert.DoesNotContain("short-secret", problem, StringComparison.Ordinal);
    }
}

using System.Text.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Syndicate.Tests.Support;

namespace Syndicate.Tests.Admin;

public sealed class OpenApiTests
{
    [Fact]
    public async Task The_openapi_document_lists_every_admin_route_with_its_summary()
    {
        await using var host = new SyndicateHost();
        using var client = host.CreateClient();

        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken));

        var paths = document.RootElement.GetProperty("paths");
        var routes = host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith("/admin/api/", StringComparison.Ordinal))
            .SelectMany(e => e.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.Select(m => (Path: e.RoutePattern.RawText!, Method: m.ToLowerInvariant())))
            .ToList();
        Assert.Equal(16, routes.Count);
        Assert.All(routes, route =>
        {
            Assert.True(paths.TryGetProperty(route.Path, out var path), $"{route.Path} is missing");
            Assert.True(path.TryGetProperty(route.Method, out var operation), $"{route.Method} {route.Path} is missing");
            Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("summary").GetString()));
        });
    }

    [Fact]
    public async Task Every_field_of_a_source_is_in_the_request_and_the_response_schema_and_patch_takes_a_merge_patch()
    {
        await using var host = new SyndicateHost();
        using var client = host.CreateClient();

        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken));

        var schemas = document.RootElement.GetProperty("components").GetProperty("schemas");
        string[] definition = ["url", "language", "timeZone", "country", "section", "ageRounding", "allowPrivateNetwork", "selectors", "schedule"];
        Assert.Equal(["id", .. definition], Properties(schemas, "SourceRequest"));
        Assert.False(schemas.GetProperty("SourceRequest").TryGetProperty("required", out _), "no field is required of every request");
        Assert.Superset(
            new HashSet<string>(["id", .. definition, "state", "pauseReason", "health", "healthProblems", "lastFetch", "fetches"]),
            new HashSet<string>(Properties(schemas, "SourceStatus")));
        Assert.Equal(["item", "headline", "body", "age", "link"], Properties(schemas, "WireSelectors"));
        Assert.Equal(["cron", "intervalSeconds", "adaptiveMinSeconds", "adaptiveMaxSeconds"], Properties(schemas, "ScheduleRequest"));
        Assert.Equal(["kind", "reason", "since"], Properties(schemas, "SourceProblem"));
        var patch = document.RootElement.GetProperty("paths").GetProperty("/admin/api/sources/{id}").GetProperty("patch");
        Assert.True(patch.GetProperty("requestBody").GetProperty("content").TryGetProperty("application/merge-patch+json", out _));
    }

    private static string[] Properties(JsonElement schemas, string name) =>
        [.. schemas.GetProperty(name).GetProperty("properties").EnumerateObject().Select(p => p.Name)];
}

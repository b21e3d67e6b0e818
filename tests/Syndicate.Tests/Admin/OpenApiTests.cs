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
        Assert.Equal(14, routes.Count);
        Assert.All(routes, route =>
        {
            Assert.True(paths.TryGetProperty(route.Path, out var path), $"{route.Path} is missing");
            Assert.True(path.TryGetProperty(route.Method, out var operation), $"{route.Method} {route.Path} is missing");
            Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("summary").GetString()));
        });
    }
}

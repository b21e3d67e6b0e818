using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using Syndicate.Core.Feeds;
using Syndicate.Core.Places;
using Syndicate.Core.Wire;
using Syndicate.Publishing;
using FeedResult = Microsoft.AspNetCore.Http.HttpResults.Results<
    Microsoft.AspNetCore.Http.HttpResults.FileContentHttpResult,
    Microsoft.AspNetCore.Http.HttpResults.StatusCodeHttpResult,
    Microsoft.AspNetCore.Http.HttpResults.RedirectHttpResult,
    Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult>;

namespace Syndicate.Api;

/// <summary>The public feeds: <c>/feeds/{path}.{rss|atom}</c>, served from the current snapshot.</summary>
public static class FeedApi
{
    public static IEndpointRouteBuilder MapFeedApi(this IEndpointRouteBuilder app)
    {
        var feeds = app.MapGroup("/feeds").WithTags("Feeds");
        feeds.MapGet("/all.{format}", GetAll)
            .WithSummary("Every item, newest first.");
        feeds.MapGet("/agency/{slug}.{format}", GetAgency)
            .WithSummary("Items credited to one agency; an alias redirects to the canonical slug.");
        feeds.MapGet("/region/{slug}.{format}", GetRegion)
            .WithSummary("Items datelined in one region or country.");
        return app;
    }

    internal static FeedResult GetAll(
        string format, HttpContext context, FeedPublisher publisher) =>
        Serve(FeedCatalog.AllPath, format, context, publisher);

    internal static FeedResult GetAgency(
        string slug, string format, HttpContext context, FeedPublisher publisher, FeedCatalog catalog, AgencyCatalog agencies) =>
        catalog.Agencies.TryGetValue(slug, out var feed) ? Serve(feed.Path, format, context, publisher)
        : agencies.TryFind(slug, out var agency) ? RedirectTo(FeedCatalog.AgencyPath(agency), format)
        : UnknownSlug("agency", slug, catalog.Agencies.Keys);

    internal static FeedResult GetRegion(
        string slug, string format, HttpContext context, FeedPublisher publisher, FeedCatalog catalog, RegionCatalog regions) =>
        catalog.Regions.TryGetValue(slug, out var feed) ? Serve(feed.Path, format, context, publisher)
        : regions.TryFind(slug, out var region) ? RedirectTo(FeedCatalog.RegionPath(region), format)
        : UnknownSlug("region", slug, catalog.Regions.Keys);

    /// <summary>One URL per feed: aliases ("reuters") and other spellings ("RTR") move permanently to the slug.</summary>
    private static FeedResult RedirectTo(string path, string format) =>
        TypedResults.Redirect($"/feeds/{path}.{format.ToLowerInvariant()}", permanent: true);

    private static FeedResult Serve(
        string path, string format, HttpContext context, FeedPublisher publisher)
    {
        if (!FeedFormats.TryParseExtension(format, out var feedFormat))
        {
            return TypedResults.Problem(
                title: "Unknown feed format",
                detail: $"'{format}' is not a feed format; use one of: {string.Join(", ", FeedFormats.All.Select(f => f.Extension()))}.",
                statusCode: StatusCodes.Status404NotFound,
                extensions: new Dictionary<string, object?> { ["validFormats"] = FeedFormats.All.Select(f => f.Extension()).ToArray() });
        }

        if (publisher.Current.Find(path, feedFormat.Value) is not { } feed)
        {
            context.Response.Headers.RetryAfter = "5";
            return TypedResults.Problem(title: "Feeds are being published", detail: "The server is starting; try again in a few seconds.", statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        var headers = context.Response.GetTypedHeaders();
        headers.ETag = EntityTagHeaderValue.Parse(feed.ETag);
        headers.LastModified = feed.LastModified;
        if (IsNotModified(context.Request, feed))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        return TypedResults.File(feed.Content, feedFormat.Value.MediaType());
    }

    private static bool IsNotModified(HttpRequest request, RenderedFeed feed)
    {
        var headers = request.GetTypedHeaders();
        if (headers.IfNoneMatch is { Count: > 0 } tags)
        {
            return tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Tag.Equals(feed.ETag, StringComparison.Ordinal));
        }

        return headers.IfModifiedSince is { } since && feed.LastModified <= since;
    }

    private static ProblemHttpResult UnknownSlug(string kind, string slug, IEnumerable<string> valid) =>
        TypedResults.Problem(
            title: $"Unknown {kind}",
            detail: $"There is no {kind} feed '{slug}'. The valid {kind} slugs are listed in validSlugs.",
            statusCode: StatusCodes.Status404NotFound,
            extensions: new Dictionary<string, object?> { ["validSlugs"] = valid.Order(StringComparer.Ordinal).ToArray() });
}

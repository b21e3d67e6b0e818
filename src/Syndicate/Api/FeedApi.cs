using Microsoft.AspNetCore.Http.HttpResults;
using Syndicate.Core.Feeds;
using Syndicate.Publishing;
using FeedResult = Microsoft.AspNetCore.Http.HttpResults.Results<
    Syndicate.Api.PrecompressedResult,
    Microsoft.AspNetCore.Http.HttpResults.RedirectHttpResult,
    Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult>;

namespace Syndicate.Api;

/// <summary>
/// The public feeds, <c>/feeds/{path}.{rss|atom|json}</c>, served from the current snapshot with their
/// precompressed bytes; views (<c>?limit=&amp;agency=&amp;region=&amp;q=</c>) rendered once per snapshot;
/// the OPML list and the feeds' browser stylesheet. Every route answers GET and HEAD.
/// </summary>
public static class FeedApi
{
    private static readonly string[] GetOrHead = [HttpMethods.Get, HttpMethods.Head];

    /// <summary>
    /// Serves the published feeds' canonical URLs ahead of routing, and sends a feed URL with a trailing slash to its
    /// canonical URL; call before <c>UseRouting</c>.
    /// </summary>
    public static IApplicationBuilder UsePublishedFeeds(this IApplicationBuilder app) =>
        app.UseMiddleware<TrailingSlashRedirect>().UseMiddleware<PublishedFeedsMiddleware>();

    public static IEndpointRouteBuilder MapFeedApi(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/feeds.opml", GetOrHead, GetFeedList)
            .WithName("GetFeedList").WithTags("Feeds").WithSummary("Every feed as an OPML 2.0 subscription list.");
        var feeds = app.MapGroup("/feeds").WithTags("Feeds");
        feeds.MapMethods($"/{FeedStylesheet.FileName}", GetOrHead, GetStylesheet)
            .WithName("GetFeedStylesheet").WithSummary("The XSL that shows an RSS or Atom feed opened in a browser as a page.");
        feeds.MapMethods("/all.{format}", GetOrHead, GetAll)
            .WithName("GetAllFeed").WithSummary("Every item, newest first; ?limit=, ?agency=, ?region=, ?q= narrow it.");
        feeds.MapMethods("/agency/{slug}.{format}", GetOrHead, GetAgency)
            .WithName("GetAgencyFeed").WithSummary("Items credited to one agency; an alias redirects to the canonical slug.");
        feeds.MapMethods("/region/{slug}.{format}", GetOrHead, GetRegion)
            .WithName("GetRegionFeed").WithSummary("Items datelined in one region or country.");
        return app;
    }

    internal static PrecompressedResult GetFeedList(FeedList list) => new(list.Document);

    internal static PrecompressedResult GetStylesheet() => new(FeedStylesheet.Document);

    internal static Task<FeedResult> GetAll(string format, HttpContext context, [AsParameters] FeedRequestServices serving) =>
        ServeAsync(FeedCatalog.AllPath, format, context, serving);

    internal static async Task<FeedResult> GetAgency(string slug, string format, HttpContext context, [AsParameters] FeedRequestServices serving) =>
        serving.Catalog.Agencies.TryGetValue(slug, out var feed) ? await ServeAsync(feed.Path, format, context, serving)
        : serving.Agencies.TryFind(slug, out var agency) ? RedirectTo(FeedCatalog.AgencyPath(agency), format, context)
        : UnknownSlug("agency", slug, serving.Catalog.Agencies.Keys);

    internal static async Task<FeedResult> GetRegion(string slug, string format, HttpContext context, [AsParameters] FeedRequestServices serving) =>
        serving.Catalog.Regions.TryGetValue(slug, out var feed) ? await ServeAsync(feed.Path, format, context, serving)
        : serving.Regions.TryFind(slug, out var region) ? RedirectTo(FeedCatalog.RegionPath(region), format, context)
        : UnknownSlug("region", slug, serving.Catalog.Regions.Keys);

    /// <summary>One URL per feed: aliases ("reuters") and other spellings ("RTR") move permanently to the slug, query and all.</summary>
    private static FeedResult RedirectTo(string path, string format, HttpContext context) =>
        TypedResults.Redirect($"/feeds/{path}.{format.ToLowerInvariant()}{context.Request.QueryString}", permanent: true);

    private static async Task<FeedResult> ServeAsync(string path, string format, HttpContext context, FeedRequestServices serving)
    {
        if (!FeedFormats.TryParseExtension(format, out var feedFormat))
        {
            return TypedResults.Problem(
                title: "Unknown feed format",
                detail: $"'{format}' is not a feed format; use one of: {string.Join(", ", FeedFormats.All.Select(f => f.Extension()))}.",
                statusCode: StatusCodes.Status404NotFound,
                extensions: new Dictionary<string, object?> { ["validFormats"] = FeedFormats.All.Select(f => f.Extension()).ToArray() });
        }

        var snapshot = serving.Publisher.Current;
        if (snapshot.Find(path, feedFormat.Value) is not { } feed)
        {
            context.Response.Headers.RetryAfter = "5";
            return TypedResults.Problem(title: "Feeds are being published", detail: "The server is starting; try again in a few seconds.", statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        if (!context.Request.QueryString.HasValue)
        {
            return new PrecompressedResult(feed.Document);
        }

        var defaultLimit = serving.Options.CurrentValue.FeedSize;
        var (filter, problem) = FeedQuery.Parse(context.Request.Query, defaultLimit, serving.Catalog, serving.Agencies, serving.Regions);
        if (problem is not null)
        {
            return TypedResults.Problem(
                title: "Invalid query parameter",
                detail: $"{problem.Parameter}: {problem.Detail}",
                statusCode: StatusCodes.Status400BadRequest,
                extensions: new Dictionary<string, object?> { ["parameter"] = problem.Parameter });
        }

        var query = filter!.Query(defaultLimit);
        return new PrecompressedResult(query.Length == 0 ? feed.Document : (await serving.Views.ViewAsync(snapshot, feed, filter, query, context.RequestAborted)).Document);
    }

    private static ProblemHttpResult UnknownSlug(string kind, string slug, IEnumerable<string> valid) =>
        TypedResults.Problem(
            title: $"Unknown {kind}",
            detail: $"There is no {kind} feed '{slug}'. The valid {kind} slugs are listed in validSlugs.",
            statusCode: StatusCodes.Status404NotFound,
            extensions: new Dictionary<string, object?> { ["validSlugs"] = valid.Order(StringComparer.Ordinal).ToArray() });
}

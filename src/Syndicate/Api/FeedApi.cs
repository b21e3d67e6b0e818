using Microsoft.AspNetCore.Http.HttpResults;
using Syndicate.Core.Feeds;
using Syndicate.Publishing;

namespace Syndicate.Api;

/// <summary>
/// The public feeds, <c>/feeds/{path}.{rss|atom|json}</c>, served from the current snapshot with their
/// precompressed bytes; views (<c>?limit=&amp;agency=&amp;region=&amp;q=</c>) rendered once per snapshot;
/// the OPML list. Every route answers GET and HEAD. A feed URL always answers with the feed, whoever asks:
/// the page for people is the same path without the extension (<see cref="PageApi"/>).
/// </summary>
public static class FeedApi
{
    internal static readonly string[] GetOrHead = [HttpMethods.Get, HttpMethods.Head];

    /// <summary>
    /// Serves the published feeds' canonical URLs ahead of routing, and sends a feed URL with a trailing slash to its
    /// canonical URL; call before <c>UseRouting</c>.
    /// </summary>
    public static IApplicationBuilder UsePublishedFeeds(this IApplicationBuilder app) =>
        app.UseMiddleware<TrailingSlashRedirect>().UseMiddleware<PublishedFeedsMiddleware>();

    public static IEndpointRouteBuilder MapFeedApi(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/feeds.opml", GetOrHead, GetFeedList)
            .WithName("GetFeedList").WithTags("Feeds").WithSummary("The feeds with items as an OPML 2.0 subscription list; ?all=true lists every feed.");
        var feeds = app.MapGroup("/feeds").WithTags("Feeds");
        feeds.MapMethods("/all.{format}", GetOrHead, GetAll)
            .WithName("GetAllFeed").WithSummary("Every item, newest first; ?limit=, ?agency=, ?region=, ?q= narrow it.");
        feeds.MapMethods("/agency/{slug}.{format}", GetOrHead, GetAgency)
            .WithName("GetAgencyFeed").WithSummary("Items credited to one agency; an alias redirects to the canonical slug.");
        feeds.MapMethods("/region/{slug}.{format}", GetOrHead, GetRegion)
            .WithName("GetRegionFeed").WithSummary("Items datelined in one region or country.");
        feeds.MapMethods("/archive/{day}/{**feed}", GetOrHead, ArchiveRequest.GetArchive)
            .WithName("GetFeedArchive").WithSummary("A feed's closed archive of one UTC day (RFC 5005), Atom or RSS: /feeds/archive/2026-11-28/agency/anp.atom; it never changes.");
        return app;
    }

    internal static Results<PrecompressedResult, ProblemHttpResult> GetFeedList(HttpContext context, FeedList list, FeedPublisher publisher, bool? all) =>
        all == true ? new PrecompressedResult(list.Every)
        : publisher.Current is { IsComplete: true } snapshot ? new PrecompressedResult(list.WithItems(snapshot))
        : NotYetPublished.Answer(context);

    internal static Task<FeedResult> GetAll(string format, HttpContext context, [AsParameters] FeedRequestServices serving) =>
        ServeAsync(FeedCatalog.AllPath, format, context, serving);

    internal static Task<FeedResult> GetAgency(string slug, string format, HttpContext context, [AsParameters] FeedRequestServices serving) =>
        FeedLookup.Agency(slug, serving.Catalog, serving.Agencies)
            .AnswerAsync($".{format.ToLowerInvariant()}", context, feed => ServeAsync(feed.Path, format, context, serving));

    internal static Task<FeedResult> GetRegion(string slug, string format, HttpContext context, [AsParameters] FeedRequestServices serving) =>
        FeedLookup.Region(slug, serving.Catalog, serving.Regions)
            .AnswerAsync($".{format.ToLowerInvariant()}", context, feed => ServeAsync(feed.Path, format, context, serving));

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
            return NotYetPublished.Answer(context);
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
        if (query.Length == 0)
        {
            return new PrecompressedResult(feed.Document);
        }

        // A view selects from every stored item: before a start has read them all, only a view its newest items settle.
        return await serving.Views.ViewAsync(snapshot, feed, filter, query, context.RequestAborted) is { } view
            ? new PrecompressedResult(view.Document)
            : NotYetPublished.Answer(context);
    }
}

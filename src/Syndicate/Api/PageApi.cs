using Microsoft.AspNetCore.Http.HttpResults;
using Syndicate.Core.Feeds;
using Syndicate.Pages;
using Syndicate.Publishing;
using Syndicate.Storage;

namespace Syndicate.Api;

/// <summary>
/// The pages for people: the index, a page per feed at the feed's path without an extension, and a page per item
/// with the provenance of its timestamp (and its JSON form). Every route answers GET and HEAD; none needs a script.
/// </summary>
public static class PageApi
{
    public static IEndpointRouteBuilder MapPages(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/", FeedApi.GetOrHead, GetIndex)
            .WithName("GetIndexPage").WithSummary("The feeds, as an HTML page.").ExcludeFromDescription();
        var feeds = app.MapGroup("/feeds").ExcludeFromDescription();
        feeds.MapMethods("/all", FeedApi.GetOrHead, GetAllPage).WithName("GetAllFeedPage");
        feeds.MapMethods("/agency/{slug}", FeedApi.GetOrHead, GetAgencyPage).WithName("GetAgencyFeedPage");
        feeds.MapMethods("/region/{slug}", FeedApi.GetOrHead, GetRegionPage).WithName("GetRegionFeedPage");
        var items = app.MapGroup("/items").WithTags("Items");
        items.MapMethods("/{id}", FeedApi.GetOrHead, GetItemPage)
            .WithName("GetItemPage").WithSummary("An item's page: its text, places, window and every sighting.").ExcludeFromDescription();
        items.MapMethods("/{id}.{format}", FeedApi.GetOrHead, GetItemDocument)
            .WithName("GetItem").WithSummary("An item with its window, every sighting and the feeds it is in, as JSON (/items/{id}.json).");
        return app;
    }

    internal static Results<PrecompressedResult, ProblemHttpResult> GetIndex(HttpContext context, [AsParameters] PageRequestServices pages) =>
        pages.Publisher.Current is { IsComplete: true } snapshot
            ? new PrecompressedResult(IndexPage.Render(snapshot, pages))
            : NotYetPublished.Answer(context);

    internal static FeedResult GetAllPage(HttpContext context, [AsParameters] PageRequestServices pages) =>
        ServeFeedPage(pages.Catalog.All, context, pages);

    internal static Task<FeedResult> GetAgencyPage(string slug, HttpContext context, [AsParameters] PageRequestServices pages) =>
        FeedLookup.Agency(slug, pages.Catalog, pages.Agencies).AnswerAsync("", context, feed => Task.FromResult(ServeFeedPage(feed, context, pages)));

    internal static Task<FeedResult> GetRegionPage(string slug, HttpContext context, [AsParameters] PageRequestServices pages) =>
        FeedLookup.Region(slug, pages.Catalog, pages.Regions).AnswerAsync("", context, feed => Task.FromResult(ServeFeedPage(feed, context, pages)));

    internal static async Task<Results<ContentHttpResult, ProblemHttpResult>> GetItemPage(
        string id, HttpContext context, [AsParameters] PageRequestServices pages, EvidenceStore evidence, SourceRegistry registry, CancellationToken cancellationToken) =>
        await FindAsync(id, pages, evidence, registry, cancellationToken) is { } item
            ? Cached(context, TypedResults.Content(ItemPage.Render(item, pages.SiteTitle), HtmlPage.MediaType), pages)
            : UnknownItem(id, context, pages);

    internal static async Task<Results<JsonHttpResult<ItemProvenance>, ProblemHttpResult>> GetItemDocument(
        string id, string format, HttpContext context, [AsParameters] PageRequestServices pages, EvidenceStore evidence, SourceRegistry registry,
        CancellationToken cancellationToken)
    {
        if (!format.Equals("json", StringComparison.OrdinalIgnoreCase))
        {
            return TypedResults.Problem(title: "Unknown item format", detail: $"'{format}' is not an item format; use json.", statusCode: StatusCodes.Status404NotFound);
        }

        return await FindAsync(id, pages, evidence, registry, cancellationToken) is { } item
            ? Cached(context, TypedResults.Json(item), pages)
            : UnknownItem(id, context, pages);
    }

    private static FeedResult ServeFeedPage(FeedDefinition feed, HttpContext context, PageRequestServices pages) =>
        pages.Publisher.Current.Find(feed.Path, FeedFormat.Atom) is { } rendered
            ? new PrecompressedResult(FeedPage.Render(rendered, pages))
            : NotYetPublished.Answer(context);

    /// <summary>The item as published, with the evidence the database holds now: a sighting that changed nothing still shows.</summary>
    private static async Task<ItemProvenance?> FindAsync(
        string id, PageRequestServices pages, EvidenceStore evidence, SourceRegistry registry, CancellationToken cancellationToken)
    {
        if (pages.Publisher.Current.FindEntry(id) is not { } entry || await evidence.FindAsync(id, cancellationToken) is not { } found)
        {
            return null;
        }

        var sources = (await registry.ListAsync(cancellationToken)).ToDictionary(s => s.Id, s => s.Definition, StringComparer.Ordinal);
        return ItemProvenance.Of(entry, found, sources, pages.Catalog, pages.Site);
    }

    /// <summary>Item pages are read from the database per request; clients may keep them as long as they keep the feeds.</summary>
    private static T Cached<T>(HttpContext context, T result, PageRequestServices pages)
    {
        if (pages.Publisher.Current.Find(FeedCatalog.AllPath, FeedFormat.Atom) is { } all)
        {
            context.Response.Headers.CacheControl = all.Document.CacheControl;
        }

        return result;
    }

    /// <summary>404; or 503 while the server has published only the newest items since it started.</summary>
    private static ProblemHttpResult UnknownItem(string id, HttpContext context, PageRequestServices pages) =>
        pages.Publisher.Current.IsComplete
            ? TypedResults.Problem(title: "Unknown item", detail: $"No published item has the id '{id}'.", statusCode: StatusCodes.Status404NotFound)
            : NotYetPublished.Answer(context);
}

using Microsoft.AspNetCore.Http.HttpResults;
using Syndicate.Core.Feeds;
using Syndicate.Core.Places;
using Syndicate.Core.Wire;

namespace Syndicate.Api;

/// <summary>
/// What the slug of an agency or region URL names: a feed; or, for an alias ("reuters") or another spelling ("RTR"),
/// the canonical feed path it moves to; or nothing, with the valid slugs. Feed documents and feed pages share it,
/// so every feed has one URL of each kind.
/// </summary>
public sealed record FeedLookup(string Kind, string Slug, FeedDefinition? Feed, string? CanonicalPath, IEnumerable<string> ValidSlugs)
{
    public static FeedLookup Agency(string slug, FeedCatalog catalog, AgencyCatalog agencies) =>
        new("agency", slug, catalog.Agencies.GetValueOrDefault(slug),
            agencies.TryFind(slug, out var agency) ? FeedCatalog.AgencyPath(agency) : null, catalog.Agencies.Keys);

    public static FeedLookup Region(string slug, FeedCatalog catalog, RegionCatalog regions) =>
        new("region", slug, catalog.Regions.GetValueOrDefault(slug),
            regions.TryFind(slug, out var region) ? FeedCatalog.RegionPath(region) : null, catalog.Regions.Keys);

    /// <summary>Serves the feed; moves an alias permanently to the canonical URL (with <paramref name="extension"/> and the query); else 404 listing the valid slugs.</summary>
    /// <param name="extension">What follows the slug in the URL: ".rss", or nothing for a page.</param>
    public async Task<FeedResult> AnswerAsync(string extension, HttpContext context, Func<FeedDefinition, Task<FeedResult>> serve) =>
        Feed is not null ? await serve(Feed)
        : CanonicalPath is not null ? TypedResults.Redirect($"/feeds/{CanonicalPath}{extension}{context.Request.QueryString}", permanent: true)
        : Unknown();

    private ProblemHttpResult Unknown() =>
        TypedResults.Problem(
            title: $"Unknown {Kind}",
            detail: $"There is no {Kind} feed '{Slug}'. The valid {Kind} slugs are listed in validSlugs.",
            statusCode: StatusCodes.Status404NotFound,
            extensions: new Dictionary<string, object?> { ["validSlugs"] = ValidSlugs.Order(StringComparer.Ordinal).ToArray() });
}

using System.Globalization;
using Microsoft.Extensions.Primitives;
using Syndicate.Core.Feeds;
using Syndicate.Core.Places;
using Syndicate.Core.Wire;

namespace Syndicate.Api;

/// <summary>
/// Reads a feed URL's query into a view: <c>limit</c> (1 to 500), <c>agency</c> and <c>region</c> (a slug or
/// alias, as the feed URLs take them), <c>q</c> (keywords). Other parameters are ignored, as feed readers
/// and trackers add their own.
/// </summary>
public static class FeedQuery
{
    public const int MaxKeywordLength = 200;

    /// <summary>The view the query asks for, or the problem with it naming the parameter.</summary>
    public static (FeedFilter? Filter, InvalidQueryParameter? Problem) Parse(
        IQueryCollection query, int defaultLimit, FeedCatalog catalog, AgencyCatalog agencies, RegionCatalog regions)
    {
        var limit = defaultLimit;
        if (query.TryGetValue("limit", out var limitValues))
        {
            if (Single(limitValues, "limit") is { } problem)
            {
                return (null, problem);
            }

            if (!int.TryParse(limitValues[0], NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit is < 1 or > FeedFilter.MaxLimit)
            {
                return (null, new("limit", $"'{limitValues[0]}' is not a whole number from 1 to {FeedFilter.MaxLimit}."));
            }
        }

        string? agency = null;
        if (query.TryGetValue("agency", out var agencyValues))
        {
            if (Single(agencyValues, "agency") is { } problem)
            {
                return (null, problem);
            }

            if (!agencies.TryFind(agencyValues[0]!, out var found) || !catalog.Agencies.ContainsKey(found.Slug))
            {
                return (null, new("agency", $"'{agencyValues[0]}' is not an agency; use a slug such as {string.Join(", ", catalog.Agencies.Keys.Order(StringComparer.Ordinal).Take(5))}."));
            }

            agency = found.Slug;
        }

        string? region = null;
        if (query.TryGetValue("region", out var regionValues))
        {
            if (Single(regionValues, "region") is { } problem)
            {
                return (null, problem);
            }

            var value = regionValues[0]!;
            if (value.Equals(FeedCatalog.UnknownRegionSlug, StringComparison.OrdinalIgnoreCase))
            {
                region = FeedCatalog.UnknownRegionSlug;
            }
            else if (regions.TryFind(value, out var found))
            {
                region = found.Slug;
            }
            else
            {
                return (null, new("region", $"'{value}' is not a region; use a slug such as europe, asia, nl or {FeedCatalog.UnknownRegionSlug}."));
            }
        }

        KeywordFilter? keywords = null;
        if (query.TryGetValue("q", out var keywordValues))
        {
            if (Single(keywordValues, "q") is { } problem)
            {
                return (null, problem);
            }

            var text = keywordValues[0]!;
            if (text.Length > MaxKeywordLength)
            {
                return (null, new("q", $"The keywords are {text.Length} characters long; at most {MaxKeywordLength} are allowed."));
            }

            keywords = KeywordFilter.Parse(text);
            if (keywords is null)
            {
                return (null, new("q", "The keywords hold no letter or digit; give at least one word."));
            }
        }

        return (new FeedFilter(limit, agency, region, keywords), null);
    }

    private static InvalidQueryParameter? Single(StringValues values, string name) =>
        values.Count == 1 ? null : new(name, $"'{name}' is given {values.Count} times; give it once.");
}

using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Syndicate.Archives;
using Syndicate.Core.Feeds;

namespace Syndicate.Api;

/// <summary>A feed's closed archive of one UTC day: <c>/feeds/archive/{yyyy-MM-dd}/{feed path}.{atom|rss}</c>.</summary>
public static class ArchiveRequest
{
    internal static async Task<Results<PrecompressedResult, ProblemHttpResult>> GetArchive(string day, string feed, ArchiveDocuments archives, CancellationToken cancellationToken)
    {
        var dot = feed.LastIndexOf('.');
        if (DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            && dot > 0
            && FeedFormats.TryParseExtension(feed[(dot + 1)..], out var format)
            && await archives.FindAsync(feed[..dot], format.Value, date, cancellationToken) is { } document)
        {
            return new PrecompressedResult(document);
        }

        return TypedResults.Problem(
            title: "No such archive",
            detail: $"There is no closed archive /feeds/archive/{day}/{feed}: archives are Atom or RSS, one per feed and closed UTC day (yyyy-MM-dd), from the feed's first item on; the feed's prev-archive link names its newest.",
            statusCode: StatusCodes.Status404NotFound);
    }
}

using Microsoft.AspNetCore.Http.HttpResults;

namespace Syndicate.Publishing;

/// <summary>
/// The answer to a request for what is not published yet: anything before the first publish, and what needs every
/// stored item while a start has not read them all (<see cref="FeedSnapshot.IsComplete"/>).
/// </summary>
public static class NotYetPublished
{
    /// <summary>503 with Retry-After.</summary>
    public static ProblemHttpResult Answer(HttpContext context)
    {
        context.Response.Headers.RetryAfter = "5";
        return TypedResults.Problem(title: "Feeds are being published", detail: "The server is starting; try again in a few seconds.", statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}

using Syndicate.Publishing;

namespace Syndicate.Api;

/// <summary>
/// Answers GET and HEAD of a published feed's canonical URL (no query) straight from the snapshot, before
/// routing: the requests aggregators repeat all day cost a dictionary lookup and a write. Everything else
/// (views, aliases, errors, a server still starting) goes on to the endpoints of <see cref="FeedApi"/>,
/// which serve the same documents the same way.
/// </summary>
public sealed class PublishedFeedsMiddleware(RequestDelegate next, FeedPublisher publisher)
{
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        return !request.QueryString.HasValue
            && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && request.Path.Value is { } path
            && publisher.Current.FindByUrlPath(path) is { } feed
            ? PrecompressedResult.WriteAsync(context, feed.Document)
            : next(context);
    }
}

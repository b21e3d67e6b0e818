namespace Syndicate.Api;

/// <summary>
/// One URL per feed: a GET or HEAD of a feed URL with trailing slashes (<c>/feeds/all.atom/</c>, <c>/feeds.opml/</c>)
/// moves permanently to the URL without them, query and all, ahead of routing (which would answer it as the same feed).
/// </summary>
public sealed class TrailingSlashRedirect(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if ((HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && request.Path.Value is { } path
            && path.EndsWith('/')
            && (path.StartsWith("/feeds/", StringComparison.Ordinal) || path.StartsWith("/feeds.", StringComparison.Ordinal))
            && path.TrimEnd('/') is var canonical && canonical != "/feeds")
        {
            context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
            context.Response.Headers.Location = canonical + request.QueryString;
            return Task.CompletedTask;
        }

        return next(context);
    }
}

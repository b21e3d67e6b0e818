using Microsoft.Extensions.Primitives;

namespace Syndicate.Operations;

/// <summary>Headers on every response that keep browsers from sniffing, framing and leaking referrers; a strict CSP on HTML pages.</summary>
public static class SecurityHeaders
{
    /// <summary>Scripts only from the server's own files (no inline script); inline style is allowed, the pages carry a &lt;style&gt; block.</summary>
    public const string HtmlContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private static readonly StringValues NoSniff = "nosniff";
    private static readonly StringValues NoReferrer = "no-referrer";
    private static readonly StringValues Deny = "DENY";
    private static readonly StringValues HtmlPolicy = HtmlContentSecurityPolicy;

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(static (context, next) =>
        {
            var response = context.Response;
            response.Headers.XContentTypeOptions = NoSniff;
            response.Headers["Referrer-Policy"] = NoReferrer;
            response.Headers.XFrameOptions = Deny;
            // Feed documents (/feeds/all.rss) are never HTML: only other responses, feed pages among them, wait to see their content type.
            if (!IsFeedDocument(context.Request.Path))
            {
                response.OnStarting(static state => AddPolicyToHtml((HttpResponse)state), response);
            }

            return next(context);
        });

    private static bool IsFeedDocument(PathString path) =>
        path.StartsWithSegments("/feeds") && path.Value is { } value && value.AsSpan(value.LastIndexOf('/')).Contains('.');

    private static Task AddPolicyToHtml(HttpResponse response)
    {
        if (response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true)
        {
            response.Headers.ContentSecurityPolicy = HtmlPolicy;
        }

        return Task.CompletedTask;
    }
}

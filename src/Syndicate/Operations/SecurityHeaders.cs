namespace Syndicate.Operations;

/// <summary>Headers on every response that keep browsers from sniffing, framing and leaking referrers; a strict CSP on HTML pages.</summary>
public static class SecurityHeaders
{
    /// <summary>Scripts only from the server's own files (no inline script); inline style is allowed, the pages carry a &lt;style&gt; block.</summary>
    public const string HtmlContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var response = context.Response;
            response.OnStarting(() =>
            {
                response.Headers.XContentTypeOptions = "nosniff";
                response.Headers["Referrer-Policy"] = "no-referrer";
                response.Headers.XFrameOptions = "DENY";
                if (response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true)
                {
                    response.Headers.ContentSecurityPolicy = HtmlContentSecurityPolicy;
                }

                return Task.CompletedTask;
            });
            return next(context);
        });
}

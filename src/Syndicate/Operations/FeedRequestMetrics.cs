using Syndicate.Metrics;

namespace Syndicate.Operations;

/// <summary>Counts every request under <c>/feeds</c> by the status it was answered with (<c>syndicate_feed_requests_total</c>).</summary>
public static class FeedRequestMetrics
{
    public static IApplicationBuilder UseFeedRequestMetrics(this IApplicationBuilder app)
    {
        var metrics = app.ApplicationServices.GetRequiredService<SyndicateMetrics>();
        return app.UseWhen(
            context => context.Request.Path.StartsWithSegments("/feeds"),
            feeds => feeds.Use(async (context, next) =>
            {
                // An exception escaping the endpoint becomes a 500 further out.
                var status = StatusCodes.Status500InternalServerError;
                try
                {
                    await next(context);
                    status = context.Response.StatusCode;
                }
                finally
                {
                    metrics.RecordFeedRequest(status);
                }
            }));
    }
}

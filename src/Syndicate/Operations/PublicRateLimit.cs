using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Syndicate.Operations;

/// <summary>
/// A token bucket per client address over every public page and feed. The admin API (which has its
/// own sign-in throttle), the health endpoints and <c>/metrics</c> are not limited, so monitors
/// always get through.
/// </summary>
public static class PublicRateLimit
{
    private static readonly PathString[] Unlimited = ["/admin", "/healthz", "/readyz", "/metrics"];

    public static IServiceCollection AddPublicRateLimit(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>>((limiter, settings) =>
        {
            var perMinute = settings.Value.RequestsPerMinute;
            // Refilled every second (or, below one a second, one token at a time), so the timer never has to tick faster.
            var (period, tokensPerPeriod) = perMinute >= 60
                ? (TimeSpan.FromSeconds(1), perMinute / 60)
                : (TimeSpan.FromTicks(TimeSpan.TicksPerMinute / perMinute), 1);
            var bucket = new TokenBucketRateLimiterOptions
            {
                TokenLimit = perMinute,
                TokensPerPeriod = tokensPerPeriod,
                ReplenishmentPeriod = period,
                QueueLimit = 0,
            };
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, IPAddress>(context =>
                IsUnlimited(context.Request.Path)
                    ? RateLimitPartition.GetNoLimiter(IPAddress.None)
                    : RateLimitPartition.GetTokenBucketLimiter(ClientAddress.Of(context) ?? IPAddress.None, _ => bucket));
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (rejected, _) => RejectAsync(rejected, perMinute);
        });
        return services;
    }

    private static bool IsUnlimited(PathString path)
    {
        foreach (var prefix in Unlimited)
        {
            if (path.StartsWithSegments(prefix))
            {
                return true;
            }
        }

        return false;
    }

    private static async ValueTask RejectAsync(OnRejectedContext rejected, int perMinute)
    {
        var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1) / perMinute;
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        var http = rejected.HttpContext;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await TypedResults.Problem(
            title: "Too many requests",
            detail: $"This address made more than {perMinute} requests a minute ({RateLimitOptions.Section}:RequestsPerMinute); try again after {seconds} seconds.",
            statusCode: StatusCodes.Status429TooManyRequests).ExecuteAsync(http);
    }
}

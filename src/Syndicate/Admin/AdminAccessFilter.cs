using System.Globalization;
using Microsoft.Extensions.Options;

namespace Syndicate.Admin;

/// <summary>
/// Guards every admin API route: 404 while the admin is off, 429 while the client address is
/// throttled, 401 with a Bearer challenge for a missing or wrong key. The key is never logged.
/// </summary>
public sealed partial class AdminAccessFilter(IOptions<AdminOptions> options, SignInThrottle throttle, ILogger<AdminAccessFilter> logger)
    : IEndpointFilter
{
    public const string Challenge = "Bearer realm=\"syndicate-admin\"";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (options.Value.ApiKey is not { Length: > 0 } expected)
        {
            return AdminOff.Problem();
        }

        var http = context.HttpContext;
        var client = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (throttle.RetryAfter(client) is { } wait)
        {
            http.Response.Headers.RetryAfter = Math.Ceiling(wait.TotalSeconds).ToString(CultureInfo.InvariantCulture);
            return TypedResults.Problem(
                title: "Too many failed sign-ins",
                detail: $"{SignInThrottle.MaxFailures} requests from this address had a missing or wrong key within a minute; try again after Retry-After seconds.",
                statusCode: StatusCodes.Status429TooManyRequests);
        }

        if (!ApiKey.Matches(ApiKey.Presented(http.Request), expected))
        {
            throttle.RecordFailure(client);
            LogRejected(logger, client, http.Request.Method, http.Request.Path);
            http.Response.Headers.WWWAuthenticate = Challenge;
            return TypedResults.Problem(
                title: "Admin key required",
                detail: $"Send the admin key as the {ApiKey.HeaderName} header or as Authorization: Bearer <key>.",
                statusCode: StatusCodes.Status401Unauthorized);
        }

        return await next(context);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Admin request {Method} {Path} from {Client} had a missing or wrong key")]
    private static partial void LogRejected(ILogger logger, string client, string method, PathString path);
}

using System.Globalization;
using Microsoft.Extensions.Options;

namespace Syndicate.Admin;

/// <summary>
/// Checks the admin key a request presents: 429 while the client address is throttled, 401 with a
/// Bearer challenge for a missing or wrong key. The key is never logged.
/// </summary>
public sealed partial class AdminSignIn(IOptions<AdminOptions> options, SignInThrottle throttle, ILogger<AdminSignIn> logger)
{
    public const string Challenge = "Bearer realm=\"syndicate-admin\"";

    /// <summary>Whether an admin key is configured at all.</summary>
    public bool IsEnabled => options.Value.IsEnabled;

    /// <returns>Null when the request presents the admin key; otherwise the answer to send instead.</returns>
    public IResult? Refusal(HttpContext http)
    {
        var client = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (throttle.RetryAfter(client) is { } wait)
        {
            http.Response.Headers.RetryAfter = Math.Ceiling(wait.TotalSeconds).ToString(CultureInfo.InvariantCulture);
            return TypedResults.Problem(
                title: "Too many failed sign-ins",
                detail: $"{SignInThrottle.MaxFailures} requests from this address had a missing or wrong key within a minute; try again after Retry-After seconds.",
                statusCode: StatusCodes.Status429TooManyRequests);
        }

        if (options.Value.ApiKey is { Length: > 0 } expected && ApiKey.Matches(ApiKey.Presented(http.Request), expected))
        {
            return null;
        }

        throttle.RecordFailure(client);
        LogRejected(logger, client, http.Request.Method, http.Request.Path);
        http.Response.Headers.WWWAuthenticate = Challenge;
        return TypedResults.Problem(
            title: "Admin key required",
            detail: $"Send the admin key as the {ApiKey.HeaderName} header or as Authorization: Bearer <key>.",
            statusCode: StatusCodes.Status401Unauthorized);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Request {Method} {Path} from {Client} had a missing or wrong admin key")]
    private static partial void LogRejected(ILogger logger, string client, string method, PathString path);
}

using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Syndicate.Push;

/// <summary>The hub's one endpoint, <c>POST /websub</c> (W3C WebSub §5.1): subscription and unsubscription requests.</summary>
public static class HubApi
{
    public static IEndpointRouteBuilder MapHubApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/websub", Request)
            .DisableAntiforgery()
            .WithTags("WebSub")
            .WithName("WebSubRequest")
            .WithSummary("Subscribe to or unsubscribe from a feed (form: hub.mode, hub.callback, hub.topic, hub.lease_seconds, hub.secret); 202, then the callback is asked to confirm.");
        return app;
    }

    internal static async Task<Results<Accepted<string>, ProblemHttpResult>> Request(
        HttpContext http,
        IntentVerification verification,
        SubscriptionStore store,
        HubTasks tasks,
        IOptions<WebSubOptions> options,
        CancellationToken cancellationToken)
    {
        if (!http.Request.HasFormContentType)
        {
            return Problem(StatusCodes.Status400BadRequest, "Send the request as application/x-www-form-urlencoded.");
        }

        var (request, problem) = HubRequest.Read(await http.Request.ReadFormAsync(cancellationToken), options.Value);
        if (request is null)
        {
            return Problem(StatusCodes.Status400BadRequest, problem!);
        }

        if (request.Mode == HubMode.Subscribe && await store.CountAsync(cancellationToken) >= options.Value.MaxSubscriptions)
        {
            return Problem(StatusCodes.Status429TooManyRequests, $"This hub keeps at most {options.Value.MaxSubscriptions} subscriptions; try again later.");
        }

        tasks.Run(token => verification.VerifyAsync(request, token));
        return TypedResults.Accepted((string?)null, "The callback will be asked to confirm.");
    }

    private static ProblemHttpResult Problem(int status, string detail) =>
        TypedResults.Problem(title: "Bad WebSub request", detail: detail, statusCode: status);
}

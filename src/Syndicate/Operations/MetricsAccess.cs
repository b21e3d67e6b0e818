using System.Net;
using Microsoft.Extensions.Options;
using Syndicate.Admin;

namespace Syndicate.Operations;

/// <summary>
/// Lets a <c>/metrics</c> request through when its client address is in
/// <see cref="MetricsOptions.AllowedNetworks"/> or it sends the admin key; otherwise 403, or 401
/// (throttled like admin sign-ins) for a wrong key.
/// </summary>
public sealed class MetricsAccess(RequestDelegate next, IOptions<MetricsOptions> options, AdminSignIn signIn)
{
    private readonly IPNetwork[] _networks = [.. options.Value.EffectiveNetworks.Select(IPNetwork.Parse)];

    public async Task InvokeAsync(HttpContext context)
    {
        if (ClientAddress.Of(context) is { } address && _networks.Any(n => n.Contains(address)))
        {
            await next(context);
            return;
        }

        if (signIn.IsEnabled && ApiKey.Presented(context.Request) is not null)
        {
            if (signIn.Refusal(context) is { } refusal)
            {
                await refusal.ExecuteAsync(context);
                return;
            }

            await next(context);
            return;
        }

        await TypedResults.Problem(
            title: "Metrics are not public",
            detail: $"This client's address is not in {MetricsOptions.Section}:AllowedNetworks; add its network there, or send the admin key as the {ApiKey.HeaderName} header.",
            statusCode: StatusCodes.Status403Forbidden).ExecuteAsync(context);
    }
}

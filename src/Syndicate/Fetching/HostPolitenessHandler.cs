namespace Syndicate.Fetching;

/// <summary>Applies <see cref="HostPoliteness"/> to a source fetch: one turn of its host for all its attempts.</summary>
public sealed class HostPolitenessHandler(HostPoliteness politeness) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // The turn lasts until the last attempt's response headers are in; the body is read under the caller's byte limit.
        using var turn = await politeness.WaitTurnAsync(request.RequestUri!.Host, cancellationToken);
        return await base.SendAsync(request, cancellationToken);
    }
}

namespace Syndicate.Fetching;

/// <summary>Applies <see cref="HostPoliteness"/> to every attempt of a source fetch (retries included).</summary>
public sealed class HostPolitenessHandler(HostPoliteness politeness) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // The turn lasts until the response's headers are in; the body is read under the caller's byte limit.
        using var turn = await politeness.WaitTurnAsync(request.RequestUri!.Host, cancellationToken);
        return await base.SendAsync(request, cancellationToken);
    }
}

using System.Net;
using Microsoft.Extensions.Options;

namespace Syndicate.Fetching;

/// <summary>
/// The only way source fetches open connections: the host is resolved once, every address it resolves
/// to must be public (unless private networks are allowed for the server or the request's source),
/// and the connection goes to exactly those checked addresses, so a second, rebinding DNS answer never
/// reaches a socket. Redirects connect through here too.
/// </summary>
public sealed class GuardedConnector(IHostNameResolver resolver, ISocketConnector connector, IOptionsMonitor<FetchOptions> options)
{
    /// <summary>Set on a request whose source may reach private networks.</summary>
    public static readonly HttpRequestOptionsKey<bool> AllowPrivateNetwork = new("syndicate.allow-private-network");

    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var allowPrivateNetwork = context.InitialRequestMessage.Options.TryGetValue(AllowPrivateNetwork, out var allow) && allow;
        var addresses = await AllowedAddressesAsync(context.DnsEndPoint.Host, allowPrivateNetwork, cancellationToken);
        return await connector.ConnectAsync(addresses, context.DnsEndPoint.Port, cancellationToken);
    }

    /// <summary>The addresses a connection to <paramref name="host"/> may go to; the admin API checks a new source's host with it too.</summary>
    /// <exception cref="FetchRefusedException">The host resolves to no address, or to a non-public one that is not allowed.</exception>
    public async Task<IPAddress[]> AllowedAddressesAsync(string host, bool allowPrivateNetwork, CancellationToken cancellationToken)
    {
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await resolver.ResolveAsync(host, cancellationToken);
        if (addresses.Length == 0)
        {
            throw new FetchRefusedException($"{host} resolves to no address.");
        }

        var allowed = options.CurrentValue.AllowPrivateNetworks || allowPrivateNetwork;
        if (!allowed && addresses.FirstOrDefault(a => !NetworkAddresses.IsPublic(a)) is { } refused)
        {
            throw new FetchRefusedException(
                $"{host} resolves to {refused}, which is not a public address; sources may reach private networks only when Syndicate:Fetch:AllowPrivateNetworks or the source's AllowPrivateNetwork is set.");
        }

        return addresses;
    }
}

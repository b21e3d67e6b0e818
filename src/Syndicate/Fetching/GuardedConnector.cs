using System.Net;

namespace Syndicate.Fetching;

/// <summary>
/// The only way outbound requests open connections: the host is resolved once, every address it resolves
/// to must be public (unless the connection's pool may reach private networks), and the connection goes to
/// exactly those checked addresses, so a second, rebinding DNS answer never reaches a socket.
/// </summary>
public sealed class GuardedConnector(IHostNameResolver resolver, ISocketConnector connector)
{
    public async ValueTask<Stream> ConnectAsync(DnsEndPoint endpoint, NetworkReach reach, CancellationToken cancellationToken)
    {
        var addresses = await AllowedAddressesAsync(endpoint.Host, reach, cancellationToken);
        return await connector.ConnectAsync(addresses, endpoint.Port, cancellationToken);
    }

    /// <summary>The addresses a connection to <paramref name="host"/> may go to; the admin API checks a new source's host with it too.</summary>
    /// <exception cref="FetchRefusedException">The host resolves to no address, or to a non-public one while only public ones may be reached.</exception>
    public async Task<IPAddress[]> AllowedAddressesAsync(string host, NetworkReach reach, CancellationToken cancellationToken)
    {
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await resolver.ResolveAsync(host, cancellationToken);
        if (addresses.Length == 0)
        {
            throw new FetchRefusedException($"{host} resolves to no address.");
        }

        if (reach == NetworkReach.PublicOnly && addresses.FirstOrDefault(a => !NetworkAddresses.IsPublic(a)) is { } refused)
        {
            throw new FetchRefusedException(
                $"{host} resolves to {refused}, which is not a public address; sources may reach private networks only when Syndicate:Fetch:AllowPrivateNetworks or the source's AllowPrivateNetwork is set.");
        }

        return addresses;
    }
}

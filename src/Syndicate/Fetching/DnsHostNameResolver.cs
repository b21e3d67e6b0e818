using System.Net;

namespace Syndicate.Fetching;

public sealed class DnsHostNameResolver : IHostNameResolver
{
    public Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken) =>
        Dns.GetHostAddressesAsync(host, cancellationToken);
}

using System.Net;

namespace Syndicate.Fetching;

/// <summary>Turns a host name into addresses; replaced in tests, so no test ever asks real DNS.</summary>
public interface IHostNameResolver
{
    Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken);
}

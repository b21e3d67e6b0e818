using System.Net;
using Syndicate.Fetching;

namespace Syndicate.Tests.Support;

/// <summary>Resolves only the names it is given (others to no address), so no test ever asks real DNS.</summary>
internal sealed class FakeHostNameResolver(Dictionary<string, IPAddress[]> names) : IHostNameResolver
{
    public Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken) =>
        Task.FromResult(names.TryGetValue(host, out var addresses) ? addresses : []);
}

namespace Syndicate.Fetching;

/// <summary>
/// The primary handler of every guarded client: one connection pool per <see cref="NetworkReach"/>, each opening
/// its connections through <see cref="GuardedConnector"/> with its own reach. A request goes to the pool its
/// <see cref="Reach"/> option names (public only when unset), so a request that may not reach private networks
/// is never sent over a pooled connection that one allowed to reach them opened to the same host and port.
/// Redirects are not followed here (see <see cref="RedirectGuard"/>).
/// </summary>
public sealed class GuardedConnectionPools : HttpMessageHandler
{
    /// <summary>Set on a request that may reach private networks; requests without it reach public addresses only.</summary>
    public static readonly HttpRequestOptionsKey<NetworkReach> Reach = new("syndicate.network-reach");

    private readonly HttpMessageInvoker _publicOnly;
    private readonly HttpMessageInvoker _privateAllowed;

    public GuardedConnectionPools(GuardedConnector connector)
    {
        _publicOnly = new HttpMessageInvoker(Pool(connector, NetworkReach.PublicOnly));
        _privateAllowed = new HttpMessageInvoker(Pool(connector, NetworkReach.PrivateAllowed));
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        (request.Options.TryGetValue(Reach, out var reach) && reach == NetworkReach.PrivateAllowed ? _privateAllowed : _publicOnly)
            .SendAsync(request, cancellationToken);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _publicOnly.Dispose();
            _privateAllowed.Dispose();
        }

        base.Dispose(disposing);
    }

    private static SocketsHttpHandler Pool(GuardedConnector connector, NetworkReach reach) => new()
    {
        ConnectCallback = (context, cancellationToken) => connector.ConnectAsync(context.DnsEndPoint, reach, cancellationToken),
        UseProxy = false,
        AllowAutoRedirect = false,
        AutomaticDecompression = System.Net.DecompressionMethods.All,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
    };
}

using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Syndicate.Tests.Support;

internal static class ListeningHost
{
    /// <summary>Starts the test host on a real loopback socket, a free port, for programs outside the process (a browser, a reader).</summary>
    /// <returns>Its address, "http://127.0.0.1:PORT".</returns>
    public static string Listen(this SyndicateHost host)
    {
        host.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        host.StartServer();
        return host.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
    }
}

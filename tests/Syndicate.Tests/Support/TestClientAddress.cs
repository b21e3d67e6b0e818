using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Syndicate.Tests.Support;

/// <summary>
/// Gives TestServer requests a client address, which TestServer leaves empty: the one in the
/// <see cref="Header"/> request header, else the host's default.
/// </summary>
internal sealed class TestClientAddress(IPAddress address) : IStartupFilter
{
    public const string Header = "X-Test-Client-Address";

    /// <summary>A documentation address (RFC 5737): outside every network the server allows by default.</summary>
    public const string Outside = "203.0.113.9";

    /// <summary>For <see cref="SyndicateHost"/>'s services: every request comes from <paramref name="address"/> unless it says otherwise.</summary>
    public static Action<IServiceCollection> Is(string address) =>
        services => services.AddSingleton<IStartupFilter>(new TestClientAddress(IPAddress.Parse(address)));

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            context.Connection.RemoteIpAddress = context.Request.Headers[Header] is [{ } given] ? IPAddress.Parse(given) : address;
            return nextMiddleware(context);
        });
        next(app);
    };
}

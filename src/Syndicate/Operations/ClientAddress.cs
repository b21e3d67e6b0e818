using System.Net;

namespace Syndicate.Operations;

public static class ClientAddress
{
    /// <summary>The client's address, IPv4-mapped IPv6 addresses (::ffff:10.0.0.1) as plain IPv4; null when the transport has none.</summary>
    public static IPAddress? Of(HttpContext context) =>
        context.Connection.RemoteIpAddress is { IsIPv4MappedToIPv6: true } mapped ? mapped.MapToIPv4() : context.Connection.RemoteIpAddress;
}

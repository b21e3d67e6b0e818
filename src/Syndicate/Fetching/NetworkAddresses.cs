using System.Net;
using System.Net.Sockets;

namespace Syndicate.Fetching;

/// <summary>Which addresses are on the public internet, as opposed to this host, a private network or a reserved range.</summary>
public static class NetworkAddresses
{
    private static readonly (IPAddress Network, int Prefix)[] NonPublic =
    [
        (IPAddress.Parse("0.0.0.0"), 8),        // "this" network
        (IPAddress.Parse("10.0.0.0"), 8),       // private
        (IPAddress.Parse("100.64.0.0"), 10),    // carrier-grade NAT
        (IPAddress.Parse("127.0.0.0"), 8),      // loopback
        (IPAddress.Parse("169.254.0.0"), 16),   // link-local, cloud metadata
        (IPAddress.Parse("172.16.0.0"), 12),    // private
        (IPAddress.Parse("192.0.0.0"), 24),     // protocol assignments
        (IPAddress.Parse("192.0.2.0"), 24),     // documentation
        (IPAddress.Parse("192.168.0.0"), 16),   // private
        (IPAddress.Parse("198.18.0.0"), 15),    // benchmarking
        (IPAddress.Parse("198.51.100.0"), 24),  // documentation
        (IPAddress.Parse("203.0.113.0"), 24),   // documentation
        (IPAddress.Parse("224.0.0.0"), 4),      // multicast
        (IPAddress.Parse("240.0.0.0"), 4),      // reserved, broadcast
        (IPAddress.Parse("::"), 128),           // unspecified
        (IPAddress.Parse("::1"), 128),          // loopback
        (IPAddress.Parse("100::"), 64),         // discard
        (IPAddress.Parse("2001:db8::"), 32),    // documentation
        (IPAddress.Parse("fc00::"), 7),         // unique local
        (IPAddress.Parse("fe80::"), 10),        // link-local
        (IPAddress.Parse("fec0::"), 10),        // site-local
        (IPAddress.Parse("ff00::"), 8),         // multicast
    ];

    private static readonly (IPAddress Network, int Prefix)[] EmbeddingIPv4 =
    [
        (IPAddress.Parse("64:ff9b::"), 96),     // NAT64
        (IPAddress.Parse("::"), 96),            // IPv4-compatible
    ];

    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            return IsPublic(address.MapToIPv4());
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6 && EmbeddingIPv4.Any(r => InRange(address, r)))
        {
            var bytes = address.GetAddressBytes();
            return IsPublic(new IPAddress(bytes.AsSpan(12, 4)));
        }

        return !NonPublic.Any(range => InRange(address, range));
    }

    private static bool InRange(IPAddress address, (IPAddress Network, int Prefix) range)
    {
        if (address.AddressFamily != range.Network.AddressFamily)
        {
            return false;
        }

        var bytes = address.GetAddressBytes();
        var network = range.Network.GetAddressBytes();
        var full = range.Prefix / 8;
        if (!bytes.AsSpan(0, full).SequenceEqual(network.AsSpan(0, full)))
        {
            return false;
        }

        var rest = range.Prefix % 8;
        return rest == 0 || (bytes[full] >> (8 - rest)) == (network[full] >> (8 - rest));
    }
}

using System.Net;
using System.Net.Sockets;

namespace Syndicate.Fetching;

/// <summary>Opens the connection to addresses already checked; replaced in tests that must never connect.</summary>
public interface ISocketConnector
{
    ValueTask<Stream> ConnectAsync(IPAddress[] addresses, int port, CancellationToken cancellationToken);
}

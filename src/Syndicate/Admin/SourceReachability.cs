using System.Net.Sockets;
using Microsoft.Extensions.Options;
using Syndicate.Fetching;
using Syndicate.Sources;

namespace Syndicate.Admin;

/// <summary>
/// Checks at the door, before a source is saved, that its page can be reached the way a fetch will reach it: an
/// http(s) host must resolve to addresses the SSRF guard allows for this source (the guard's own check, with its
/// reason), and a file must exist under <c>Syndicate:Fetch:FileRoot</c>. Nothing is fetched here.
/// </summary>
public sealed class SourceReachability(GuardedConnector guard, PageFetcher fetcher, IOptionsMonitor<FetchOptions> options)
{
    /// <summary>Why the source's page cannot be reached, as a sentence about its url; null when it can.</summary>
    public async Task<string?> ProblemAsync(SourceDefinition source, CancellationToken cancellationToken)
    {
        if (Uri.TryCreate(source.Url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            return await HostProblemAsync(uri, source.AllowPrivateNetwork, cancellationToken);
        }

        try
        {
            var path = fetcher.ResolveFile(source.Url);
            return File.Exists(path) ? null : $"The file {path} does not exist.";
        }
        catch (FetchRefusedException refused)
        {
            return refused.Message;
        }
    }

    private async Task<string?> HostProblemAsync(Uri uri, bool allowPrivateNetwork, CancellationToken cancellationToken)
    {
        var host = uri.HostNameType == UriHostNameType.IPv6 ? uri.Host.Trim('[', ']') : uri.IdnHost;
        var limit = options.CurrentValue.AttemptTimeout;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(limit);
        try
        {
            await guard.AllowedAddressesAsync(host, options.CurrentValue.ReachFor(allowPrivateNetwork), timeout.Token);
            return null;
        }
        catch (FetchRefusedException refused)
        {
            return refused.Message;
        }
        catch (SocketException e)
        {
            return $"{host} does not resolve: {e.Message}.";
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return $"{host} did not resolve within {limit} (Syndicate:Fetch:AttemptTimeout).";
        }
    }
}

using System.Text;
using Microsoft.Extensions.Options;
using Syndicate.Fetching;

namespace Syndicate.Push;

/// <summary>
/// Requests to subscribers' callbacks: through the same address guard as sources (public addresses only unless
/// <see cref="WebSubOptions.AllowPrivateNetwork"/>), redirects not followed, each within
/// <see cref="WebSubOptions.CallbackTimeout"/>, at most <see cref="WebSubOptions.MaxResponseBytes"/> of an answer read,
/// and at most <see cref="WebSubOptions.MaxConcurrentRequests"/> at once. Never throws but for cancellation.
/// </summary>
public sealed class CallbackClient(IHttpClientFactory clients, IOptions<WebSubOptions> options) : IDisposable
{
    public const string HttpClientName = "websub";

    private readonly SemaphoreSlim _slots = new(options.Value.MaxConcurrentRequests);

    /// <summary>A GET to the callback with <paramref name="parameters"/> added to its own query (verification of intent, denial).</summary>
    public Task<CallbackAnswer> GetAsync(Uri callback, IReadOnlyList<KeyValuePair<string, string>> parameters, CancellationToken cancellationToken)
    {
        var query = string.Join('&', parameters.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}"));
        var separator = callback.Query.Length > 0 ? "&" : "?";
        return SendAsync(new HttpRequestMessage(HttpMethod.Get, new Uri(callback.AbsoluteUri + separator + query)), cancellationToken);
    }

    /// <summary>A content distribution: the topic's document as the body, with its content type, Link headers and signature.</summary>
    public Task<CallbackAnswer> PostAsync(Uri callback, byte[] body, string contentType, string links, string? signature, CancellationToken cancellationToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, callback) { Content = new ByteArrayContent(body) };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        request.Headers.TryAddWithoutValidation("Link", links);
        if (signature is not null)
        {
            request.Headers.TryAddWithoutValidation(DistributionSignature.Header, signature);
        }

        return SendAsync(request, cancellationToken);
    }

    public void Dispose() => _slots.Dispose();

    private async Task<CallbackAnswer> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        request.Options.Set(GuardedConnectionPools.Reach, settings.AllowPrivateNetwork ? NetworkReach.PrivateAllowed : NetworkReach.PublicOnly);
        await _slots.WaitAsync(cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.CallbackTimeout);
        try
        {
            using (request)
            using (var response = await clients.CreateClient(HttpClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token))
            {
                using var buffer = new MemoryStream();
                await using var body = await response.Content.ReadAsStreamAsync(timeout.Token);
                await BoundedRead.CopyAsync(body, buffer, settings.MaxResponseBytes, timeout.Token);
                return new CallbackAnswer((int)response.StatusCode, Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length), null);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new CallbackAnswer(null, "", $"no answer within {settings.CallbackTimeout}");
        }
        catch (HttpRequestException e)
        {
            return new CallbackAnswer(null, "", e.InnerException is FetchRefusedException refused ? refused.Message : e.Message);
        }
        catch (FetchRefusedException e)
        {
            return new CallbackAnswer(null, "", e.Message);
        }
        finally
        {
            _slots.Release();
        }
    }
}

namespace Syndicate.Fetching;

/// <summary>
/// Reads a response's body, up to the request's <see cref="MaxBytes"/> + 1 bytes, inside the attempt that
/// fetched it, so a connection lost mid-body fails that attempt as a transient error the retry policy sees
/// (idempotent requests only) and the attempt timeout covers a body that trickles. Requests without the
/// option pass through unread.
/// </summary>
public sealed class ResponseBodyReader : DelegatingHandler
{
    /// <summary>The most bytes of a body a caller wants; one more is read, so the caller can tell a page over the limit.</summary>
    public static readonly HttpRequestOptionsKey<int> MaxBytes = new("syndicate.max-bytes");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (!request.Options.TryGetValue(MaxBytes, out var maxBytes))
        {
            return response;
        }

        var original = response.Content;
        using var buffer = new MemoryStream();
        try
        {
            await using var body = await original.ReadAsStreamAsync(cancellationToken);
            await BoundedRead.CopyAsync(body, buffer, maxBytes + 1L, cancellationToken);
        }
        catch (IOException e)
        {
            response.Dispose();
            throw new HttpRequestException(
                HttpRequestError.ResponseEnded, $"The connection was lost after {buffer.Length:N0} bytes of the body of {request.RequestUri}: {e.Message}", e);
        }

        var content = new ByteArrayContent(buffer.ToArray());
        foreach (var header in original.Headers.Where(h => !h.Key.Equals("Content-Length", StringComparison.OrdinalIgnoreCase)))
        {
            content.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        response.Content = content;
        original.Dispose();
        return response;
    }
}

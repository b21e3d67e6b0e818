using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Options;
using Syndicate.Core.Time;

namespace Syndicate.Fetching;

/// <summary>Reads a page over HTTP or from a file, with its reference time, never more than a byte limit.</summary>
/// <param name="contentRoot">The folder relative file paths start from (the repository root).</param>
/// <param name="fileRoot">File sources must lie below this folder.</param>
public sealed class PageFetcher(IHttpClientFactory httpClients, TimeProvider clock, IOptionsMonitor<FetchOptions> options, string contentRoot, string fileRoot)
{
    public const string HttpClientName = "sources";

    private readonly string _fileRoot = WithTrailingSeparator(Path.GetFullPath(fileRoot, contentRoot));

    /// <summary>Reads a page: the bytes beyond the request's MaxBytes + 1 are never read, so the reader can refuse the page.</summary>
    /// <exception cref="FetchRefusedException">A non-public address, a redirect to anything but http(s), or a file outside the allowed folder.</exception>
    /// <exception cref="RedirectFailedException">A redirect loop, or more redirects than allowed.</exception>
    /// <exception cref="SourceThrottledException">The server answered 429 or 503.</exception>
    /// <exception cref="HttpRequestException">The server could not be reached or answered another error status.</exception>
    /// <exception cref="IOException">The file could not be read.</exception>
    public async Task<FetchedPage> FetchAsync(FetchRequest request, CancellationToken cancellationToken)
    {
        if (Uri.TryCreate(request.Url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            try
            {
                return await FetchHttpAsync(uri, request, cancellationToken);
            }
            catch (HttpRequestException e) when (e.InnerException is FetchRefusedException refused)
            {
                throw refused;
            }
        }

        return await ReadFileAsync(ResolveFile(request.Url), request, cancellationToken);
    }

    /// <summary>The absolute path of a file source: relative paths are from the content root; nothing outside the file root.</summary>
    /// <exception cref="FetchRefusedException">The path leads outside the file root.</exception>
    public string ResolveFile(string url)
    {
        var isFileUri = Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.IsFile;
        if (!isFileUri && url.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            throw new FetchRefusedException($"'{url}' is neither a file path nor an absolute file: URL (file:///path); file sources must lie below Syndicate:Fetch:FileRoot.");
        }

        var path = isFileUri ? uri!.LocalPath : Path.GetFullPath(url, contentRoot);
        return path.StartsWith(_fileRoot, StringComparison.Ordinal)
            ? path
            : throw new FetchRefusedException($"The file {url} is outside {_fileRoot}; file sources must lie below Syndicate:Fetch:FileRoot.");
    }

    private static string WithTrailingSeparator(string folder) =>
        folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar;

    private async Task<FetchedPage> FetchHttpAsync(Uri uri, FetchRequest request, CancellationToken cancellationToken)
    {
        using var message = new HttpRequestMessage(HttpMethod.Get, uri);
        var reach = options.CurrentValue.ReachFor(request.AllowPrivateNetwork);
        message.Options.Set(GuardedConnectionPools.Reach, reach);
        message.Options.Set(ResponseBodyReader.MaxBytes, request.MaxBytes);
        if (request.ETag is { } etag && EntityTagHeaderValue.TryParse(etag, out var tag))
        {
            message.Headers.IfNoneMatch.Add(tag);
        }

        message.Headers.IfModifiedSince = request.LastModified;
        using var response = await httpClients.CreateClient(HttpClientName).SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        var received = clock.GetUtcNow();
        var finalUrl = response.RequestMessage?.RequestUri ?? uri;
        if (response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable)
        {
            throw new SourceThrottledException((int)response.StatusCode, RetryAfter(response.Headers.RetryAfter, received));
        }

        var reference = ReferenceTime.Choose(response.Headers.Date, response.Headers.Age, received);
        var precision = ReferenceTime.PrecisionOf(response.Headers.Date, received);
        if (response.StatusCode == HttpStatusCode.NotModified)
        {
            return new FetchedPage(finalUrl, [], null, reference, NotModified: true)
            {
                ReferencePrecision = precision,
                Status = 304,
                ETag = request.ETag,
                LastModified = request.LastModified,
            };
        }

        response.EnsureSuccessStatusCode();
        // The body was read within the attempt, up to MaxBytes + 1 (ResponseBodyReader).
        var content = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        return new FetchedPage(finalUrl, content, response.Content.Headers.ContentType?.ToString(), reference)
        {
            ReferencePrecision = precision,
            Status = (int)response.StatusCode,
            ETag = response.Headers.ETag?.ToString(),
            LastModified = response.Content.Headers.LastModified,
        };
    }

    private static TimeSpan? RetryAfter(RetryConditionHeaderValue? header, DateTimeOffset now) => header switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date > now ? date - now : TimeSpan.Zero,
        _ => null,
    };

    /// <summary>
    /// Reads a file source. Its ages are relative to its modification time (it has no Date header), and a file not
    /// modified since the last read (the request's <see cref="FetchRequest.LastModified"/>) is not read again: like a 304.
    /// </summary>
    private async Task<FetchedPage> ReadFileAsync(string path, FetchRequest request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var written = new DateTimeOffset(File.GetLastWriteTimeUtc(path), TimeSpan.Zero);
        var modified = written < now ? written : now;
        var fileUrl = new Uri(path);
        if (modified.ToUnixTimeMilliseconds() == request.LastModified?.ToUnixTimeMilliseconds())
        {
            return new FetchedPage(fileUrl, [], null, modified, NotModified: true) { LastModified = request.LastModified };
        }

        using var buffer = new MemoryStream();
        await using (var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 16384, FileOptions.Asynchronous))
        {
            await BoundedRead.CopyAsync(file, buffer, request.MaxBytes + 1L, cancellationToken);
        }

        var contentType = Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".html" or ".htm" => "text/html",
            ".txt" => "text/plain",
            _ => null,
        };
        return new FetchedPage(fileUrl, buffer.ToArray(), contentType, modified) { LastModified = modified };
    }
}

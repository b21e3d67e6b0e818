using Syndicate.Core.Time;

namespace Syndicate.Sources;

/// <summary>Reads a page over HTTP or from a file, with its reference time, never more than a byte limit.</summary>
/// <param name="contentRoot">The folder relative file paths start from (the repository root).</param>
public sealed class PageFetcher(IHttpClientFactory httpClients, TimeProvider clock, string contentRoot)
{
    public const string HttpClientName = "sources";

    /// <summary>Reads <paramref name="url"/>: the bytes beyond <paramref name="maxBytes"/> + 1 are never read, so the reader can refuse the page.</summary>
    /// <exception cref="HttpRequestException">The server could not be reached or answered an error status.</exception>
    /// <exception cref="IOException">The file could not be read.</exception>
    public async Task<FetchedPage> FetchAsync(string url, int maxBytes, CancellationToken cancellationToken)
    {
        if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            return await FetchHttpAsync(uri, maxBytes, cancellationToken);
        }

        return await ReadFileAsync(ResolveFile(url), maxBytes, cancellationToken);
    }

    /// <summary>The absolute path of a file source: relative paths are from the content root.</summary>
    public string ResolveFile(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.IsFile
            ? uri.LocalPath
            : Path.GetFullPath(url, contentRoot);

    private async Task<FetchedPage> FetchHttpAsync(Uri uri, int maxBytes, CancellationToken cancellationToken)
    {
        var client = httpClients.CreateClient(HttpClientName);
        using var response = await client.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        response.EnsureSuccessStatusCode();
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        var content = await ReadAtMostAsync(body, maxBytes + 1, cancellationToken);
        return new FetchedPage(
            response.RequestMessage?.RequestUri ?? uri,
            content,
            response.Content.Headers.ContentType?.ToString(),
            ReferenceTime.Choose(response.Headers.Date, clock.GetUtcNow()));
    }

    private async Task<FetchedPage> ReadFileAsync(string path, int maxBytes, CancellationToken cancellationToken)
    {
        byte[] content;
        await using (var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 16384, FileOptions.Asynchronous))
        {
            content = await ReadAtMostAsync(file, maxBytes + 1, cancellationToken);
        }

        var now = clock.GetUtcNow();
        var modified = new DateTimeOffset(File.GetLastWriteTimeUtc(path), TimeSpan.Zero);
        var contentType = Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".html" or ".htm" => "text/html",
            ".txt" => "text/plain",
            _ => null,
        };
        return new FetchedPage(new Uri(path), content, contentType, modified < now ? modified : now);
    }

    private static async Task<byte[]> ReadAtMostAsync(Stream stream, int limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while (buffer.Length < limit
               && (read = await stream.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, limit - buffer.Length)), cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}

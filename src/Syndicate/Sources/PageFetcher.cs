using Syndicate.Core.Time;

namespace Syndicate.Sources;

/// <summary>Reads a source's page over HTTP or from a file, with its reference time.</summary>
public sealed class PageFetcher(IHttpClientFactory httpClients, TimeProvider clock, IHostEnvironment environment)
{
    public const string HttpClientName = "sources";

    public async Task<FetchedPage> FetchAsync(SourceDefinition source, CancellationToken cancellationToken)
    {
        if (Uri.TryCreate(source.Url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            return await FetchHttpAsync(uri, cancellationToken);
        }

        return await ReadFileAsync(ResolveFile(source.Url), cancellationToken);
    }

    /// <summary>The absolute path of a file source: relative paths are from the content root.</summary>
    public string ResolveFile(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.IsFile
            ? uri.LocalPath
            : Path.GetFullPath(url, environment.ContentRootPath);

    private async Task<FetchedPage> FetchHttpAsync(Uri uri, CancellationToken cancellationToken)
    {
        var client = httpClients.CreateClient(HttpClientName);
        using var response = await client.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        response.EnsureSuccessStatusCode();
        var content = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        return new FetchedPage(
            response.RequestMessage?.RequestUri ?? uri,
            content,
            response.Content.Headers.ContentType?.ToString(),
            ReferenceTime.Choose(response.Headers.Date, clock.GetUtcNow()),
            (int)response.StatusCode);
    }

    private async Task<FetchedPage> ReadFileAsync(string path, CancellationToken cancellationToken)
    {
        var content = await File.ReadAllBytesAsync(path, cancellationToken);
        var now = clock.GetUtcNow();
        var modified = new DateTimeOffset(File.GetLastWriteTimeUtc(path), TimeSpan.Zero);
        var contentType = Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".html" or ".htm" => "text/html",
            _ => "text/plain",
        };
        return new FetchedPage(new Uri(path), content, contentType, modified < now ? modified : now, HttpStatus: null);
    }
}

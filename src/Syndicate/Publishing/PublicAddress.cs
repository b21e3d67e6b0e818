namespace Syndicate.Publishing;

/// <summary>
/// The URL feeds are served under when <c>Syndicate:PublicBaseUrl</c> is not set: the first address the server
/// listens on, read the way Kestrel reads it (<c>urls</c>: ASPNETCORE_URLS, <c>--urls</c>; else <c>http_ports</c> and
/// <c>https_ports</c>: ASPNETCORE_HTTP_PORTS, ASPNETCORE_HTTPS_PORTS; else Kestrel's own default), a wildcard host
/// (<c>*</c>, <c>+</c>, <c>0.0.0.0</c>, <c>[::]</c>) read as localhost.
/// </summary>
public static class PublicAddress
{
    public const string KestrelDefault = "http://localhost:5000/";

    public static string BaseUrl(PublishingOptions options, IConfiguration configuration) =>
        string.IsNullOrWhiteSpace(options.PublicBaseUrl) ? FirstListening(configuration) : options.PublicBaseUrl;

    private static string FirstListening(IConfiguration configuration)
    {
        var address = First(configuration["urls"])
            ?? (First(configuration["http_ports"]) is { } http ? $"http://localhost:{http}" : null)
            ?? (First(configuration["https_ports"]) is { } https ? $"https://localhost:{https}" : null);
        if (address is null)
        {
            return KestrelDefault;
        }

        // Kestrel's wildcard hosts are not URLs Uri reads; a browser on the machine reaches them as localhost.
        var scheme = address.IndexOf("://", StringComparison.Ordinal);
        var rest = scheme < 0 ? address : address[(scheme + 3)..];
        foreach (var wildcard in (string[])["*", "+", "0.0.0.0", "[::]"])
        {
            if (rest.StartsWith(wildcard, StringComparison.Ordinal) && (rest.Length == wildcard.Length || rest[wildcard.Length] is ':' or '/'))
            {
                address = address[..(scheme < 0 ? 0 : scheme + 3)] + "localhost" + rest[wildcard.Length..];
                break;
            }
        }

        return Uri.TryCreate(address, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? new Uri(uri, "/").AbsoluteUri
            : KestrelDefault;
    }

    private static string? First(string? list) =>
        list?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
}

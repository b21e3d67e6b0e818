using System.Globalization;
using Microsoft.Extensions.Primitives;
using Syndicate.Publishing;

namespace Syndicate.Api;

/// <summary>
/// Sends a precompressed document: the representation Accept-Encoding prefers, with precomputed header
/// values; 304 without a body when If-None-Match names any of its representations (or, without
/// If-None-Match, when If-Modified-Since is not older); headers only for HEAD.
/// </summary>
public sealed class PrecompressedResult(PrecompressedDocument document) : IResult
{
    private static readonly StringValues VaryAcceptEncoding = "Accept-Encoding";

    public PrecompressedDocument Document => document;

    public Task ExecuteAsync(HttpContext httpContext) => WriteAsync(httpContext, document);

    public static Task WriteAsync(HttpContext httpContext, PrecompressedDocument document)
    {
        var request = httpContext.Request;
        var response = httpContext.Response;
        var representation = document.In(AcceptEncoding.Choose(request.Headers.AcceptEncoding));
        var headers = response.Headers;
        headers.ETag = representation.ETag;
        headers.LastModified = document.LastModifiedValue;
        headers.CacheControl = document.CacheControl;
        headers.Vary = VaryAcceptEncoding;
        if (IsNotModified(request.Headers, document))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }

        headers.ContentType = document.ContentType;
        if (representation.Coding != ContentCoding.Identity)
        {
            headers.ContentEncoding = representation.ContentEncoding;
        }

        response.ContentLength = representation.Content.Length;
        return HttpMethods.IsHead(request.Method) ? Task.CompletedTask : response.Body.WriteAsync(representation.Content).AsTask();
    }

    private static bool IsNotModified(IHeaderDictionary requestHeaders, PrecompressedDocument document)
    {
        var ifNoneMatch = requestHeaders.IfNoneMatch;
        if (!StringValues.IsNullOrEmpty(ifNoneMatch))
        {
            foreach (var value in ifNoneMatch)
            {
                var tags = value.AsSpan();
                foreach (var range in tags.Split(','))
                {
                    var tag = tags[range].Trim();
                    // If-None-Match compares weakly (RFC 9110 §13.1.2): W/"x" matches "x".
                    if (tag.SequenceEqual("*") || document.HasEntityTag(tag.StartsWith("W/", StringComparison.Ordinal) ? tag[2..] : tag))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        var ifModifiedSince = requestHeaders.IfModifiedSince;
        return !StringValues.IsNullOrEmpty(ifModifiedSince)
            && DateTimeOffset.TryParseExact(ifModifiedSince.ToString(), "r", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out var since)
            && document.LastModified <= since;
    }
}

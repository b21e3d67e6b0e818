using Microsoft.AspNetCore.Http.Headers;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;
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
        var requestHeaders = request.GetTypedHeaders();
        var representation = document.In(AcceptEncoding.Choose(requestHeaders.AcceptEncoding));
        var headers = response.Headers;
        headers.ETag = representation.ETag;
        headers.LastModified = document.LastModifiedValue;
        headers.CacheControl = document.CacheControl;
        headers.Vary = VaryAcceptEncoding;
        if (!StringValues.IsNullOrEmpty(document.Link))
        {
            headers.Link = document.Link;
        }

        if (IsNotModified(request.Headers, requestHeaders, document))
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

    /// <summary>If-None-Match compares weakly (RFC 9110 §13.1.2) against every representation; without it, If-Modified-Since decides.</summary>
    private static bool IsNotModified(IHeaderDictionary raw, RequestHeaders typed, PrecompressedDocument document)
    {
        if (!StringValues.IsNullOrEmpty(raw.IfNoneMatch))
        {
            foreach (var tag in typed.IfNoneMatch)
            {
                if (tag.Tag.Equals("*", StringComparison.Ordinal) || document.HasEntityTag(tag.Tag.AsSpan()))
                {
                    return true;
                }
            }

            return false;
        }

        return !StringValues.IsNullOrEmpty(raw.IfModifiedSince) && typed.IfModifiedSince is { } since && document.LastModified <= since;
    }
}

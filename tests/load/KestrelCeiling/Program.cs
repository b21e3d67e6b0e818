using Microsoft.Extensions.Primitives;

// Serves one document from memory for every path, the way Syndicate serves a feed but with nothing else:
// the identity bytes or, for "Accept-Encoding: gzip", the gzip bytes; 304 when If-None-Match is the ETag.
// Usage: KestrelCeiling <identity file> <gzip file> <etag> <content type>  (Urls from the environment)
if (args.Length != 4)
{
    Console.Error.WriteLine("usage: KestrelCeiling <identity file> <gzip file> <etag> <content type>");
    return 2;
}

var identity = File.ReadAllBytes(args[0]);
var gzip = File.ReadAllBytes(args[1]);
StringValues identityTag = args[2];
StringValues gzipTag = $"{args[2].TrimEnd('"')}-gz\"";
StringValues contentType = args[3];
StringValues gzipCoding = "gzip";
StringValues vary = "Accept-Encoding";

var builder = WebApplication.CreateSlimBuilder();
builder.Logging.ClearProviders();
var app = builder.Build();
app.Run(context =>
{
    var request = context.Request.Headers;
    var response = context.Response;
    var useGzip = request.AcceptEncoding.ToString().Contains("gzip", StringComparison.OrdinalIgnoreCase);
    response.Headers.ETag = useGzip ? gzipTag : identityTag;
    response.Headers.Vary = vary;
    if (request.IfNoneMatch == identityTag)
    {
        response.StatusCode = StatusCodes.Status304NotModified;
        return Task.CompletedTask;
    }

    var body = useGzip ? gzip : identity;
    response.Headers.ContentType = contentType;
    if (useGzip)
    {
        response.Headers.ContentEncoding = gzipCoding;
    }

    response.ContentLength = body.Length;
    return response.Body.WriteAsync(body).AsTask();
});
app.Run();
return 0;

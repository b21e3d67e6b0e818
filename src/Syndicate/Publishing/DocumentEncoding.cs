using Microsoft.Extensions.Primitives;

namespace Syndicate.Publishing;

/// <summary>One representation of a document: its bytes in one content coding and the header values that go with them.</summary>
/// <param name="ETag">The representation's strong entity tag, quoted: the identity tag, suffixed per coding.</param>
/// <param name="ContentEncoding">The Content-Encoding header value; empty for identity.</param>
public sealed record DocumentEncoding(ContentCoding Coding, byte[] Content, StringValues ETag, StringValues ContentEncoding);

using Microsoft.Net.Http.Headers;
using Syndicate.Publishing;

namespace Syndicate.Api;

/// <summary>
/// Picks the content coding for a response from the parsed Accept-Encoding header (RFC 9110 §12.5.3): the highest
/// q-value among br, gzip and identity; on a tie br before gzip before identity. "*" stands for any coding the
/// header does not name; identity is acceptable unless refused by name or by "*;q=0", and is the answer when
/// nothing is acceptable.
/// </summary>
public static class AcceptEncoding
{
    public static ContentCoding Choose(IList<StringWithQualityHeaderValue> header)
    {
        double brotli = -1, gzip = -1, identity = -1, any = -1;
        foreach (var element in header)
        {
            var quality = element.Quality ?? 1;
            var coding = element.Value.AsSpan();
            if (coding.Equals("br", StringComparison.OrdinalIgnoreCase))
            {
                brotli = quality;
            }
            else if (coding.Equals("gzip", StringComparison.OrdinalIgnoreCase) || coding.Equals("x-gzip", StringComparison.OrdinalIgnoreCase))
            {
                gzip = quality;
            }
            else if (coding.Equals("identity", StringComparison.OrdinalIgnoreCase))
            {
                identity = quality;
            }
            else if (coding.SequenceEqual("*"))
            {
                any = quality;
            }
        }

        brotli = brotli >= 0 ? brotli : Math.Max(any, 0);
        gzip = gzip >= 0 ? gzip : Math.Max(any, 0);
        // Identity is always acceptable unless refused; ranked below anything the client names with the same q.
        identity = identity >= 0 ? identity : any == 0 ? 0 : 0.001;
        if (brotli > 0 && brotli >= gzip && brotli >= identity)
        {
            return ContentCoding.Brotli;
        }

        return gzip > 0 && gzip >= identity ? ContentCoding.Gzip : ContentCoding.Identity;
    }
}

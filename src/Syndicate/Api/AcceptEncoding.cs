using System.Globalization;
using Microsoft.Extensions.Primitives;
using Syndicate.Publishing;

namespace Syndicate.Api;

/// <summary>
/// Picks the content coding for a response from the Accept-Encoding header (RFC 9110 §12.5.3): the highest
/// q-value among br, gzip and identity; on a tie br before gzip before identity. "*" stands for any coding
/// the header does not name; identity is acceptable unless refused by name or by "*;q=0", and is the answer
/// when nothing is acceptable.
/// </summary>
public static class AcceptEncoding
{
    public static ContentCoding Choose(StringValues header)
    {
        float brotli = -1, gzip = -1, identity = -1, any = -1;
        foreach (var value in header)
        {
            var rest = value.AsSpan();
            while (!rest.IsEmpty)
            {
                var comma = rest.IndexOf(',');
                var element = (comma < 0 ? rest : rest[..comma]).Trim();
                rest = comma < 0 ? [] : rest[(comma + 1)..];
                var semicolon = element.IndexOf(';');
                var coding = (semicolon < 0 ? element : element[..semicolon]).Trim();
                var quality = semicolon < 0 ? 1 : Quality(element[(semicolon + 1)..]);
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
        }

        brotli = brotli >= 0 ? brotli : Math.Max(any, 0);
        gzip = gzip >= 0 ? gzip : Math.Max(any, 0);
        // Identity is always acceptable unless refused; ranked below anything the client names with the same q.
        identity = identity >= 0 ? identity : any == 0 ? 0 : 0.001f;
        if (brotli > 0 && brotli >= gzip && brotli >= identity)
        {
            return ContentCoding.Brotli;
        }

        return gzip > 0 && gzip >= identity ? ContentCoding.Gzip : ContentCoding.Identity;
    }

    /// <summary>The q parameter of an element's parameters ("q=0.8"); 1 when absent, 0 when malformed.</summary>
    private static float Quality(ReadOnlySpan<char> parameters)
    {
        foreach (var range in parameters.Split(';'))
        {
            var parameter = parameters[range].Trim();
            if (parameter.StartsWith("q=", StringComparison.OrdinalIgnoreCase))
            {
                return float.TryParse(parameter[2..], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var q) && q is >= 0 and <= 1 ? q : 0;
            }
        }

        return 1;
    }
}

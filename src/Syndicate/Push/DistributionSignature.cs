using System.Security.Cryptography;
using System.Text;

namespace Syndicate.Push;

/// <summary>The <c>X-Hub-Signature</c> of a content distribution (W3C WebSub §7.1): <c>sha256=</c> and the lower-case hex HMAC-SHA256 of the body with the subscriber's secret.</summary>
public static class DistributionSignature
{
    public const string Header = "X-Hub-Signature";

    public static string Of(string secret, ReadOnlySpan<byte> body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));
}

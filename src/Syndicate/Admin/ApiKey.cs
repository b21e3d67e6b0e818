using System.Security.Cryptography;
using System.Text;

namespace Syndicate.Admin;

/// <summary>Reads the key a request presents and compares it with the configured one in constant time.</summary>
public static class ApiKey
{
    public const string HeaderName = "X-Api-Key";

    /// <summary>The key from <c>X-Api-Key</c>, else from <c>Authorization: Bearer</c>; null when neither is there.</summary>
    public static string? Presented(HttpRequest request)
    {
        if (request.Headers[HeaderName] is [{ Length: > 0 } key])
        {
            return key;
        }

        return request.Headers.Authorization is [{ } authorization]
               && authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? authorization["Bearer ".Length..].Trim()
            : null;
    }

    /// <summary>
    /// Compares hashes rather than the keys, so the time taken says nothing about the key's length or
    /// how much of it matched.
    /// </summary>
    public static bool Matches(string? presented, string expected) =>
        presented is not null
        && CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(presented)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
}

using System.Security.Cryptography;
using System.Text;
using Syndicate.Core.Places;
using Syndicate.Core.Wire;

namespace Syndicate.Core.Items;

/// <summary>
/// The stable id of a wire item: the same item seen on ten polls, or on two pages, has one id.
/// It is derived from the dateline place and the opening of the body, letters and digits only,
/// so layout, case, accents and a changed headline or age do not change it.
/// </summary>
public static class ItemIdentity
{
    private const int BodyPrefixLetters = 160;

    public static string Of(WireItem item)
    {
        var key = new StringBuilder();
        AppendFolded(key, item.Place ?? "", int.MaxValue);
        key.Append('|');
        AppendFolded(key, item.Body, BodyPrefixLetters);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key.ToString()));
        return Convert.ToHexStringLower(hash, 0, 10);
    }

    /// <summary>Appends at most <paramref name="limit"/> letters and digits of <paramref name="text"/>, folded as place keys are.</summary>
    private static void AppendFolded(StringBuilder key, string text, int limit)
    {
        var start = key.Length;
        foreach (var c in text)
        {
            if (key.Length - start >= limit)
            {
                return;
            }

            key.Append(PlaceKey.Fold(c));
        }
    }
}

using System.Globalization;
using System.Text;

namespace Syndicate.Core.Items;

/// <summary>Letters without case or accents, so "Høiby", "HOIBY" and "Hoiby" compare equal.</summary>
public static class LetterFolding
{
    /// <summary>Appends the lower-case base letters and digits of <paramref name="text"/>, at most <paramref name="limit"/>.</summary>
    public static void AppendFolded(StringBuilder target, string text, int limit = int.MaxValue)
    {
        var taken = 0;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (taken >= limit)
            {
                return;
            }

            if (!char.IsLetterOrDigit(c))
            {
                continue;
            }

            var folded = char.ToLowerInvariant(c) switch
            {
                'ø' => "o",
                'ł' => "l",
                'æ' => "ae",
                'œ' => "oe",
                'ß' => "ss",
                'đ' or 'ð' => "d",
                'ı' => "i",
                'þ' => "th",
                var lower => lower.ToString(),
            };
            target.Append(folded);
            taken++;
        }
    }
}

using System.Text;
using Syndicate.Core.Items;

namespace Syndicate.Core.Feeds;

/// <summary>
/// The <c>q</c> filter: every word must occur in the entry's title or wire text (dateline included), compared without case or
/// accents ("oekraine" finds "Oekraïne"); a word may be part of a longer one ("kraine" finds it too).
/// </summary>
public sealed class KeywordFilter
{
    private readonly string[] _words;

    private KeywordFilter(string[] words) => _words = words;

    /// <summary>The folded words joined by spaces: the form the filter's self link carries.</summary>
    public string Normalized => string.Join(' ', _words);

    /// <returns>Null when <paramref name="text"/> holds no letter or digit.</returns>
    public static KeywordFilter? Parse(string text)
    {
        var words = Fold(text);
        return words.Length == 0 ? null : new KeywordFilter([.. words.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]);
    }

    public bool Matches(FeedEntry entry)
    {
        var text = string.Join(' ', Fold(entry.Title).Concat(Fold(entry.WireText)));
        return _words.All(w => text.Contains(w, StringComparison.Ordinal));
    }

    private static string[] Fold(string text)
    {
        var builder = new StringBuilder();
        return [.. Words(text).Select(word =>
        {
            builder.Clear();
            LetterFolding.AppendFolded(builder, word);
            return builder.ToString();
        }).Where(w => w.Length > 0)];
    }

    private static IEnumerable<string> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && (char.IsLetterOrDigit(text[i]) || char.GetUnicodeCategory(text[i]) == System.Globalization.UnicodeCategory.NonSpacingMark);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                yield return text[start..i];
                start = -1;
            }
        }
    }
}

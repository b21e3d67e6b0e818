using System.Text;
using Syndicate.Core.Places;

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

    /// <summary>The words of <paramref name="text"/>, folded as place keys are but in lower case: no accents ("Oekraïne" → "oekraine").</summary>
    private static string[] Fold(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in text)
        {
            if (PlaceKey.Fold(c) is { } letters)
            {
                word.Append(letters);
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString().ToLowerInvariant());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString().ToLowerInvariant());
        }

        return [.. words];
    }
}

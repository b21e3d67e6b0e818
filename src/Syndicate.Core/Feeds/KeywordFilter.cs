using System.Text;
using Syndicate.Core.Places;

namespace Syndicate.Core.Feeds;

/// <summary>
/// The <c>q</c> filter: every word must occur in the entry's title or wire text (dateline included), compared without case or
/// accents ("oekraine" finds "Oekraïne"); a word may be part of a longer one ("kraine" finds it too). The store keeps each
/// item's <see cref="SearchText"/> and looks the <see cref="Words"/> up in it.
/// </summary>
public sealed class KeywordFilter
{
    private readonly string[] _words;

    private KeywordFilter(string[] words) => _words = words;

    /// <summary>The folded words joined by spaces: the form the filter's self link carries.</summary>
    public string Normalized => string.Join(' ', _words);

    /// <summary>The folded words, each once, in ordinal order: each must occur in an item's search text.</summary>
    public IReadOnlyList<string> Words => _words;

    /// <returns>Null when <paramref name="text"/> holds no letter or digit.</returns>
    public static KeywordFilter? Parse(string text)
    {
        var words = Fold(text);
        return words.Length == 0 ? null : new KeywordFilter([.. words.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]);
    }

    /// <summary>
    /// What a filter's words are looked for in: the folded words of an item's title, dateline, agency codes and body
    /// joined by single spaces, so a word matches exactly when it is part of one of them.
    /// </summary>
    public static string SearchText(string title, string? dateline, IEnumerable<string> agencyCodes, string body) =>
        string.Join(' ', new[] { title, dateline }.Concat(agencyCodes).Append(body).OfType<string>().SelectMany(Fold));

    /// <summary>Whether the entry holds every word, as its stored <see cref="SearchText"/> would.</summary>
    public bool Matches(FeedEntry entry)
    {
        var text = SearchText(entry.Title, entry.Dateline, entry.Agencies.Select(a => a.Code), entry.Body);
        return _words.All(word => text.Contains(word, StringComparison.Ordinal));
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

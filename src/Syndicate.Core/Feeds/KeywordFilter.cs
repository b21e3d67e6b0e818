using System.Buffers;
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
        // The search text without its words as strings: folded letters, a space where a word ends. Read entry by entry
        // when a view walks a feed, so it must not allocate per word.
        var folded = new FoldedText(entry.Title.Length + (entry.Dateline?.Length ?? 0) + entry.Body.Length + (8 * entry.Agencies.Count));
        folded.Append(entry.Title);
        folded.Append(entry.Dateline);
        foreach (var agency in entry.Agencies)
        {
            folded.Append(agency.Code);
        }

        folded.Append(entry.Body);
        var matches = HoldsEvery(folded.Text);
        folded.Dispose();
        return matches;
    }

    private bool HoldsEvery(ReadOnlySpan<char> text)
    {
        foreach (var word in _words)
        {
            if (!text.Contains(word, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
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

    /// <summary>Folded lower-case letters of several texts in a pooled buffer, a space after each word: <see cref="SearchText"/>'s words, unsplit.</summary>
    private ref struct FoldedText(int capacity)
    {
        /// <summary>What an ASCII character folds to in lower case, or '\0' where it ends a word: most text, read without a lookup of a string.</summary>
        private static readonly char[] AsciiFolds = [.. Enumerable.Range(0, 128).Select(c => PlaceKey.Fold((char)c) is [var letter] ? char.ToLowerInvariant(letter) : '\0')];

        private char[] _buffer = ArrayPool<char>.Shared.Rent(Math.Max(capacity * 2, 16));
        private int _length;
        private bool _inWord;

        public readonly ReadOnlySpan<char> Text => _buffer.AsSpan(0, _length);

        public void Append(string? text)
        {
            foreach (var c in text ?? "")
            {
                if (c < AsciiFolds.Length)
                {
                    if (AsciiFolds[c] is not '\0' and var folded)
                    {
                        Add(folded);
                        _inWord = true;
                    }
                    else
                    {
                        EndWord();
                    }
                }
                else if (PlaceKey.Fold(c) is { } letters)
                {
                    foreach (var letter in letters)
                    {
                        Add(char.ToLowerInvariant(letter));
                    }

                    _inWord |= letters.Length > 0;
                }
                else
                {
                    EndWord();
                }
            }

            EndWord();
        }

        public readonly void Dispose() => ArrayPool<char>.Shared.Return(_buffer);

        private void EndWord()
        {
            if (_inWord)
            {
                Add(' ');
                _inWord = false;
            }
        }

        private void Add(char c)
        {
            if (_length == _buffer.Length)
            {
                var larger = ArrayPool<char>.Shared.Rent(_buffer.Length * 2);
                _buffer.AsSpan(0, _length).CopyTo(larger);
                ArrayPool<char>.Shared.Return(_buffer);
                _buffer = larger;
            }

            _buffer[_length++] = c;
        }
    }
}

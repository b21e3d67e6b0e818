using System.Buffers;
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
        var folded = FoldedText.Of(text);
        var words = folded.Text.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        folded.Dispose();
        return words.Length == 0 ? null : new KeywordFilter([.. words.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]);
    }

    /// <summary>
    /// What a filter's words are looked for in: the folded words of an item's title, dateline, agency codes and body
    /// joined by single spaces, so a word matches exactly when it is part of one of them.
    /// </summary>
    public static string SearchText(string title, string? dateline, IEnumerable<string> agencyCodes, string body)
    {
        var folded = FoldedText.Of(title, dateline, agencyCodes, body);
        var text = folded.Text.TrimEnd(' ').ToString();
        folded.Dispose();
        return text;
    }

    /// <summary>Whether the entry holds every word, as its stored <see cref="SearchText"/> would.</summary>
    public bool Matches(FeedEntry entry)
    {
        // The search text unsplit and in a pooled buffer: a view reads it entry by entry as it walks a feed.
        var folded = FoldedText.Of(entry.Title, entry.Dateline, entry.Agencies.Select(a => a.Code), entry.Body);
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

    /// <summary>
    /// The words of texts folded as place keys are but in lower case, without accents ("Oekraïne" → "oekraine"), in a
    /// pooled buffer, a space after each word; returned to the pool by <see cref="Dispose"/>.
    /// </summary>
    private ref struct FoldedText(int capacity)
    {
        /// <summary>What an ASCII character folds to in lower case, or '\0' where it ends a word: most text, read without a lookup of a string.</summary>
        private static readonly char[] AsciiFolds = [.. Enumerable.Range(0, 128).Select(c => PlaceKey.Fold((char)c) is [var letter] ? char.ToLowerInvariant(letter) : '\0')];

        private char[] _buffer = ArrayPool<char>.Shared.Rent(Math.Max(capacity * 2, 16));
        private int _length;
        private bool _inWord;

        public readonly ReadOnlySpan<char> Text => _buffer.AsSpan(0, _length);

        public static FoldedText Of(string text)
        {
            var folded = new FoldedText(text.Length);
            folded.Append(text);
            return folded;
        }

        public static FoldedText Of(string title, string? dateline, IEnumerable<string> agencyCodes, string body)
        {
            var folded = new FoldedText(title.Length + (dateline?.Length ?? 0) + body.Length + 16);
            folded.Append(title);
            folded.Append(dateline);
            foreach (var code in agencyCodes)
            {
                folded.Append(code);
            }

            folded.Append(body);
            return folded;
        }

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

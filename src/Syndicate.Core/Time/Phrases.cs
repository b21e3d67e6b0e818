namespace Syndicate.Core.Time;

/// <summary>Alternative fixed phrases of one or more words: "just now", "moments ago".</summary>
internal sealed class Phrases
{
    public static readonly Phrases None = new();

    private readonly string[] _phrases;

    public Phrases(params string[] phrases)
    {
        _phrases = phrases;
        Table = new WordTable<bool>([.. phrases.Select(phrase => (true, phrase.Replace(' ', '_')))]);
    }

    public WordTable<bool> Table { get; }

    /// <summary>Whether <paramref name="word"/> is a compound that one of these phrases closes: "Sitzungstermin".</summary>
    public bool ClosesCompound(ReadOnlySpan<char> word)
    {
        foreach (var phrase in _phrases)
        {
            if (word.Length > phrase.Length && word.EndsWith(phrase, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Where each of these phrases stands in <paramref name="text"/> as words of their own, a space on either side, in the
    /// order of the text.
    /// </summary>
    public IEnumerable<int> PlacesIn(string text)
    {
        foreach (var phrase in _phrases)
        {
            for (var at = text.IndexOf($" {phrase} ", StringComparison.OrdinalIgnoreCase); at >= 0;
                 at = text.IndexOf($" {phrase} ", at + 1, StringComparison.OrdinalIgnoreCase))
            {
                yield return at;
            }
        }
    }

    /// <summary>These phrases and those of <paramref name="other"/> that <paramref name="except"/> does not name.</summary>
    public Phrases With(Phrases other, IReadOnlyCollection<string> except) =>
        new([.. _phrases.Union(other._phrases.Where(phrase => !except.Contains(phrase)))]);
}

namespace Syndicate.Core.Time;

/// <summary>
/// Words and phrases and what they mean, looked up case-insensitively by their first word in a span
/// without allocating; <see cref="AgeReader"/> matches the rest of a phrase.
/// </summary>
internal sealed class WordTable<T>
    where T : struct
{
    private readonly Dictionary<string, Entry[]>.AlternateLookup<ReadOnlySpan<char>> _byFirstWord;

    /// <param name="entries">
    /// Each meaning with its spellings, separated by spaces; the words of a phrase are joined by "_"
    /// ("half_an_hour"). A full stop marks an abbreviation, which may be written with or without it
    /// ("minuut minuten min. m.").
    /// </param>
    public WordTable(params (T Meaning, string Spellings)[] entries)
    {
        var byFirstWord = new Dictionary<string, List<Entry>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (meaning, spellings) in entries)
        {
            foreach (var spelling in spellings.Split(' ', StringSplitOptions.RemoveEmptyEntries).SelectMany(Spellings.Of))
            {
                var words = Spellings.Words(spelling.TrimEnd('.'), '_');
                var entry = new Entry(words[1..], meaning, spelling.EndsWith('.'));
                if (!byFirstWord.TryGetValue(words[0], out var list))
                {
                    byFirstWord.Add(words[0], list = []);
                }

                list.Add(entry);
            }
        }

        // The longest phrase is tried first: "a few" before "a".
        _byFirstWord = byFirstWord
            .ToDictionary(p => p.Key, p => p.Value.OrderByDescending(e => e.Rest.Length).ToArray(), StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The phrases that start with <paramref name="word"/>, longest first; empty when none does.</summary>
    public ReadOnlySpan<Entry> StartingWith(ReadOnlySpan<char> word) =>
        _byFirstWord.TryGetValue(word, out var entries) ? entries : [];

    /// <summary>
    /// Whether <paramref name="word"/>, one word as a page prints it, is a whole phrase of the table; an elided word the
    /// table holds as two, as <see cref="AgeTokenizer"/> cuts it, is one too ("jusqu'au" in "JUSQU'AU 30 JUIN 2021").
    /// </summary>
    public bool HoldsWord(ReadOnlySpan<char> word)
    {
        var elision = word.IsEmpty ? -1 : word[..^1].IndexOfAny(AgeTokenizer.Elisions);
        var elided = elision > 0 && char.IsLetter(word[elision + 1]);
        var rest = elided ? word[(elision + 1)..] : [];
        foreach (var entry in StartingWith(elided ? word[..(elision + 1)] : word))
        {
            if (elided ? entry.Rest is [var only] && rest.Equals(only, StringComparison.OrdinalIgnoreCase) : entry.Rest.Length == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <param name="Rest">The words after the first.</param>
    /// <param name="Abbreviation">Whether the last word is an abbreviation, which a full stop may close even at the end of an age.</param>
    internal readonly record struct Entry(string[] Rest, T Meaning, bool Abbreviation);
}

namespace Syndicate.Core.Time;

/// <summary>Words and what they mean, looked up case-insensitively in a span without allocating.</summary>
internal sealed class WordTable<T>
    where T : struct
{
    private readonly Dictionary<string, (T Meaning, bool Abbreviation)>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <param name="entries">
    /// Each meaning with its spellings, separated by spaces; a full stop marks an abbreviation, which
    /// may be written with or without it ("minuut minuten min. m.").
    /// </param>
    public WordTable(params (T Meaning, string Spellings)[] entries)
    {
        var words = new Dictionary<string, (T, bool)>(StringComparer.OrdinalIgnoreCase);
        foreach (var (meaning, spellings) in entries)
        {
            foreach (var spelling in spellings.Split(' ', StringSplitOptions.RemoveEmptyEntries).SelectMany(Spellings.Of))
            {
                words.Add(spelling.TrimEnd('.'), (meaning, spelling.EndsWith('.')));
            }
        }

        _lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <param name="abbreviation">Whether the word is an abbreviation, which a full stop may close even at the end of an age.</param>
    public bool TryGet(ReadOnlySpan<char> word, out T meaning, out bool abbreviation)
    {
        var found = _lookup.TryGetValue(word, out var entry);
        (meaning, abbreviation) = entry;
        return found;
    }
}

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
    /// Where the first of these phrases at or after <paramref name="from"/> stands in <paramref name="text"/> as words of
    /// their own, at the space before it; -1 when none does.
    /// </summary>
    public int NextPlaceIn(string text, int from)
    {
        var next = -1;
        if (from + 1 >= text.Length)
        {
            return next;
        }

        foreach (var phrase in _phrases)
        {
            for (var at = text.IndexOf(phrase, from + 1, StringComparison.OrdinalIgnoreCase); at > 0 && (next < 0 || at - 1 < next);
                 at = text.IndexOf(phrase, at + 1, StringComparison.OrdinalIgnoreCase))
            {
                var end = at + phrase.Length;
                if (text[at - 1] == ' ' && end < text.Length && text[end] == ' ')
                {
                    next = at - 1;
                    break;
                }
            }
        }

        return next;
    }

    /// <summary>Where the text after the last of these phrases in parentheses starts ("(talk)" in "Beaming (talk)00:30, 7 September 2017"); -1 when none is there.</summary>
    public int AfterLastBracketedIn(string text)
    {
        var after = -1;
        foreach (var phrase in _phrases)
        {
            for (var at = text.LastIndexOf(phrase, StringComparison.OrdinalIgnoreCase); at > 0;
                 at = at > 1 ? text.LastIndexOf(phrase, at - 1, StringComparison.OrdinalIgnoreCase) : -1)
            {
                var end = at + phrase.Length;
                if (text[at - 1] == '(' && end < text.Length && text[end] == ')')
                {
                    after = Math.Max(after, end + 1);
                    break;
                }
            }
        }

        return after;
    }

    /// <summary>
    /// Where one of these phrases closes <paramref name="text"/>, a word of its own or glued with its capital to the word
    /// before it ("hace 9 mesesLeer más"); -1 when none does.
    /// </summary>
    public int ClosingPlaceIn(ReadOnlySpan<char> text)
    {
        foreach (var phrase in _phrases)
        {
            var at = text.Length - phrase.Length;
            if (at > 0 && text.EndsWith(phrase, StringComparison.OrdinalIgnoreCase)
                && (text[at - 1] == ' ' || (char.IsUpper(text[at]) && char.IsLetterOrDigit(text[at - 1]))))
            {
                return at;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether <paramref name="text"/> opens with one of these phrases of <paramref name="minLength"/> characters or more, as
    /// written here, a space after it.
    /// </summary>
    public bool Open(ReadOnlySpan<char> text, int minLength)
    {
        foreach (var phrase in _phrases)
        {
            if (phrase.Length >= minLength && text.Length > phrase.Length && text.StartsWith(phrase, StringComparison.Ordinal) && text[phrase.Length] == ' ')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>These phrases and those of <paramref name="other"/> that <paramref name="except"/> does not name.</summary>
    public Phrases With(Phrases other, IReadOnlyCollection<string> except) =>
        new([.. _phrases.Union(other._phrases.Where(phrase => !except.Contains(phrase)))]);
}

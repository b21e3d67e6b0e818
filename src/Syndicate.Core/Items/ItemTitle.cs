using Syndicate.Core.Wire;

namespace Syndicate.Core.Items;

/// <summary>The title a feed shows: the headline, else the body's first sentence cut at a word.</summary>
public static class ItemTitle
{
    public const int MaxLength = 120;

    /// <summary>Words that end in a dot without ending a sentence ("St. Paul", "dr. Jansen").</summary>
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "st", "ste", "sr", "jr", "dr", "drs", "mr", "mrs", "ms", "mw", "dhr", "prof", "ir", "ing", "gen", "lt", "kol",
        "sgt", "gov", "sen", "rep", "nr", "no", "vs", "ca", "bijv", "o.a", "e.a", "mgr", "ds", "fr", "mt", "ft",
    };

    public static string For(WireItem item)
    {
        if (!string.IsNullOrWhiteSpace(item.Headline))
        {
            return item.Headline;
        }

        var sentence = FirstSentence(item.Body).AsSpan();
        if (sentence.Length <= MaxLength)
        {
            return sentence.ToString();
        }

        var cut = sentence[..MaxLength].LastIndexOf(' ');
        var head = cut > MaxLength / 2 ? sentence[..cut] : sentence[..MaxLength];
        return head.TrimEnd(" ,;:-–—".AsSpan()).ToString() + "…";
    }

    /// <summary>The first sentence of <paramref name="text"/>, trimmed; the whole text when it is one sentence.</summary>
    public static string FirstSentence(string text) => text.AsSpan(0, FirstSentenceEnd(text)).Trim().ToString();

    private static int FirstSentenceEnd(ReadOnlySpan<char> body)
    {
        for (var i = 0; i < body.Length; i++)
        {
            // A sentence ends at . ! ? followed by a space and a capital, or at a line break;
            // "10.000" and "St. Paul" are no ends because no space and capital follow them.
            if (body[i] == '\n')
            {
                return i;
            }

            if (body[i] is '.' or '!' or '?' && i + 2 < body.Length && body[i + 1] == ' ' && char.IsUpper(body[i + 2])
                && !IsAbbreviation(body[..i]))
            {
                return i + 1;
            }
        }

        return body.Length;
    }

    private static bool IsAbbreviation(ReadOnlySpan<char> before)
    {
        var word = before[(before.LastIndexOf(' ') + 1)..];
        return (word.Length == 1 && char.IsUpper(word[0])) || Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }
}

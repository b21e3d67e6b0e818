namespace Syndicate.Core.Time;

/// <summary>
/// Text shaped like a relative age whether or not a grammar reads it: a short text with a number and a word that
/// marks a time as past in any supported language ("geleden", "ago", "vor", "il y a", "hace", "fa", "há", "atrás") or
/// in a few languages no grammar reads ("sedan", "siden", "temu", "acum").
/// It lets a page's unread ages be reported instead of silently dropped ("5 minuutjes geleden", "vor 5 Min. her").
/// The number comes early, as in a label: after the marker and at most one other word ("Bijgewerkt 5 minuutjes
/// geleden", "hace unos 5 minutos"), so a sentence that ends in an age ("Dat gebeurde 3 jaar geleden") is not one.
/// A duration ("16 minuten leestijd") has no such word and is not one; a number alone is not one.
/// </summary>
public static class AgeLikeText
{
    /// <summary>Longer texts are prose or headlines, not age labels.</summary>
    public const int MaxLength = 60;

    private const int MaxWords = 6;

    /// <summary>
    /// The same words in languages no grammar reads yet, so their ages are reported too: Swedish, Danish and Norwegian,
    /// Polish, Czech and Slovak, Romanian ("Acum 2 ore", "2 ore în urmă"), Turkish, Russian; each seen on real labels
    /// (tests/Syndicate.Tests/Time/AgeLikeCorpus.tsv).
    /// </summary>
    private static readonly Phrases UnreadLanguages = new("sedan", "siden", "temu", "před", "pred", "acum", "în_urmă", "in_urma", "önce", "назад");

    private static readonly WordTable<bool>[] Markers =
    [
        .. AgeGrammar.Vocabularies.SelectMany(v => new[] { v.Words.RelativeBefore.Table, v.Words.RelativeAfter.Table }),
        UnreadLanguages.Table,
    ];

    public static bool Is(ReadOnlySpan<char> text)
    {
        if (text.Length > MaxLength || !text.ContainsAnyInRange('0', '9'))
        {
            return false;
        }

        Span<Range> words = stackalloc Range[MaxWords + 1];
        var count = Split(text, words);
        if (count > MaxWords)
        {
            return false;
        }

        var number = 0;
        while (number < count && !text[words[number]].ContainsAnyInRange('0', '9'))
        {
            number++;
        }

        var leadingMarker = MarkerLength(text, words[..count], 0);
        if (number - leadingMarker > 1)
        {
            return false;
        }

        for (var i = 0; i < count; i++)
        {
            if (MarkerLength(text, words[..count], i) > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many words the marker starting at word <paramref name="first"/> spans; 0 when none starts there.</summary>
    private static int MarkerLength(ReadOnlySpan<char> text, ReadOnlySpan<Range> words, int first)
    {
        foreach (var markers in Markers)
        {
            foreach (var entry in markers.StartingWith(text[words[first]]))
            {
                if (first + entry.Rest.Length < words.Length && RestMatches(text, words[(first + 1)..], entry.Rest))
                {
                    return 1 + entry.Rest.Length;
                }
            }
        }

        return 0;
    }

    private static bool RestMatches(ReadOnlySpan<char> text, ReadOnlySpan<Range> words, string[] rest)
    {
        for (var i = 0; i < rest.Length; i++)
        {
            if (!text[words[i]].Equals(rest[i], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The words of <paramref name="text"/> (runs of letters, digits and apostrophes); more than the span holds stops the count.</summary>
    private static int Split(ReadOnlySpan<char> text, Span<Range> words)
    {
        var count = 0;
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '\'' or '’');
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                if (count == words.Length)
                {
                    return count + 1;
                }

                words[count++] = new Range(start, i);
                start = -1;
            }
        }

        return count;
    }
}

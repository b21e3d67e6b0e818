namespace Syndicate.Core.Wire.Quality;

/// <summary>
/// Scores the items recognised on a page against its labels. An expected item is matched to the
/// first unmatched recognised item whose body opens with the same words (the first
/// <see cref="MatchWords"/> words of the label); each field of a matched item is then right or wrong:
/// texts compare exactly after folding white space, agencies as sets, the body by its opening.
/// </summary>
public static class RecognitionScorer
{
    public const int MatchWords = 3;

    public static PageScore Score(LabelledPage page, IReadOnlyList<WireItem> found)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(found);
        var taken = new bool[found.Count];
        var misses = new List<string>();
        var fields = RecognitionScore.FieldNames.ToDictionary(f => f, _ => new FieldCount(0, 0));
        var matched = 0;
        for (var e = 0; e < page.Items.Count; e++)
        {
            var expected = page.Items[e];
            var index = FindMatch(expected, found, taken);
            if (index < 0)
            {
                misses.Add($"item {e + 1} not found: «{expected.BodyStart}»");
                continue;
            }

            taken[index] = true;
            matched++;
            foreach (var (field, expectedValue, actualValue) in Compare(expected, found[index]))
            {
                var right = string.Equals(expectedValue, actualValue, StringComparison.Ordinal);
                fields[field] = fields[field].Add(new FieldCount(right ? 1 : 0, 1));
                if (!right)
                {
                    misses.Add($"item {e + 1} {field}: expected «{expectedValue}», got «{actualValue}»");
                }
            }
        }

        for (var i = 0; i < found.Count; i++)
        {
            if (!taken[i])
            {
                misses.Add($"not an item: «{Opening(found[i].Body, 8)}»");
            }
        }

        return new PageScore(page, new RecognitionScore(page.Items.Count, found.Count, matched, fields), misses);
    }

    private static int FindMatch(LabelledItem expected, IReadOnlyList<WireItem> found, bool[] taken)
    {
        var opening = Opening(expected.BodyStart, MatchWords);
        for (var i = 0; i < found.Count; i++)
        {
            if (!taken[i] && Fold(found[i].Body).StartsWith(opening, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private static IEnumerable<(string Field, string? Expected, string? Actual)> Compare(LabelledItem expected, WireItem actual)
    {
        yield return ("headline", FoldOrNull(expected.Headline), FoldOrNull(actual.Headline));
        yield return ("dateline", FoldOrNull(expected.Dateline), FoldOrNull(actual.Dateline));
        yield return ("place", FoldOrNull(expected.Place), FoldOrNull(actual.Place));
        yield return ("agencies", Set(expected.Agencies), Set(actual.Agencies));
        var body = Fold(expected.BodyStart);
        yield return ("body", body, Fold(actual.Body).StartsWith(body, StringComparison.Ordinal) ? body : Opening(actual.Body, body.Split(' ').Length));
        yield return ("age", FoldOrNull(expected.Age), FoldOrNull(actual.Age));
        yield return ("section", FoldOrNull(expected.Section), FoldOrNull(actual.Section));
    }

    private static string Set(IEnumerable<string> agencies) =>
        string.Join('/', agencies.Select(a => a.ToUpperInvariant()).Distinct().Order(StringComparer.Ordinal));

    private static string Opening(string text, int words) => string.Join(' ', Fold(text).Split(' ').Take(words));

    private static string Fold(string text) => Whitespace.Collapse(text);

    private static string? FoldOrNull(string? text) => text is null ? null : Whitespace.Collapse(text);
}

/// <summary>One page's score and what went wrong on it, in words an admin can act on.</summary>
public sealed record PageScore(LabelledPage Page, RecognitionScore Score, IReadOnlyList<string> Misses);

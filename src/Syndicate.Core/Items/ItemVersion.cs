using Syndicate.Core.Places;
using Syndicate.Core.Wire;

namespace Syndicate.Core.Items;

/// <summary>
/// Whether a text a page shows later is a new version of an item it showed earlier — corrected, extended or
/// reworded — rather than another item, and what kind of change a new version is. Ids hash the place and the body's
/// opening, so a change there makes a new id; <see cref="Compare"/> decides whether that id is the earlier item
/// again. The rule, from pairs of real versions and of different items (tests/Syndicate.Tests/Fixtures/Versions):
/// the same dateline place (or none on both sides), a credited agency in common (or no credit on one side), and at
/// least half of the shorter text's three-word runs also in the other. An extended text holds all of the earlier
/// one; a corrected figure or name breaks only the runs around it; a different item that opens with the same words
/// (a follow-up on the same story) goes on to say something else. A correction notice only names the kind of change:
/// on real pages it does not make a rewritten text recognisable.
/// </summary>
public static class ItemVersion
{
    private const int RunLength = 3;
    private const double SharedRuns = 0.5;

    /// <summary>How <paramref name="later"/> changes the item stored as <paramref name="earlier"/>; null when it is another item.</summary>
    public static ItemVersionChange? Compare(Earlier earlier, WireItem later)
    {
        if (!SamePlace(earlier.Place, later.Place) || !ShareCredit(earlier.Agencies, later.Agencies))
        {
            return null;
        }

        var before = Words(earlier.Body);
        var after = Words(later.Body);
        return before.Count > 0 && after.Count > 0 && SharedRunShare(before, after) >= SharedRuns ? ChangeOf(before, after, later) : null;
    }

    /// <summary>What kind of change <paramref name="later"/> makes to an item whose headline and text were <paramref name="headline"/> and <paramref name="body"/>.</summary>
    public static ItemVersionChange ChangeOf(string? headline, string body, WireItem later) =>
        body == later.Body && later.Correction is null && headline != later.Headline
            ? ItemVersionChange.Headline
            : ChangeOf(Words(body), Words(later.Body), later);

    private static ItemVersionChange ChangeOf(List<string> before, List<string> after, WireItem later) =>
        later.Correction is not null ? ItemVersionChange.Corrected
        : after.Count > before.Count && OpeningLength(before, after) == before.Count ? ItemVersionChange.Extended
        : ItemVersionChange.Reworded;

    /// <summary>The stored item a later text is compared with.</summary>
    public sealed record Earlier(string? Place, IReadOnlyList<string> Agencies, string Body);

    private static bool SamePlace(string? a, string? b) =>
        (a is null && b is null) || (a is not null && b is not null && PlaceKey.Normalize(a) == PlaceKey.Normalize(b));

    private static bool ShareCredit(IReadOnlyList<string> a, IReadOnlyList<string> b) =>
        a.Count == 0 || b.Count == 0 || a.Intersect(b, StringComparer.OrdinalIgnoreCase).Any();

    /// <summary>The share of the shorter text's word runs that the other text also has; for texts shorter than a run, whether they are equal.</summary>
    private static double SharedRunShare(List<string> a, List<string> b)
    {
        if (a.Count < RunLength || b.Count < RunLength)
        {
            return a.SequenceEqual(b, StringComparer.Ordinal) ? 1 : 0;
        }

        var runsA = Runs(a);
        var runsB = Runs(b);
        var (smaller, larger) = runsA.Count <= runsB.Count ? (runsA, runsB) : (runsB, runsA);
        return (double)smaller.Count(larger.Contains) / smaller.Count;
    }

    private static HashSet<string> Runs(List<string> words) =>
        [.. Enumerable.Range(0, words.Count - RunLength + 1).Select(i => string.Join(' ', words.GetRange(i, RunLength)))];

    private static int OpeningLength(List<string> a, List<string> b)
    {
        var length = 0;
        while (length < a.Count && length < b.Count && a[length] == b[length])
        {
            length++;
        }

        return length;
    }

    /// <summary>The words of a text, letters and digits folded as place keys are (case and accents dropped).</summary>
    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var word = new System.Text.StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(PlaceKey.Fold(c));
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        return words;
    }
}

/// <summary>What a new version of an item changed.</summary>
public enum ItemVersionChange
{
    /// <summary>A notice says it corrects or replaces the item ("Correction:", "Berichtigung", "Nieuw bericht, vervangt").</summary>
    Corrected,

    /// <summary>The earlier text, with more after it.</summary>
    Extended,

    /// <summary>The same item in other words: a figure, a name or the opening rewritten.</summary>
    Reworded,

    /// <summary>Only the headline changed.</summary>
    Headline,
}

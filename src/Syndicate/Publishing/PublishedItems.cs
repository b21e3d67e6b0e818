using Syndicate.Core.Feeds;
using Syndicate.Sources;
using Syndicate.Storage;

namespace Syndicate.Publishing;

/// <summary>
/// Every stored item as a feed entry, kept between publishes so a publish turns only the items a capture touched into
/// entries again: the entries newest first (<see cref="FeedEntryFactory.CreateAll"/>'s order and its parting of equal
/// instants, which may move a neighbour of a changed item too), and which entries differ from the previous publish's.
/// An entry that renders and files the same as before is kept as the same object, so "changed" is a reference test.
/// Used by one publish at a time.
/// </summary>
public sealed class PublishedItems(FeedEntryFactory factory)
{
    private readonly Dictionary<string, Ranked> _byId = new(StringComparer.Ordinal);
    private readonly SortedSet<Ranked> _ordered = new(NewestFirst.Instance);
    private Dictionary<string, (FeedEntry Entry, Ranked Rank)> _shown = new(StringComparer.Ordinal);

    /// <summary>Every entry as last shown, newest first.</summary>
    public IReadOnlyList<FeedEntry> Entries { get; private set; } = [];

    /// <summary>The source each item was first stored from, by item id.</summary>
    public IReadOnlyDictionary<string, string> Sources { get; private set; } = new Dictionary<string, string>();

    /// <summary>Replaces every item with <paramref name="items"/>: the stored items, all of them.</summary>
    /// <returns>The entries that were shown before and are not any more, and those shown now that were not.</returns>
    public EntryChanges ReplaceAll(IReadOnlyList<StoredItem> items, IReadOnlyDictionary<string, SourceDefinition> sources)
    {
        var stored = items.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var gone in _byId.Keys.Where(id => !stored.Contains(id)).ToList())
        {
            _ordered.Remove(_byId[gone]);
            _byId.Remove(gone);
        }

        return Update(items, sources);
    }

    /// <summary>Takes in the items a capture touched: <paramref name="ids"/>, of which <paramref name="items"/> are still stored.</summary>
    public EntryChanges Replace(IReadOnlyCollection<string> ids, IReadOnlyList<StoredItem> items, IReadOnlyDictionary<string, SourceDefinition> sources)
    {
        var stored = items.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var gone in ids.Where(id => !stored.Contains(id) && _byId.ContainsKey(id)))
        {
            _ordered.Remove(_byId[gone]);
            _byId.Remove(gone);
        }

        return Update(items, sources);
    }

    private EntryChanges Update(IReadOnlyList<StoredItem> items, IReadOnlyDictionary<string, SourceDefinition> sources)
    {
        foreach (var item in items)
        {
            var entry = factory.Create(item, sources);
            if (_byId.TryGetValue(item.Id, out var known))
            {
                if (known.Sequence == item.Sequence && SameEntry(known.Entry, entry) && known.Item.Window == item.Window && known.Item.SourceId == item.SourceId)
                {
                    continue;
                }

                _ordered.Remove(known);
            }

            var ranked = new Ranked(item, known is not null && SameEntry(known.Entry, entry) ? known.Entry : entry);
            _byId[item.Id] = ranked;
            _ordered.Add(ranked);
        }

        return Show();
    }

    /// <summary>Lists the entries newest first, parting equal instants, and compares them with the last list.</summary>
    private EntryChanges Show()
    {
        var shown = new Dictionary<string, (FeedEntry, Ranked)>(_ordered.Count, StringComparer.Ordinal);
        var entries = new List<FeedEntry>(_ordered.Count);
        var sourcesById = new Dictionary<string, string>(_ordered.Count, StringComparer.Ordinal);
        var added = new List<FeedEntry>();
        var removed = new List<FeedEntry>();
        foreach (var ranked in _ordered)
        {
            var entry = FeedEntryFactory.Part(ranked.Entry, ranked.Item.Window, entries.Count > 0 ? entries[^1] : null);
            if (_shown.Remove(ranked.Item.Id, out var before) && NewestFirst.Instance.Compare(before.Rank, ranked) == 0 && SameEntry(before.Entry, entry))
            {
                entry = before.Entry;
            }
            else
            {
                // A changed entry, or one ranked anew (its place in every feed's list may differ).
                if (before.Entry is not null)
                {
                    removed.Add(before.Entry);
                }

                added.Add(entry);
            }

            entries.Add(entry);
            shown.Add(ranked.Item.Id, (entry, ranked));
            sourcesById.Add(ranked.Item.Id, ranked.Item.SourceId);
        }

        // What is left of the last list is gone.
        removed.AddRange(_shown.Values.Select(v => v.Entry));
        _shown = shown;
        Entries = entries;
        Sources = sourcesById;
        return new EntryChanges(removed, added);
    }

    /// <summary>Whether <paramref name="first"/> is listed before <paramref name="second"/>; both are shown.</summary>
    public bool Precedes(FeedEntry first, FeedEntry second) =>
        NewestFirst.Instance.Compare(_byId[first.Id], _byId[second.Id]) < 0;

    /// <summary>Whether two entries render alike and belong to the same feeds.</summary>
    private static bool SameEntry(FeedEntry a, FeedEntry b) =>
        a.IsSameVersion(b) && a.Body == b.Body && a.Dateline == b.Dateline && a.Section == b.Section
        && a.Agencies.SequenceEqual(b.Agencies) && a.Places.SequenceEqual(b.Places);

    private sealed record Ranked(StoredItem Item, FeedEntry Entry)
    {
        public long Sequence => Item.Sequence;
    }

    /// <summary><see cref="FeedEntryFactory.CreateAll"/>'s order: the instant shown, newest first; ties in storing order.</summary>
    private sealed class NewestFirst : IComparer<Ranked>
    {
        public static readonly NewestFirst Instance = new();

        public int Compare(Ranked? x, Ranked? y)
        {
            var byInstant = y!.Entry.Published.CompareTo(x!.Entry.Published);
            return byInstant != 0 ? byInstant : x.Sequence.CompareTo(y.Sequence);
        }
    }
}

/// <param name="Removed">Entries the last publish showed that are changed or gone.</param>
/// <param name="Added">Entries shown now that the last publish did not show as they are.</param>
public sealed record EntryChanges(IReadOnlyList<FeedEntry> Removed, IReadOnlyList<FeedEntry> Added)
{
    public bool Any => Removed.Count > 0 || Added.Count > 0;
}

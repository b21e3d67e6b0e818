using Syndicate.Core.Items;
using Syndicate.Core.Time;
using Syndicate.Core.Wire;

namespace Syndicate.Tests.Items;

/// <summary>
/// Pairs of texts real sites showed (Fixtures/Versions/pairs.tsv: corrections, extended and reworded versions, changed
/// headlines, and different items sharing place and agency), each read as a page and compared as the store compares
/// a new id with the items its page showed before: the same item when it has the same id, or when
/// <see cref="ItemVersion.Compare"/> takes it for a new version. Merging two items loses one, so precision must be
/// whole; the share of real versions found is held to what it is now (18 of 36: most misses are notices
/// and digests the recogniser reads no item from, the rest rewrites that share less than half their wording).
/// </summary>
public sealed class ItemVersionCorpusTests
{
    private static readonly string Corpus = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Versions", "pairs.tsv");

    public sealed record Pair(string Language, string Kind, bool Same, string Address, string Earlier, string Later);

    public static IReadOnlyList<Pair> Pairs { get; } = [.. File.ReadLines(Corpus).Skip(1).Where(l => l.Length > 0).Select(line =>
    {
        var f = line.Split('\t');
        return new Pair(f[0], f[1], f[2] == "yes", f[3], f[4], f[5]);
    })];

    /// <summary>Whether the server takes the later text for the earlier item.</summary>
    public static bool TakenForSame(Pair pair)
    {
        var earlier = Read(pair.Earlier, pair.Language);
        var later = Read(pair.Later, pair.Language);
        var stored = earlier.Select(ItemIdentity.Of).ToHashSet(StringComparer.Ordinal);
        return later.Any(item => stored.Contains(ItemIdentity.Of(item))
            || earlier.Any(e => ItemVersion.Compare(new ItemVersion.Earlier(e.Place, e.Agencies, e.Body), item) is not null));
    }

    private static IReadOnlyList<WireItem> Read(string text, string language) =>
        new PageReader(AgencyCatalog.Default, AgeGrammar.Preferring(language))
            .Read(System.Text.Encoding.UTF8.GetBytes(text.Replace(" ¶ ", "\n\n", StringComparison.Ordinal)), "text/plain; charset=utf-8", null).Items;

    [Fact]
    public void No_two_different_items_are_merged_and_most_real_versions_are_found()
    {
        var results = Pairs.Select(p => (Pair: p, Taken: TakenForSame(p))).ToList();
        var merged = results.Where(r => !r.Pair.Same && r.Taken).Select(r => $"{r.Pair.Address}: {r.Pair.Later[..Math.Min(60, r.Pair.Later.Length)]}").ToList();
        var versions = results.Where(r => r.Pair.Same).ToList();
        var found = versions.Count(r => r.Taken);
        var output = TestContext.Current.TestOutputHelper!;
        output.WriteLine($"versions found: {found}/{versions.Count}; different items merged: {merged.Count}/{results.Count(r => !r.Pair.Same)}");
        foreach (var group in results.GroupBy(r => (r.Pair.Language, r.Pair.Kind)).OrderBy(g => g.Key))
        {
            output.WriteLine($"{group.Key.Language}\t{group.Key.Kind}\t{group.Count(r => r.Taken == r.Pair.Same)}/{group.Count()} right");
        }

        Assert.True(merged.Count == 0, $"Different items taken for one: {string.Join("; ", merged)}");
        Assert.True(found >= 18, $"{found} of {versions.Count} versions found");
    }
}

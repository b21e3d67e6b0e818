using Syndicate.Core.Time;
using Syndicate.Tests.Support;

namespace Syndicate.Tests.Time;

/// <summary>
/// The languages no grammar reads, on real text (<c>AgeLikeCorpus.tsv</c>, each row with the address it was seen on):
/// their age labels are reported as unread ages, and the same marker words in prose and durations are not.
/// </summary>
public sealed class AgeLikeCorpusTests
{
    private static readonly IReadOnlyList<(string Language, string Kind, string Text, string Address)> Corpus =
    [
        .. File.ReadLines(Path.Combine(RepositoryRoot.Path, "tests", "Syndicate.Tests", "Time", "AgeLikeCorpus.tsv"))
            .Skip(1)
            .Select(line => line.Split('\t'))
            .Select(cells => (cells[0], cells[1], cells[2], cells[3])),
    ];

    /// <summary>
    /// Labels the check does not take for ages: a hedge before a marker that leads ("about before 6 hours"; allowing a
    /// word before a leading marker would take prose such as "Ministr před 2 dny řekl" too), and a sentence that states
    /// the item's age ("this news was published 7 months ago"), shaped as prose is.
    /// </summary>
    private static readonly HashSet<string> KnownMisses = ["približne pred 6 hodinami", "Bu haber 7 ay önce yayınlandı"];

    public static TheoryData<string, string, string, string> Rows() => new(Corpus);

    [Theory]
    [MemberData(nameof(Rows))]
    public void Labels_are_shaped_like_ages_and_prose_is_not(string language, string kind, string text, string address) =>
        Assert.True(AgeLikeText.Is(text) == (kind == "age" ^ KnownMisses.Contains(text)), $"{language} {kind} \"{text}\" ({address})");

    [Fact]
    public void Every_language_has_labels_and_text_that_is_not_one() =>
        Assert.All(
            Corpus.GroupBy(row => row.Language),
            language => Assert.Equal(["age", "not-age"], language.Select(row => row.Kind).Distinct().Order()));
}

namespace Syndicate.Core.Wire.Quality;

/// <summary>The scores of a corpus: in total, per language, per layout category and per page.</summary>
public sealed record CorpusScore(IReadOnlyList<PageScore> Pages)
{
    public RecognitionScore Total => Sum(Pages);

    public IReadOnlyList<(string Language, RecognitionScore Score)> ByLanguage =>
        Pages.GroupBy(p => p.Page.Language).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, Sum(g))).ToList();

    public IReadOnlyList<(string Category, RecognitionScore Score)> ByCategory =>
        Pages.SelectMany(p => p.Page.Categories.Select(c => (Category: c, Page: p)))
            .GroupBy(x => x.Category)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, Sum(g.Select(x => x.Page))))
            .ToList();

    private static RecognitionScore Sum(IEnumerable<PageScore> pages) =>
        pages.Aggregate(RecognitionScore.Empty, (total, page) => total.Add(page.Score));
}

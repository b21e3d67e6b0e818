using Syndicate.Core.Wire.Quality;

namespace Syndicate.Tests.Wire;

/// <summary>
/// Recognition measured on the corpus of real pages: the thresholds CI holds it to, the corpus's own
/// breadth, and the old fixture pages, none of whose items may be lost.
/// </summary>
public sealed class RecognitionQualityTests
{
    private const double MinItemF1 = 0.97;
    private const double MinFieldAccuracy = 0.93;

    [Fact]
    public void Corpus_item_F1_is_at_least_97_percent_and_every_field_at_least_93_percent()
    {
        var score = RecognitionCorpus.Development.Score;
        var total = score.Total;
        var misses = string.Join('\n', score.Pages.SelectMany(p => p.Misses.Select(m => $"{p.Page.Name}: {m}")));

        Assert.True(total.F1 >= MinItemF1, $"item F1 {total.F1:P1} (precision {total.Precision:P1}, recall {total.Recall:P1})\n{misses}");
        Assert.All(RecognitionScore.FieldNames, field =>
            Assert.True(total.Fields[field].Accuracy >= MinFieldAccuracy, $"{field} {total.Fields[field].Accuracy:P1}\n{misses}"));
    }

    [Fact]
    public void Corpus_has_fifty_pages_from_twenty_five_sites_in_seven_languages_and_five_negative_pages()
    {
        var pages = RecognitionCorpus.Development.Score.Pages.Select(p => p.Page).ToList();
        var sites = pages.Select(p => p.Name.Split('-')[1]).Distinct().Count();

        Assert.True(pages.Count >= 50, $"{pages.Count} pages");
        Assert.True(sites >= 25, $"{sites} sites");
        Assert.Equal(["de", "en", "es", "fr", "it", "nl", "pt"], pages.Select(p => p.Language).Distinct().Order(StringComparer.Ordinal));
        Assert.True(pages.Count(p => p.Categories.Contains("negative") && p.Items.Count == 0) >= 5);
        Assert.All(pages, p => Assert.True(File.Exists(Path.Combine(RecognitionCorpus.Development.Directory, p.Name, "source.md")), p.Name));
    }

    [Fact]
    public void Negative_pages_yield_no_item()
    {
        var negatives = RecognitionCorpus.Development.Score.Pages.Where(p => p.Page.Categories.Contains("negative")).ToList();

        Assert.NotEmpty(negatives);
        Assert.All(negatives, p => Assert.True(p.Score.Found == 0, $"{p.Page.Name}: {string.Join("; ", p.Misses)}"));
    }

    [Theory]
    [MemberData(nameof(FixtureTests.Fixtures), MemberType = typeof(FixtureTests))]
    public void Old_fixture_pages_lose_no_item(string name)
    {
        var fixture = WireFixture.Load(name);

        var found = fixture.Read().Items;

        Assert.All(fixture.Items, expected => Assert.Contains(found, item =>
            item.Body.StartsWith(string.Join(' ', expected.Body.Split(' ').Take(RecognitionScorer.MatchWords)), StringComparison.Ordinal)));
    }
}

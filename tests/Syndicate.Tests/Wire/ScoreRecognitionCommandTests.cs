using Syndicate.Cli;

namespace Syndicate.Tests.Wire;

public sealed class ScoreRecognitionCommandTests
{
    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = ScoreRecognitionCommand.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Scoring_the_corpus_prints_totals_and_tables_per_language_category_and_page()
    {
        var (code, output, _) = Run("score-recognition", RecognitionCorpus.Development.Directory);

        Assert.Equal(0, code);
        Assert.Matches(@"^\d+ pages, \d+ labelled items, \d+ found, \d+ matched\n", output.ReplaceLineEndings("\n"));
        Assert.Contains("items: precision ", output, StringComparison.Ordinal);
        Assert.Contains("fields: headline ", output, StringComparison.Ordinal);
        Assert.Contains("\nlanguage ", output, StringComparison.Ordinal);
        Assert.Contains("\ncategory ", output, StringComparison.Ordinal);
        Assert.Contains("\nit-voce-1 ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_whose_items_are_missed_is_listed_with_what_was_missed()
    {
        var corpus = Directory.CreateTempSubdirectory();
        try
        {
            var page = Directory.CreateDirectory(Path.Combine(corpus.FullName, "nl-test-1"));
            File.WriteAllText(Path.Combine(page.FullName, "page.txt"), "Een kop\nDit is geen bericht.\n");
            File.WriteAllText(Path.Combine(page.FullName, "expected.json"),
                """{"lang":"nl","categories":["plain"],"items":[{"headline":"Een kop","dateline":"OSLO","place":"OSLO","agencies":["ANP"],"bodyStart":"Dit is geen","age":null,"section":null}]}""");

            var (code, output, _) = Run("score-recognition", corpus.FullName);

            Assert.Equal(0, code);
            Assert.Contains("items: precision 0.0%  recall 0.0%  F1 0.0%", output, StringComparison.Ordinal);
            Assert.Contains("nl-test-1:\n  item 1 not found: «Dit is geen»", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        }
        finally
        {
            corpus.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_malformed_label_or_a_missing_folder_exits_with_one_and_a_usage_error_with_two()
    {
        var corpus = Directory.CreateTempSubdirectory();
        try
        {
            var page = Directory.CreateDirectory(Path.Combine(corpus.FullName, "nl-bad-1"));
            File.WriteAllText(Path.Combine(page.FullName, "page.txt"), "x\n");
            File.WriteAllText(Path.Combine(page.FullName, "expected.json"), "{ not json");

            Assert.Equal(1, Run("score-recognition", corpus.FullName).Code);
            Assert.Contains("nl-bad-1: expected.json is not valid JSON", Run("score-recognition", corpus.FullName).Error, StringComparison.Ordinal);
            Assert.Equal(1, Run("score-recognition", "/no/such/corpus").Code);
            Assert.Equal(2, Run("score-recognition").Code);
        }
        finally
        {
            corpus.Delete(recursive: true);
        }
    }
}

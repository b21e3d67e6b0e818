using Syndicate.Core.Wire;

namespace Syndicate.Tests.Wire;

public sealed class PlainTextExtractorTests
{
    [Fact]
    public void Every_non_empty_line_is_a_block_with_its_whitespace_collapsed()
    {
        var blocks = PlainTextExtractor.Extract("Kabinet valt\n\n  DEN HAAG (ANP) -   Het kabinet is gevallen.  \n\n\n");

        Assert.Equal(["Kabinet valt", "DEN HAAG (ANP) - Het kabinet is gevallen."], blocks.Select(b => b.Text));
    }

    [Fact]
    public void A_hard_wrapped_pages_lines_are_joined_into_their_paragraphs()
    {
        var blocks = PlainTextExtractor.Extract(File.ReadAllText(Path.Combine(RecognitionCorpus.HeldOut.Directory, "es-granma-1", "page.txt")));

        Assert.Contains(blocks, b => b.Text.StartsWith("El presidente del Banco Mundial", StringComparison.Ordinal) && b.Text.EndsWith("saliva.", StringComparison.Ordinal));
        Assert.Contains(blocks, b => b.Text.Contains("Luis Suazo y Luis González", StringComparison.Ordinal));
        Assert.Contains(blocks, b => b.Text == "(ANSA)");
        Assert.Empty(RecognitionCorpus.HeldOut.Read("es-granma-1"));
    }

    [Fact]
    public void A_few_lines_going_on_in_lower_case_do_not_make_a_page_hard_wrapped()
    {
        var blocks = PlainTextExtractor.Extract("Ship collides in Antwerp: 9 injured\nvon VRT NWS am 30. Dezember 2025\nNew weapon system presented\nvon VRT NWS am 29. Dezember 2025");

        Assert.Equal(4, blocks.Count);
    }

    [Fact]
    public void A_list_of_headlines_each_over_its_byline_in_lower_case_is_not_hard_wrapped()
    {
        var lines = Enumerable.Range(1, 8).SelectMany(n => new[] { $"Headline number {n} of the list", $"por EFE Noticias | 10/1{n % 10}/2020 - 13:00" });

        Assert.Equal(16, PlainTextExtractor.Extract(string.Join('\n', lines)).Count);
    }

    [Fact]
    public void A_hard_wrapped_paragraph_of_a_megabyte_is_one_block()
    {
        const string line = "the council met again on monday and agreed to look at the plan once more";
        var lines = Enumerable.Repeat(line, 15_000).ToList();
        lines[^1] += ".";

        var block = Assert.Single(PlainTextExtractor.Extract(string.Join('\n', lines)));

        Assert.Equal((line.Length + 1) * lines.Count, block.Text.Length);
    }
}

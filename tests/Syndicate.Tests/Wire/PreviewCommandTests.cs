using System.Text.Json;
using Syndicate.Cli;
using Syndicate.Tests.Support;

namespace Syndicate.Tests.Wire;

public sealed class PreviewCommandTests
{
    private static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await PreviewCommand.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private static string FixturePath(string file) => Path.Combine(WireFixture.Directory, file);

    private static Task<(int Code, string Output, string Error)> ExplainAsync(string corpusPage, string language) =>
        RunAsync("preview", Path.Combine(RecognitionCorpus.Development.Directory, corpusPage, "page.txt"), "--explain", "--lang", language);

    [Fact]
    public async Task Json_output_has_exactly_the_documented_fields_per_item()
    {
        var (code, output, _) = await RunAsync("preview", FixturePath("en-reuters-world.html"), "--json", "--lang", "en", "--url", "https://www.ledger.example/world/");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var items = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(5, items.Count);
        Assert.All(items, item => Assert.Equal(
            ["headline", "dateline", "place", "agencies", "body", "age", "section", "link"],
            item.EnumerateObject().Select(p => p.Name)));
        var falluja = items[1];
        Assert.Equal("Iraqi forces tighten security around Falluja", falluja.GetProperty("headline").GetString());
        Assert.Equal("FALLUJA, Iraq", falluja.GetProperty("dateline").GetString());
        Assert.Equal("FALLUJA", falluja.GetProperty("place").GetString());
        Assert.Equal(["RTR"], falluja.GetProperty("agencies").EnumerateArray().Select(a => a.GetString()));
        Assert.StartsWith("Iraqi security forces tightened", falluja.GetProperty("body").GetString(), StringComparison.Ordinal);
        Assert.Equal("3 hours ago", falluja.GetProperty("age").GetString());
        Assert.Equal("World", falluja.GetProperty("section").GetString());
        Assert.Equal("https://www.ledger.example/world/middle-east/iraq-falluja-security-2026-05-18/", falluja.GetProperty("link").GetString());
        Assert.Equal(JsonValueKind.Null, items[3].GetProperty("dateline").ValueKind);
        Assert.Equal(JsonValueKind.Null, items[0].GetProperty("link").ValueKind);
    }

    [Fact]
    public async Task Json_keeps_accents_readable_and_the_default_language_is_dutch()
    {
        var (code, output, _) = await RunAsync(Samples.SeedTextPath, "--json");

        Assert.Equal(0, code);
        Assert.Contains("tegen Oekraïne vechten\",", output, StringComparison.Ordinal);
        Assert.Equal(8, JsonDocument.Parse(output).RootElement.GetArrayLength());
        Assert.Contains("\"age\": \"16 minuten geleden\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Readable_output_lists_items_with_their_facts_and_unknown_credits()
    {
        var (code, output, _) = await RunAsync(FixturePath("nl-liveblog-tekst.txt"));

        Assert.Equal(0, code);
        Assert.StartsWith("4 item(s)", output, StringComparison.Ordinal);
        Assert.Contains("# Twee doden bij woningbrand in Haarlem", output, StringComparison.Ordinal);
        Assert.Contains("HAARLEM (ANP)", output, StringComparison.Ordinal);
        Assert.Contains("  correction: Nieuw bericht, vervangt: Drie doden bij brand in Haarlem", output, StringComparison.Ordinal);
        Assert.Contains("unknown credits: NU.nl\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_without_items_succeeds_with_a_warning()
    {
        var (code, output, error) = await RunAsync(FixturePath("nl-geen-items.html"), "--json");

        Assert.Equal(0, code);
        Assert.Equal("[]", output.Trim());
        Assert.Contains("warning: No wire items found on the page.", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_page_or_a_missing_file_exits_with_one()
    {
        var binary = Path.Combine(Path.GetTempPath(), $"syndicate-preview-{Guid.NewGuid():N}.bin");
        await File.WriteAllBytesAsync(binary, [0x89, 0x50, 0x4E, 0x47, 0x00], TestContext.Current.CancellationToken);
        try
        {
            var (code, _, error) = await RunAsync(binary);
            Assert.Equal(1, code);
            Assert.Contains("binary data (a PNG image)", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(binary);
        }

        var (missing, _, missingError) = await RunAsync("/no/such/page.html");
        Assert.Equal(1, missing);
        Assert.Contains("No such file: /no/such/page.html", missingError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Explain_names_the_blocks_of_each_item_and_the_rule_behind_each_field()
    {
        var (code, output, _) = await ExplainAsync("it-voce-1", "it");

        Assert.Equal(0, code);
        Assert.StartsWith("4 item(s) in 9 block(s); ages stand before their items on this page", output, StringComparison.Ordinal);
        Assert.Contains("item 1, from block(s) [1], [2]:", output, StringComparison.Ordinal);
        Assert.Contains("  dateline BARI, 26 NOV   [credit before the place]", output, StringComparison.Ordinal);
        Assert.Contains("  age      15:03   [clock or date before the headline; ages stand before their items", output, StringComparison.Ordinal);
        Assert.Contains("  headline Ostia: Minniti, la libereremo dalle mafie   [the headline-like block just before the opening]", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Explain_on_a_page_with_no_items_lists_the_closest_candidates_and_why_each_is_none()
    {
        var (code, output, _) = await ExplainAsync("de-kreiszeitung-1", "de");

        Assert.Equal(0, code);
        Assert.StartsWith("0 item(s) in 8 block(s)", output, StringComparison.Ordinal);
        Assert.Contains("closest candidates, and why each is no item:", output, StringComparison.Ordinal);
        Assert.Contains("[1] Braunschweig - Ein betrunkener Fahrer", output, StringComparison.Ordinal);
        Assert.Contains("a place and a dash but no credit, and no credited item before it on the page", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData]
    [InlineData("--json")]
    [InlineData("page.html", "--json", "--explain")]
    [InlineData("page.html", "--lang", "xx")]
    [InlineData("page.html", "--url", "not-a-url")]
    [InlineData("page.html", "other.html")]
    public async Task Bad_arguments_print_the_usage_and_exit_with_two(params string[] args)
    {
        var (code, output, error) = await RunAsync(args);

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains("usage: preview <url-or-file>", error, StringComparison.Ordinal);
    }
}

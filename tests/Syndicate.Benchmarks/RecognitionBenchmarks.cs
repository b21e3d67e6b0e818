using System.Text;
using BenchmarkDotNet.Attributes;
using Syndicate.Core.Time;
using Syndicate.Core.Wire;

namespace Syndicate.Benchmarks;

/// <summary>
/// Extract and recognise, from bytes to items, as a source's job does: the seed page's HTML rendering
/// and plain-text capture, and generated wire lists from 125 KB to 2 MB to show how the cost grows with the page:
/// the allocation per kilobyte and the time, with the garbage collector set as the server sets it.
/// </summary>
[ServerCollector]
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class RecognitionBenchmarks
{
    private static readonly Uri PageUrl = new("https://nieuws.example/buitenland");

    private readonly PageReader _reader = new(AgencyCatalog.Default, AgeGrammar.For("nl"));

    private byte[] _seedHtml = [];
    private byte[] _seedText = [];
    private byte[] _generated = [];

    [Params(125, 250, 500, 1000, 2000)]
    public int GeneratedKilobytes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var samples = Path.Combine(AppContext.BaseDirectory, "Samples");
        _seedHtml = File.ReadAllBytes(Path.Combine(samples, "buitenland.html"));
        _seedText = File.ReadAllBytes(Path.Combine(samples, "buitenland.txt"));
        _generated = GeneratedPage(GeneratedKilobytes * 1024);
    }

    [Benchmark]
    public int SeedHtml() => _reader.Read(_seedHtml, "text/html; charset=utf-8", PageUrl).Items.Count;

    [Benchmark]
    public int SeedText() => _reader.Read(_seedText, "text/plain; charset=utf-8", null).Items.Count;

    [Benchmark]
    public int GeneratedHtml() => _reader.Read(_generated, "text/html; charset=utf-8", PageUrl).Items.Count;

    /// <summary>A news list of about <paramref name="bytes"/> bytes: navigation, then items with headline, dateline, long body and age.</summary>
    internal static byte[] GeneratedPage(int bytes)
    {
        string[] places = ["BRUSSEL", "DEN HAAG", "SÃO PAULO", "WASHINGTON/KYIV", "LONDON, May 18", "CORTINA D'AMPEZZO"];
        string[] credits = ["ANP", "ANP/AFP", "ANP/AFP/RTR", "Reuters", "AFP/Belga"];
        var body = string.Concat(Enumerable.Repeat(
            "De EU-lidstaten hebben woensdag een akkoord bereikt over de voorwaarden van de lening van 90 miljard euro, zegt minister De Vries (VVD) tegen het ANP. ", 6));
        var page = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><script>var x = 1;</script></head><body>");
        page.Append("<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/buitenland\">Buitenland</a></li></ul></nav><main><h2>Meer uit Buitenland</h2><ul>");
        for (var i = 0; page.Length < bytes; i++)
        {
            page.Append($"<li class=\"item\"><a href=\"/buitenland/{i}\"><h3>Bericht nummer {i} over de stand van zaken</h3></a>")
                .Append($"<p>{places[i % places.Length]} ({credits[i % credits.Length]}) - {body}</p>")
                .Append($"<p>Tweede alinea van bericht {i}, met meer uitleg.</p>")
                .Append($"<time datetime=\"2026-11-28T09:00:00Z\">{i % 59 + 1} minuten geleden</time></li>");
        }

        return Encoding.UTF8.GetBytes(page.Append("</ul></main><footer>©</footer></body></html>").ToString());
    }
}

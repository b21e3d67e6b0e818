using Syndicate.Core.Time;
using Syndicate.Core.Wire;

namespace Syndicate.Benchmarks;

/// <summary>
/// The generated pages of 125 KB to 4 MB that the collector's count (<see cref="RecognitionPromotion"/>) and the time per
/// megabyte (<see cref="RecognitionLinearity"/>) read, and how they read them.
/// </summary>
internal static class ScaledPages
{
    public static readonly int[] Kilobytes = [125, 250, 500, 1000, 2000, 4000];

    private static readonly Uri Url = new("https://nieuws.example/buitenland");

    public static byte[] Page(int kilobytes) => RecognitionBenchmarks.GeneratedPage(kilobytes * 1024);

    public static PageReader Reader() => new(AgencyCatalog.Default, AgeGrammar.For("nl"));

    public static PageReadResult Read(this PageReader reader, byte[] page) => reader.Read(page, "text/html; charset=utf-8", Url);
}

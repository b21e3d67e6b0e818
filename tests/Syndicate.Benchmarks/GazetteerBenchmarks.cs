using BenchmarkDotNet.Attributes;
using Syndicate.Core.Places;

namespace Syndicate.Benchmarks;

/// <summary>
/// The gazetteer's start-up cost (index build time and allocation over the full data set) and the resolver's
/// throughput on a realistic mix of datelines: lookups per second = 1e9 / the Resolve mean in ns.
/// dotnet run -c Release --project tests/Syndicate.Benchmarks -- --filter '*GazetteerBenchmarks*'
/// </summary>
[MemoryDiagnoser]
public class GazetteerBenchmarks
{
    private const int MixSize = 32;

    // As the wire pages write them: Dutch and English names, agency credits, dates, a country or state
    // after a comma, a double dateline, accents and abbreviations, ambiguous names, one unknown name.
    private static readonly string[] Mix =
    [
        "WASHINGTON", "BRUSSEL", "MINNEAPOLIS", "LONDEN", "MOSKOU", "DEN HAAG", "PEKING", "KIJEV",
        "LONDON, May 18", "PARIS", "BERLIN", "NEW YORK", "FRANKFURT", "OSLO", "MILAAN", "GENÈVE",
        "SÃO PAULO", "CAÏRO", "ST. PAUL", "MEXICO-STAD", "GAZA-STAD", "CORTINA D'AMPEZZO", "TRIPOLI", "VICTORIA",
        "FALLUJA, Iraq", "PARIS, Texas", "WASHINGTON/KYIV", "JERUZALEM", "KAAPSTAD", "TOKIO", "SYDNEY", "XQZWY",
    ];

    private PlaceResolver _resolver = null!;

    [GlobalSetup]
    public void CreateResolver() => _resolver = new PlaceResolver(Gazetteer.Default, RegionCatalog.Default);

    [Benchmark]
    public Gazetteer BuildIndex() => Gazetteer.Load();

    [Benchmark(OperationsPerInvoke = MixSize)]
    public int Resolve() => ResolveMix(homeCountry: null);

    [Benchmark(OperationsPerInvoke = MixSize)]
    public int ResolveWithHomeCountry() => ResolveMix(homeCountry: "NL");

    private int ResolveMix(string? homeCountry)
    {
        var places = 0;
        foreach (var dateline in Mix)
        {
            places += _resolver.Resolve(dateline, homeCountry).Places.Count;
        }

        return places;
    }
}

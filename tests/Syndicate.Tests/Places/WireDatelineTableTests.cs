using Syndicate.Core.Places;

namespace Syndicate.Tests.Places;

/// <summary>
/// Datelines as printed in real wire copy in seven languages (Fixtures/Places/wire-datelines.tsv), each with the
/// country its page names and the address it was read on; and the real ones no general rule places
/// (wire-datelines-unplaced.tsv), each with why.
/// </summary>
public sealed class WireDatelineTableTests
{
    private static readonly string[] Languages = ["nl", "en", "de", "fr", "es", "it", "pt"];

    private static readonly List<Row> Placed = Load("wire-datelines.tsv", columns: 4);

    private static readonly List<Row> Unplaced = Load("wire-datelines-unplaced.tsv", columns: 5);

    private readonly PlaceResolver _resolver = new(Gazetteer.Default, RegionCatalog.Default);

    [Fact]
    public void The_table_holds_at_least_four_hundred_distinct_datelines_with_country_and_address()
    {
        Assert.True(Placed.Count >= 400, $"{Placed.Count} datelines");
        Assert.Equal(Placed.Count, Placed.Select(r => r.Dateline).Distinct(StringComparer.Ordinal).Count());
        Assert.All(Placed.Concat(Unplaced), r =>
        {
            Assert.Matches("^[A-Z]{2}$", r.Country);
            Assert.StartsWith("http", r.Address, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void The_table_has_at_least_twenty_datelines_in_each_of_the_seven_languages()
    {
        var perLanguage = Placed.CountBy(r => r.Language).ToDictionary();

        Assert.Empty(perLanguage.Keys.Except(Languages));
        Assert.All(Languages, language => Assert.True(perLanguage.GetValueOrDefault(language) >= 20, $"{language}: {perLanguage.GetValueOrDefault(language)}"));
    }

    [Fact]
    public void Every_dateline_resolves_to_its_country_without_a_home_country()
    {
        var misses = Placed
            .Select(r => (r.Dateline, r.Country, Got: _resolver.Resolve(r.Dateline).First?.CountryCode))
            .Where(r => r.Got != r.Country)
            .Select(r => $"{r.Dateline} → {r.Got ?? "nothing"}, not {r.Country}")
            .ToList();

        Assert.True(misses.Count == 0, $"{misses.Count} of {Placed.Count} missed:\n{string.Join('\n', misses)}");
    }

    [Fact]
    public void The_unplaced_datelines_are_still_not_placed_and_each_says_why()
    {
        Assert.All(Unplaced, r =>
        {
            Assert.NotEqual(r.Country, _resolver.Resolve(r.Dateline).First?.CountryCode);
            Assert.False(string.IsNullOrWhiteSpace(r.Why), r.Dateline);
        });
    }

    private static List<Row> Load(string name, int columns) =>
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Places", name))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .Select(f => f.Length == columns
                ? new Row(f[0], f[1], f[2], f[3], columns > 4 ? f[4] : null)
                : throw new InvalidDataException($"{name}: {columns} columns expected in '{string.Join('|', f)}'"))
            .ToList();

    /// <summary>A dateline as printed, its country, the language of its page, the page's address and, if unplaced, why.</summary>
    private sealed record Row(string Dateline, string Country, string Language, string Address, string? Why);
}

using System.Globalization;
using Syndicate.Core.Time;

namespace Syndicate.Tests.Time;

/// <summary>
/// The age corpus (AgeCorpus.tsv, written by tests/time/age-corpus.py): labels as real sites print them, each with
/// the address of the page it was seen on, read at dated, ordinary, daylight-saving, midnight and New Year references
/// in several zones, each with the window the rules give, worked out from the label's meaning written by hand. Rows
/// whose address is "-" are phrasings from the issue's list that no stored page showed; they are held apart.
/// </summary>
public sealed class AgeCorpusTests(ITestOutputHelper output)
{
    private const double RequiredAccuracy = 0.99;

    /// <summary>A language's or category's real rows may not fall far behind the whole: every failure is a form real sites print.</summary>
    private const double LanguageFloor = 0.90;

    private const double CategoryFloor = 0.80;

    private static readonly Row[] Rows = [.. File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Time", "AgeCorpus.tsv")).Skip(1).Select(Row.Parse)];

    private static readonly Row[] Real = [.. Rows.Where(r => r.Real)];

    [Fact]
    public void The_corpus_has_at_least_600_rows_of_at_least_700_real_labels_in_all_seven_languages_at_least_40_each()
    {
        var labels = Real.Select(r => (r.Language, r.Text)).Distinct().ToArray();
        Assert.True(Real.Length >= 600, $"{Real.Length} real rows");
        Assert.True(labels.Length >= 700, $"{labels.Length} real labels");
        Assert.Equal(["de", "en", "es", "fr", "it", "nl", "pt"], labels.Select(l => l.Language).Distinct().Order(StringComparer.Ordinal));
        Assert.All(labels.GroupBy(l => l.Language), language => Assert.True(language.Count() >= 40, $"{language.Key}: {language.Count()} real labels"));
    }

    [Fact]
    public void At_least_99_percent_of_the_real_rows_read_to_the_expected_window_and_no_language_or_category_falls_far_behind()
    {
        var results = Read(Real);
        Report(results);
        Assert.True(Accuracy(results) >= RequiredAccuracy, $"real rows: {Percent(results)}");
        Assert.All(results.GroupBy(r => r.Row.Language), group => Assert.True(Accuracy(group) >= LanguageFloor, $"{group.Key}: {Percent(group)}"));
        Assert.All(results.GroupBy(r => r.Row.Category), group => Assert.True(Accuracy(group) >= CategoryFloor, $"{group.Key}: {Percent(group)}"));
    }

    [Fact]
    public void Every_language_and_category_of_the_phrasings_from_the_issue_reads_at_least_99_percent_of_its_rows()
    {
        var results = Read([.. Rows.Where(r => !r.Real)]);
        Report(results);
        Assert.All(results.GroupBy(r => r.Row.Language).Concat(results.GroupBy(r => r.Row.Category)), group =>
            Assert.True(Accuracy(group) >= RequiredAccuracy, $"{group.Key}: {Percent(group)}"));
    }

    private static (Row Row, string Read)[] Read(Row[] rows) => [.. rows.Select(row => (row, Read(row)))];

    private void Report((Row Row, string Read)[] results)
    {
        foreach (var group in results.GroupBy(r => r.Row.Language).Concat(results.GroupBy(r => r.Row.Category)).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"{group.Key,-14} {group.Count(r => r.Read == r.Row.Expected),5}/{group.Count(),-5} {Percent(group)}");
        }

        output.WriteLine(string.Join('\n', results.Where(r => r.Read != r.Row.Expected)
            .Select(r => $"{r.Row.Language} '{r.Row.Text}' at {r.Row.Reference}: {r.Read}, expected {r.Row.Expected}")));
    }

    private static string Read(Row row)
    {
        var clock = new CaptureClock(DateTimeOffset.Parse(row.Reference, CultureInfo.InvariantCulture), row.Zone, AgeRounding.Floor);
        return AgeGrammar.For(row.Language).TryFind(row.Text, out var found) ? AgeCases.Show(found.Age.ToWindow(clock)) : "no age";
    }

    private static double Accuracy(IEnumerable<(Row Row, string Read)> results) =>
        (double)results.Count(r => r.Read == r.Row.Expected) / results.Count();

    private static string Percent(IEnumerable<(Row Row, string Read)> results) =>
        Accuracy(results).ToString("P1", CultureInfo.InvariantCulture);

    private sealed record Row(string Reference, string Zone, string Language, string Text, string Expected, string Category, bool Real)
    {
        public static Row Parse(string line)
        {
            var f = line.Split('\t');
            var expected = f[5].Length == 0 ? "no age" : $"{(f[4].Length == 0 ? "-" : f[4])} {f[5]}";
            return new Row(f[0], f[1], f[2], f[3], expected, f[6], f[9] != "-");
        }
    }
}

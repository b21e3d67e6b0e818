using System.Globalization;
using Syndicate.Core.Time;
using Syndicate.Core.Wire;
using Syndicate.Core.Wire.Quality;

namespace Syndicate.Cli;

/// <summary>
/// <c>score-recognition &lt;dir&gt;</c>: reads every labelled page under the folder (a sub-folder with a
/// <c>page.txt</c> or <c>page.html</c> and its <c>expected.json</c>), recognises it as the server would and
/// prints item precision, recall and F1 and per-field accuracy, in total, per language, per category
/// and per page, with what went wrong. Exit codes: 0 scored, 1 the folder holds no labelled page or a
/// label is malformed, 2 usage.
/// </summary>
internal static class ScoreRecognitionCommand
{
    private const string Usage = "usage: score-recognition <corpus-dir>";

    private static readonly string[] PageFiles = ["page.html", "page.txt"];

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var rest = args.Length > 0 && args[0] == "score-recognition" ? args[1..] : args;
        if (rest.Length != 1 || rest[0].StartsWith("--", StringComparison.Ordinal))
        {
            error.WriteLine(Usage);
            return 2;
        }

        var score = Score(rest[0], out var problem);
        if (score is null)
        {
            error.WriteLine(problem);
            return 1;
        }

        Write(score, output);
        return 0;
    }

    /// <summary>Scores the corpus under <paramref name="directory"/>; null with the reason when it cannot.</summary>
    public static CorpusScore? Score(string directory, out string? problem)
    {
        problem = null;
        if (!Directory.Exists(directory))
        {
            problem = $"No such folder: {directory}";
            return null;
        }

        var pages = new List<PageScore>();
        foreach (var folder in Directory.EnumerateDirectories(directory).Order(StringComparer.Ordinal))
        {
            var labels = Path.Combine(folder, "expected.json");
            var page = PageFiles.Select(f => Path.Combine(folder, f)).FirstOrDefault(File.Exists);
            if (!File.Exists(labels) || page is null)
            {
                continue;
            }

            var labelled = LabelledPage.Parse(Path.GetFileName(folder), File.ReadAllText(labels), out problem);
            if (labelled is null)
            {
                return null;
            }

            pages.Add(RecognitionScorer.Score(labelled, Read(page, labelled.Language)));
        }

        if (pages.Count == 0)
        {
            problem = $"No labelled page (a folder with page.txt or page.html and expected.json) under {directory}";
            return null;
        }

        return new CorpusScore(pages);
    }

    private static IReadOnlyList<WireItem> Read(string page, string language)
    {
        var grammar = AgeGrammar.Preferring(AgeGrammar.IsSupported(language) ? language : "en");
        var contentType = page.EndsWith(".html", StringComparison.Ordinal) ? "text/html; charset=utf-8" : "text/plain; charset=utf-8";
        return new PageReader(AgencyCatalog.Default, grammar).Read(File.ReadAllBytes(page), contentType, null).Items;
    }

    private static void Write(CorpusScore score, TextWriter output)
    {
        var total = score.Total;
        output.WriteLine($"{score.Pages.Count} pages, {total.Expected} labelled items, {total.Found} found, {total.Matched} matched");
        output.WriteLine($"items: precision {Percent(total.Precision)}  recall {Percent(total.Recall)}  F1 {Percent(total.F1)}");
        output.WriteLine("fields: " + string.Join("  ", RecognitionScore.FieldNames.Select(f => $"{f} {Percent(total.Fields[f].Accuracy)}")));
        WriteTable(output, "language", score.ByLanguage);
        WriteTable(output, "category", score.ByCategory);
        WriteTable(output, "page", score.Pages.Select(p => (p.Page.Name, p.Score)).ToList());
        foreach (var page in score.Pages.Where(p => p.Misses.Count > 0))
        {
            output.WriteLine();
            output.WriteLine($"{page.Page.Name}:");
            foreach (var miss in page.Misses)
            {
                output.WriteLine($"  {miss}");
            }
        }
    }

    private static void WriteTable(TextWriter output, string title, IReadOnlyList<(string Name, RecognitionScore Score)> rows)
    {
        output.WriteLine();
        var width = Math.Max(title.Length, rows.Max(r => r.Name.Length));
        output.WriteLine($"{title.PadRight(width)}  items    P       R       F1    " + string.Join(" ", RecognitionScore.FieldNames.Select(f => f.PadLeft(8))));
        foreach (var (name, row) in rows)
        {
            output.WriteLine(
                $"{name.PadRight(width)}  {row.Expected,5}  {Percent(row.Precision),6}  {Percent(row.Recall),6}  {Percent(row.F1),6}  "
                + string.Join(" ", RecognitionScore.FieldNames.Select(f => (row.Fields[f].Total == 0 ? "-" : Percent(row.Fields[f].Accuracy)).PadLeft(8))));
        }
    }

    private static string Percent(double value) => value.ToString("P1", CultureInfo.InvariantCulture).Replace(" ", "", StringComparison.Ordinal);
}

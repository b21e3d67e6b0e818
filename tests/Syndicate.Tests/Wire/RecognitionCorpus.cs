using Syndicate.Cli;
using Syndicate.Core.Time;
using Syndicate.Core.Wire;
using Syndicate.Core.Wire.Quality;

namespace Syndicate.Tests.Wire;

/// <summary>The corpus of real pages under Fixtures/Corpus, each read as the server reads it.</summary>
internal static class RecognitionCorpus
{
    public static string Directory { get; } = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Corpus");

    private static readonly Lazy<CorpusScore> LazyScore = new(() =>
        ScoreRecognitionCommand.Score(Directory, out var problem) ?? throw new InvalidOperationException(problem));

    public static CorpusScore Score => LazyScore.Value;

    public static LabelledPage Labels(string page) =>
        LabelledPage.Parse(page, File.ReadAllText(Path.Combine(Directory, page, "expected.json")), out var problem)
        ?? throw new InvalidOperationException(problem);

    /// <summary>The items recognised on one corpus page.</summary>
    public static IReadOnlyList<WireItem> Read(string page) => ReadAll(page).Items;

    /// <summary>One corpus page read as the server reads it: its items, and what else reading it reported.</summary>
    public static PageReadResult ReadAll(string page) =>
        new PageReader(AgencyCatalog.Default, AgeGrammar.Preferring(Labels(page).Language))
            .Read(File.ReadAllBytes(Path.Combine(Directory, page, "page.txt")), "text/plain; charset=utf-8", null);
}

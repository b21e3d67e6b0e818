using Syndicate.Cli;
using Syndicate.Core.Time;
using Syndicate.Core.Wire;
using Syndicate.Core.Wire.Quality;

namespace Syndicate.Tests.Wire;

/// <summary>
/// A folder of real pages with hand labels, each read as the server reads it: the development corpus under
/// Fixtures/Corpus, which the grammar is built and held to its thresholds on, and the held-out pages under
/// Fixtures/HeldOut, from sites the grammar had not seen, whose layouts it does not all read yet.
/// </summary>
internal sealed class RecognitionCorpus
{
    private readonly Lazy<CorpusScore> _score;

    private RecognitionCorpus(string folder)
    {
        Directory = Path.Combine(AppContext.BaseDirectory, "Fixtures", folder);
        _score = new(() => ScoreRecognitionCommand.Score(Directory, out var problem) ?? throw new InvalidOperationException(problem));
    }

    public static RecognitionCorpus Development { get; } = new("Corpus");

    public static RecognitionCorpus HeldOut { get; } = new("HeldOut");

    public string Directory { get; }

    public CorpusScore Score => _score.Value;

    public LabelledPage Labels(string page) =>
        LabelledPage.Parse(page, File.ReadAllText(Path.Combine(Directory, page, "expected.json")), out var problem)
        ?? throw new InvalidOperationException(problem);

    /// <summary>The items recognised on one page.</summary>
    public IReadOnlyList<WireItem> Read(string page) => ReadAll(page).Items;

    /// <summary>One page read as the server reads it: its items, and what else reading it reported.</summary>
    public PageReadResult ReadAll(string page) =>
        new PageReader(AgencyCatalog.Default, AgeGrammar.Preferring(Labels(page).Language))
            .Read(File.ReadAllBytes(Path.Combine(Directory, page, "page.txt")), "text/plain; charset=utf-8", null);
}

using BenchmarkDotNet.Attributes;
using Syndicate.Core.Time;

namespace Syndicate.Benchmarks;

/// <summary>
/// Age parsing as wire recognition does it: ages in the forms pages print them, and the prose and
/// word suffixes it tries and rejects. Each operation is one text.
/// </summary>
[MemoryDiagnoser]
public class AgeParsingBenchmarks
{
    private const int Texts = 24;

    private static readonly (AgeGrammar Grammar, string Text)[] Ages =
    [
        .. Read("nl", "16 minuten geleden", "56 minuten geleden", "1 uur geleden", "2 uur geleden", "4 uur geleden", "5 min. geleden",
            "een uur geleden", "3 dagen geleden", "zojuist", "gisteren 14:32", "14:32", "Bijgewerkt: 2 uur geleden"),
        .. Read("en", "16 minutes ago", "an hour ago", "2h", "Yesterday at 2:32 PM", "Updated 3 hours ago"),
        .. Read("pt", "há 3 horas"),
        .. Read("de", "vor 16 Minuten", "heute, 14:32 Uhr"),
        .. Read("fr", "il y a une heure", "aujourd'hui à 14h32"),
        .. Read("es", "hace 16 minutos"),
        .. Read("it", "5 minuti fa"),
    ];

    private static readonly (AgeGrammar Grammar, string Text)[] NonAges =
    [
        .. Read("nl", "geleden", "minuten geleden", "VS.", "zoals in de VS.", "16 minuten leestijd", "2 uur durende vergadering",
            "een uur later", "Meer uit Buitenland", "aldaar.", "de grenspolitie aldaar.", "Jeffrey Epstein.", "NTB.",
            "De twee hebben een videogesprek gevoerd.",
            "BRUSSEL (ANP) - De EU-lidstaten hebben woensdag een akkoord bereikt over de bestedingsvoorwaarden van de lening."),
        .. Read("en", "ago", "hours ago", "in 2 hours", "Read more", "The talks ended 3 hours ago"),
        .. Read("de", "16 Minuten Lesezeit", "in 2 Stunden"),
        .. Read("fr", "dans 2 heures", "hier soir"),
        .. Read("es", "dentro de 2 horas"),
    ];

    [GlobalSetup]
    public void EveryCaseCountsAsOneOperation()
    {
        if (Ages.Length != Texts || NonAges.Length != Texts || Ages.Any(a => !a.Grammar.TryParse(a.Text, out _)))
        {
            throw new InvalidOperationException($"Expected {Texts} ages and {Texts} non-ages.");
        }
    }

    [Benchmark(OperationsPerInvoke = Texts)]
    public int CommonAges() => Count(Ages);

    [Benchmark(OperationsPerInvoke = Texts)]
    public int RejectedProse() => Count(NonAges);

    private static int Count((AgeGrammar Grammar, string Text)[] cases)
    {
        var ages = 0;
        foreach (var (grammar, text) in cases)
        {
            if (grammar.TryParse(text, out _))
            {
                ages++;
            }
        }

        return ages;
    }

    private static IEnumerable<(AgeGrammar, string)> Read(string language, params string[] texts) =>
        texts.Select(text => (AgeGrammar.For(language), text));
}

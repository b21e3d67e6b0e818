using System.Text;
using Syndicate.Core.Time;

namespace Syndicate.Tests.Time;

/// <summary>
/// Property tests over the age corpus's labels, mutated from a fixed seed so a failure repeats: finding or parsing an age
/// in any line, in every language, never throws and gives the same answer twice; an age found lies within the line.
/// </summary>
public sealed class AgeFuzzTests
{
    private const int Seed = 20261204;

    private static readonly string[] Labels = [.. File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Time", "AgeCorpus.tsv"))
        .Skip(1).Select(line => line.Split('\t')[3]).Distinct()];

    // Spaces run together, separators, names, digits and letters that sit at the edges of the grammar's parts.
    private static readonly string[] Fragments =
    [
        " ", "  ", "\t", "\u00A0", "|", " | ", " · ", " - ", "/", " / ", ",", ":", ".", "'", "(", ")", "di Redazione ", "By Jane Doe ",
        "door ", "von ", "par ", "por ", "Updated ", "am ", "le ", "12", "2026", "h", "Uhr", "−", "-07:00", "Z", "é", "\u0301", "😀", "",
    ];

    [Fact]
    public void Mutated_age_labels_are_read_safely_and_deterministically_in_every_language()
    {
        var random = new Random(Seed);
        var grammars = AgeGrammar.SupportedLanguages.Select(AgeGrammar.Preferring).ToArray();
        for (var i = 0; i < 20_000; i++)
        {
            var line = Mutate(Labels[random.Next(Labels.Length)], random);
            var grammar = grammars[random.Next(grammars.Length)];

            var found = grammar.TryFind(line, out var inLine);
            Assert.Equal(found, grammar.TryFind(line, out var again));
            if (found)
            {
                Assert.Equal(inLine, again);
                Assert.InRange(inLine.Start + inLine.Length, inLine.Length, line.Length);
            }

            Assert.Equal(grammar.TryParse(line, out var age), grammar.TryParse(line, out _));
            Assert.True(age is null || found, $"parsed but not found: «{line}»");
        }
    }

    private static string Mutate(string label, Random random)
    {
        var text = new StringBuilder(label);
        for (var n = random.Next(1, 4); n > 0; n--)
        {
            var at = random.Next(text.Length + 1);
            switch (random.Next(3))
            {
                case 0:
                    text.Insert(at, Fragments[random.Next(Fragments.Length)]);
                    break;
                case 1 when at < text.Length:
                    text.Remove(at, Math.Min(random.Next(1, 4), text.Length - at));
                    break;
                default:
                    text.Insert(at, Labels[random.Next(Labels.Length)]);
                    break;
            }
        }

        return text.ToString();
    }
}

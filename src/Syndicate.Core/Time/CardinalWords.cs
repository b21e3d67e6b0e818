namespace Syndicate.Core.Time;

/// <summary>Builds a language's table of counts written as words from its number words.</summary>
internal static class CardinalWords
{
    /// <param name="first">The spellings of 1, 2, 3 ... in order, alternatives separated by spaces.</param>
    /// <param name="tens">The spellings of the multiples of ten after <paramref name="first"/>'s last number.</param>
    /// <param name="compound">
    /// How the language writes a multiple of ten and a digit as one word ("vijfentwintig", "twenty-five"),
    /// from their first spellings; null when it writes them apart.
    /// </param>
    /// <param name="more">Further counts: fractions ("anderhalf") and vague words ("enkele").</param>
    public static WordTable<AgeCount> Table(
        string[] first, string[] tens, Func<string, string, string>? compound, params (AgeCount, string)[] more)
    {
        var entries = new List<(AgeCount, string)>(more);
        entries.AddRange(first.Select((spellings, i) => (new AgeCount(i + 1), spellings)));
        var firstTen = ((first.Length / 10) + 1) * 10;
        for (var i = 0; i < tens.Length; i++)
        {
            var ten = firstTen + (10 * i);
            entries.Add((new AgeCount(ten), tens[i]));
            if (compound is not null)
            {
                for (var digit = 1; digit <= 9; digit++)
                {
                    entries.Add((new AgeCount(ten + digit), compound(FirstSpelling(tens[i]), FirstSpelling(first[digit - 1]))));
                }
            }
        }

        return new WordTable<AgeCount>([.. entries]);
    }

    private static string FirstSpelling(string spellings) => spellings.Split(' ')[0];
}

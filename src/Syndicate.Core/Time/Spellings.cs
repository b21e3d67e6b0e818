namespace Syndicate.Core.Time;

internal static class Spellings
{
    /// <summary>A word as written with a straight and with a typographic apostrophe ("aujourd'hui", "aujourd’hui").</summary>
    public static IEnumerable<string> Of(string word) =>
        word.Contains('\'', StringComparison.Ordinal) ? [word, word.Replace('\'', '’')] : [word];

    /// <summary>
    /// The words of a phrase as <see cref="AgeTokenizer"/> cuts them: at <paramref name="separator"/>,
    /// and after an apostrophe that elides a vowel ("un'ora" is "un'" and "ora").
    /// </summary>
    public static string[] Words(string phrase, char separator)
    {
        var words = new List<string>();
        foreach (var part in phrase.Split(separator, StringSplitOptions.RemoveEmptyEntries))
        {
            var start = 0;
            for (var i = 0; i < part.Length - 1; i++)
            {
                if (AgeTokenizer.IsElision(part[i]) && char.IsLetter(part[i + 1]))
                {
                    words.Add(part[start..(i + 1)]);
                    start = i + 1;
                }
            }

            words.Add(part[start..]);
        }

        return [.. words];
    }
}

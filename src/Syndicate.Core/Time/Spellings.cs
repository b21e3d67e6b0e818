namespace Syndicate.Core.Time;

internal static class Spellings
{
    /// <summary>A word as written with a straight and with a typographic apostrophe ("aujourd'hui", "aujourd’hui").</summary>
    public static IEnumerable<string> Of(string word) =>
        word.Contains('\'', StringComparison.Ordinal) ? [word, word.Replace('\'', '’')] : [word];
}

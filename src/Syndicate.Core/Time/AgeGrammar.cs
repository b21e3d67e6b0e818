using System.Diagnostics.CodeAnalysis;

namespace Syndicate.Core.Time;

/// <summary>
/// Reads the ages a site prints in one language: "16 minuten geleden", "2 hours ago", "gestern",
/// "aujourd'hui à 14h32", "28 nov". A text is an age only as a whole; see <see cref="AgeReader"/>.
/// </summary>
public sealed class AgeGrammar
{
    private static readonly Dictionary<string, AgeGrammar> Grammars = new(StringComparer.OrdinalIgnoreCase)
    {
        ["nl"] = new("nl", AgeVocabularies.Dutch),
        ["en"] = new("en", AgeVocabularies.English),
        ["de"] = new("de", AgeVocabularies.German),
        ["fr"] = new("fr", AgeVocabularies.French),
        ["es"] = new("es", AgeVocabularies.Spanish),
    };

    private readonly AgeVocabulary _words;

    private AgeGrammar(string language, AgeVocabulary words)
    {
        Language = language;
        _words = words;
    }

    public string Language { get; }

    public static IReadOnlyCollection<string> SupportedLanguages => Grammars.Keys;

    public static bool IsSupported(string language) => Grammars.ContainsKey(language);

    /// <summary>The grammar of <paramref name="language"/> (a two-letter code).</summary>
    /// <exception cref="ArgumentException">The language is not supported.</exception>
    public static AgeGrammar For(string language) =>
        Grammars.TryGetValue(language, out var grammar)
            ? grammar
            : throw new ArgumentException(
                $"Ages in language '{language}' are not supported; supported: {string.Join(", ", Grammars.Keys)}.",
                nameof(language));

    /// <summary>Whether the whole of <paramref name="text"/> is an age. Allocates only when it is one.</summary>
    public bool TryParse(string text, [NotNullWhen(true)] out Age? age)
    {
        var undecorated = AgeTokenizer.Undecorated(text);
        Span<AgeToken> tokens = stackalloc AgeToken[AgeTokenizer.MaxTokens];
        var count = undecorated.Length <= AgeTokenizer.MaxLength ? AgeTokenizer.Tokenize(undecorated, tokens) : 0;
        age = count > 0 ? new AgeReader(undecorated, tokens[..count], _words).Read() : null;
        return age is not null;
    }
}

using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace Syndicate.Core.Time;

/// <summary>Reads the ages a site prints in one language: "16 minuten geleden", "2 hours ago".</summary>
public sealed partial class AgeGrammar
{
    private static readonly Dictionary<string, AgeGrammar> Grammars = new(StringComparer.OrdinalIgnoreCase)
    {
        ["nl"] = new("nl", DutchRelative(), new Dictionary<string, AgeUnit>(StringComparer.OrdinalIgnoreCase)
        {
            ["seconde"] = AgeUnit.Second, ["seconden"] = AgeUnit.Second, ["sec"] = AgeUnit.Second,
            ["minuut"] = AgeUnit.Minute, ["minuten"] = AgeUnit.Minute, ["min"] = AgeUnit.Minute,
            ["uur"] = AgeUnit.Hour, ["uren"] = AgeUnit.Hour,
            ["dag"] = AgeUnit.Day, ["dagen"] = AgeUnit.Day,
            ["week"] = AgeUnit.Week, ["weken"] = AgeUnit.Week,
        }),
        ["en"] = new("en", EnglishRelative(), new Dictionary<string, AgeUnit>(StringComparer.OrdinalIgnoreCase)
        {
            ["second"] = AgeUnit.Second, ["seconds"] = AgeUnit.Second, ["sec"] = AgeUnit.Second, ["secs"] = AgeUnit.Second,
            ["minute"] = AgeUnit.Minute, ["minutes"] = AgeUnit.Minute, ["min"] = AgeUnit.Minute, ["mins"] = AgeUnit.Minute,
            ["hour"] = AgeUnit.Hour, ["hours"] = AgeUnit.Hour, ["hr"] = AgeUnit.Hour, ["hrs"] = AgeUnit.Hour,
            ["day"] = AgeUnit.Day, ["days"] = AgeUnit.Day,
            ["week"] = AgeUnit.Week, ["weeks"] = AgeUnit.Week,
        }),
    };

    private readonly Regex _relative;
    private readonly Dictionary<string, AgeUnit> _units;

    private AgeGrammar(string language, Regex relative, Dictionary<string, AgeUnit> units)
    {
        Language = language;
        _relative = relative;
        _units = units;
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

    /// <summary>Whether the whole of <paramref name="text"/> is an age.</summary>
    public bool TryParse(string text, [NotNullWhen(true)] out Age? age)
    {
        var trimmed = text.Trim();
        var match = _relative.Match(trimmed);
        if (match.Success
            && int.TryParse(match.Groups["n"].ValueSpan, out var amount)
            && _units.TryGetValue(match.Groups["unit"].Value, out var unit))
        {
            age = new RelativeAge(trimmed, amount, unit);
            return true;
        }

        age = null;
        return false;
    }

    [GeneratedRegex(@"^(?<n>\d{1,4})\s*(?<unit>[a-z]+)\.?\s+geleden$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DutchRelative();

    [GeneratedRegex(@"^(?<n>\d{1,4})\s*(?<unit>[a-z]+)\.?\s+ago$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EnglishRelative();
}

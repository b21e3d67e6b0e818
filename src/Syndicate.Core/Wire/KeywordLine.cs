namespace Syndicate.Core.Wire;

/// <summary>
/// A line in capitals throughout, above a headline or a group of items ("ELECCIONES CATALUÑA",
/// "ISRAEL PALESTINA", "PANORAMA MUNDIAL", a site's name): neither a section nor a headline.
/// </summary>
internal static class KeywordLine
{
    private const int MaxLength = 60;

    public static bool Is(string text) =>
        text.Length <= MaxLength
        && text.Count(char.IsLetter) >= 2
        && !text.Any(char.IsLower)
        && !text.Any(char.IsDigit)
        && text[^1] is not ('.' or '!' or '?');
}

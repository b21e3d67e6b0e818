namespace Syndicate.Core.Wire;

internal static class Whitespace
{
    /// <summary>Trims and folds every run of white space (including no-break spaces) into one space.</summary>
    public static string Collapse(ReadOnlySpan<char> text)
    {
        var collapsed = new CollapsedText(text.Length);
        collapsed.Append(text);
        return collapsed.ToString();
    }
}

namespace Syndicate.Core.Wire;

/// <summary>A flattened page: every non-empty line is a block.</summary>
public static class PlainTextExtractor
{
    public static IReadOnlyList<TextBlock> Extract(ReadOnlySpan<char> text)
    {
        var blocks = new List<TextBlock>();
        foreach (var line in text.EnumerateLines())
        {
            var collapsed = Whitespace.Collapse(line);
            if (collapsed.Length > 0)
            {
                blocks.Add(new TextBlock(collapsed));
            }
        }

        return blocks;
    }
}

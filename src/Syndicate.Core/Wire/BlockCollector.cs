namespace Syndicate.Core.Wire;

/// <summary>
/// Gathers a page's blocks as its elements open and close, whoever walks them (the document tree or the token
/// stream): block elements, list items and &lt;time&gt; start and end a block, &lt;br&gt; ends one, and text joins the
/// block being written, collapsed. A block's link is the first link its visible text sits in.
/// </summary>
internal sealed class BlockCollector
{
    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "dd", "details", "div", "dl", "dt", "fieldset", "figcaption",
        "figure", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "ol", "p", "pre", "section",
        "summary", "table", "tbody", "thead", "tr", "td", "th", "ul", "body", "html",
    };

    /// <summary>Elements that hold one item each on list pages.</summary>
    private static readonly HashSet<string> Containers = new(StringComparer.OrdinalIgnoreCase) { "li", "article", "dd" };

    private readonly CollapsedText _text = new();
    private readonly Stack<int> _containers = new();
    private int _containerCount;
    private string? _blockLink;
    private string? _dateTime;

    public List<TextBlock> Blocks { get; } = [];

    /// <summary>An element opens whose content is shown (never a &lt;br&gt;: see <see cref="LineBreak"/>).</summary>
    public void Open(string name)
    {
        if (name == "time" || BlockElements.Contains(name))
        {
            Flush();
        }

        if (Containers.Contains(name))
        {
            _containers.Push(_containerCount++);
        }
    }

    /// <summary>An element <see cref="Open"/>ed closes; a &lt;time&gt; gives its block <paramref name="dateTime"/>.</summary>
    public void Close(string name, string? dateTime)
    {
        if (name == "time")
        {
            _dateTime = dateTime;
            Flush();
        }
        else if (BlockElements.Contains(name))
        {
            Flush();
        }

        if (Containers.Contains(name))
        {
            _containers.Pop();
        }
    }

    public void LineBreak() => Flush();

    /// <summary>Text shown, inside the link <paramref name="link"/> or none.</summary>
    public void Append(string text, string? link)
    {
        _text.Append(text);
        NoteLink(text, link);
    }

    /// <inheritdoc cref="Append(string, string?)"/>
    public void Append(ReadOnlySpan<char> text, string? link)
    {
        _text.Append(text);
        NoteLink(text, link);
    }

    /// <summary>The blocks, once the page's end is reached.</summary>
    public List<TextBlock> Finish()
    {
        Flush();
        return Blocks;
    }

    private void NoteLink(ReadOnlySpan<char> text, string? link)
    {
        if (link is not null && !text.IsWhiteSpace())
        {
            _blockLink ??= link;
        }
    }

    private void Flush()
    {
        if (!_text.IsEmpty)
        {
            Blocks.Add(new TextBlock(_text.ToString(), _blockLink, _dateTime, _containers.TryPeek(out var container) ? container : null));
        }

        _text.Clear();
        _blockLink = null;
        _dateTime = null;
    }
}

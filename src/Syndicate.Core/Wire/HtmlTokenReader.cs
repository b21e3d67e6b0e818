using System.Buffers;
using static Syndicate.Core.Wire.HtmlElements;

namespace Syndicate.Core.Wire;

/// <summary>
/// Reads a page's blocks in one pass over its tokens, keeping the stack of open elements the HTML standard's tree
/// builder keeps but not the tree: nothing of a large page outlives the pass but its blocks' text. The standard's
/// rules are followed where they decide what a block holds and which link, time and list item it belongs to: the
/// head's content, which elements a start or end tag closes (a new &lt;p&gt;, &lt;li&gt;, heading or cell closes
/// the open one; an end tag closes what it encloses but nothing across a block), elements whose content is text,
/// foreign (SVG, MathML) content, formatting elements carried into the next block and a misnested &lt;/a&gt; taken
/// out of the stack. Where the tree builder only moves content (text or elements misplaced inside a table go before
/// the table) the text stays where the page writes it.
/// </summary>
internal sealed class HtmlTokenReader
{
    /// <summary>How many equal formatting elements a section of the active list keeps (the standard's "Noah's Ark").</summary>
    private const int EqualFormattingKept = 3;

    private readonly HtmlTokenScanner _tokens;
    private readonly Uri? _baseUrl;
    private readonly BlockCollector _blocks = new();
    private readonly ArrayBufferWriter<char> _decoded = new();
    private readonly Dictionary<string, string> _otherNames = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<Formatted> _formatting = [];
    private OpenElement[] _open = new OpenElement[32];
    private int _depth;
    private int _nextId = 1;
    private int _formId;
    private bool _inBody;

    private HtmlTokenReader(ReadOnlyMemory<char> html, Uri? baseUrl)
    {
        _tokens = new HtmlTokenScanner(html);
        _baseUrl = baseUrl;
    }

    /// <summary>The page's blocks, links resolved against its &lt;base href&gt; over <paramref name="pageUrl"/>.</summary>
    public static List<TextBlock> Extract(ReadOnlyMemory<char> html, Uri? pageUrl)
    {
        var reader = new HtmlTokenReader(html, BaseUri(html, pageUrl));
        reader.Read();
        return reader._blocks.Finish();
    }

    /// <summary>The URL relative links resolve against: the first &lt;base href&gt; over the page URL.</summary>
    private static Uri? BaseUri(ReadOnlyMemory<char> html, Uri? pageUrl)
    {
        if (!html.Span.Contains("<base", StringComparison.OrdinalIgnoreCase))
        {
            return pageUrl;
        }

        var tokens = new HtmlTokenScanner(html);
        while (tokens.Next())
        {
            if (tokens.Kind == HtmlToken.StartTag && !tokens.PassedOverText()
                && tokens.Span.Equals("base", StringComparison.OrdinalIgnoreCase) && tokens.Attribute(TagAttribute.Href) is { } href)
            {
                return HtmlExtractor.ResolveBase(href, pageUrl);
            }
        }

        return pageUrl;
    }

    private ref OpenElement Current => ref _open[_depth - 1];

    private void Read()
    {
        while (_tokens.Next())
        {
            switch (_tokens.Kind)
            {
                case HtmlToken.Text:
                    OnText();
                    break;
                case HtmlToken.StartTag when _inBody:
                    OnStartTag(Name());
                    break;
                case HtmlToken.StartTag:
                    BeforeBody(Name());
                    break;
                case HtmlToken.EndTag when _inBody:
                    OnEndTag(Name());
                    break;
            }
        }

        while (_depth > 0)
        {
            Pop();
        }
    }

    private string Name()
    {
        var span = _tokens.Span;
        if (KnownNameLookup.TryGetValue(span, out var known))
        {
            return known;
        }

        var others = _otherNames.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!others.TryGetValue(span, out var name))
        {
            name = span.ToString().ToLowerInvariant();
            _otherNames[name] = name;
        }

        return name;
    }

    /// <summary>A start tag in the head, before any content: head elements are passed over, anything else opens the body.</summary>
    private void BeforeBody(string name)
    {
        if (name == "body")
        {
            OpenBody(fromTag: true);
        }
        else if (name is "title" or "style" or "script" or "noframes" or "template")
        {
            _tokens.ReadTextUpTo(name);
        }
        else if (!HeadContent.Contains(name))
        {
            OpenBody(fromTag: false);
            OnStartTag(name);
        }
    }

    private void OpenBody(bool fromTag)
    {
        _inBody = true;
        Insert("body", foreign: false, fromTag);
    }

    private void OnText()
    {
        if (!_inBody)
        {
            if (_tokens.Span.IsWhiteSpace())
            {
                return;
            }

            OpenBody(fromTag: false);
        }

        Reconstruct();
        AppendText(decode: true);
    }

    private void AppendText(bool decode)
    {
        ref var current = ref Current;
        if (!current.Shown)
        {
            return;
        }

        var text = _tokens.Span;
        if (decode && text.Contains('&'))
        {
            _decoded.ResetWrittenCount();
            CharacterReferences.Decode(_tokens.Memory, inAttribute: false, _decoded);
            text = _decoded.WrittenSpan;
        }

        _blocks.Append(text, current.Link);
    }

    private void OnStartTag(string name)
    {
        if (InForeignContent())
        {
            if (!LeavesForeignContent.Contains(name))
            {
                Insert(name, foreign: true);
                if (_tokens.SelfClosing)
                {
                    Pop();
                }

                return;
            }

            while (InForeignContent())
            {
                Pop();
            }
        }

        switch (name)
        {
            case "html" or "body" or "head" or "base" or "basefont" or "bgsound" or "link" or "meta" or "frame"
                or "frameset" or "caption" or "col" or "colgroup" or "param" or "source" or "track":
                return;
            case "li":
                CloseListItem("li");
                CloseParagraph();
                Insert(name);
                return;
            case "dd" or "dt":
                CloseListItem("dd", "dt");
                CloseParagraph();
                Insert(name);
                return;
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                CloseParagraph();
                if (Headings.Contains(Current.Name))
                {
                    Pop();
                }

                Insert(name);
                return;
            case "form":
                if (_formId == 0)
                {
                    CloseParagraph();
                    _formId = Insert(name);
                }

                return;
            case "plaintext":
                CloseParagraph();
                Insert(name);
                _tokens.ReadRestAsText();
                AppendText(decode: false);
                return;
            case "hr":
                CloseParagraph();
                InsertVoid(name);
                return;
            case "button":
                if (InScope("button"))
                {
                    CloseThrough("button");
                }

                Reconstruct();
                Insert(name);
                return;
            case "a":
                if (LastFormatting("a") >= 0)
                {
                    EndFormatting("a");
                    RemoveFormatting("a");
                }

                Reconstruct();
                InsertFormatting(name);
                return;
            case "nobr":
                Reconstruct();
                if (InScope("nobr"))
                {
                    EndFormatting("nobr");
                    Reconstruct();
                }

                InsertFormatting(name);
                return;
            case "applet" or "marquee" or "object":
                Reconstruct();
                Insert(name);
                _formatting.Add(Formatted.Marker);
                return;
            case "br" or "area" or "embed" or "img" or "image" or "keygen" or "wbr" or "input":
                Reconstruct();
                InsertVoid(name);
                return;
            case "option" or "optgroup":
                if (Current.Name == "option")
                {
                    Pop();
                }

                Reconstruct();
                Insert(name);
                return;
            case "rb" or "rtc" or "rp" or "rt":
                if (InScope("ruby"))
                {
                    CloseImplied(except: name is "rp" or "rt" ? "rtc" : null);
                }

                Insert(name);
                return;
            case "math" or "svg":
                Reconstruct();
                Insert(name, foreign: true);
                if (_tokens.SelfClosing)
                {
                    Pop();
                }

                return;
            case "td" or "th" or "tr" or "tbody" or "thead" or "tfoot":
                OpenTablePart(name);
                return;
        }

        if (Formatting.Contains(name))
        {
            Reconstruct();
            InsertFormatting(name);
        }
        else if (ClosesParagraph.Contains(name) || name == "xmp")
        {
            CloseParagraph();
            if (name == "xmp")
            {
                Reconstruct();
            }

            InsertWithContent(name);
        }
        else
        {
            if (!HeadContent.Contains(name) && name is not ("textarea" or "iframe" or "noembed"))
            {
                Reconstruct();
            }

            InsertWithContent(name);
        }
    }

    private void OnEndTag(string name)
    {
        if (InForeignContent())
        {
            for (var index = _depth - 1; index >= 0 && _open[index].Foreign; index--)
            {
                if (_open[index].Name == name)
                {
                    PopTo(index);
                    return;
                }
            }
        }

        switch (name)
        {
            case "body" or "html" or "caption" or "col" or "colgroup":
                return;
            case "form":
                EndForm();
                return;
            case "p":
                if (!InScope("p", "button"))
                {
                    Insert("p", foreign: false, fromTag: false);
                }

                CloseThrough("p");
                return;
            case "li":
                if (InScope("li", "ol", "ul"))
                {
                    CloseThrough("li");
                }

                return;
            case "dd" or "dt":
                if (InScope(name))
                {
                    CloseThrough(name);
                }

                return;
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                if (Headings.Any(heading => InScope(heading)))
                {
                    CloseImplied(except: null);
                    while (_depth > 1 && !Headings.Contains(Current.Name))
                    {
                        Pop();
                    }

                    Pop();
                }

                return;
            case "applet" or "marquee" or "object":
                if (InScope(name))
                {
                    CloseThrough(name);
                    ClearFormattingToMarker();
                }

                return;
            case "br":
                Reconstruct();
                InsertVoid(name);
                return;
            case "table" or "tbody" or "thead" or "tfoot" or "tr":
                if (InTableScope(name))
                {
                    PopTo(IndexOf(name));
                }

                return;
            case "td" or "th":
                if (InTableScope(name))
                {
                    CloseThrough(name);
                    ClearFormattingToMarker();
                }

                return;
            case "template" or "select":
                if (IndexOf(name) > 0)
                {
                    PopTo(IndexOf(name));
                }

                return;
        }

        if (BlockEndTags.Contains(name))
        {
            if (InScope(name))
            {
                CloseThrough(name);
            }
        }
        else if (Formatting.Contains(name))
        {
            EndFormatting(name);
        }
        else
        {
            EndOther(name);
        }
    }

    /// <summary>A cell, row or row group: closes the open one of its kind; outside a table it is passed over.</summary>
    private void OpenTablePart(string name)
    {
        if (!InTableScope("table"))
        {
            return;
        }

        var cell = InTableScope("td") ? "td" : InTableScope("th") ? "th" : null;
        if (cell is not null)
        {
            CloseThrough(cell);
            ClearFormattingToMarker();
        }

        if (name is not ("td" or "th") && InTableScope("tr"))
        {
            PopTo(IndexOf("tr"));
        }

        if (name is "tbody" or "thead" or "tfoot")
        {
            foreach (var group in (string[])["tbody", "thead", "tfoot"])
            {
                if (InTableScope(group))
                {
                    PopTo(IndexOf(group));
                }
            }
        }

        Insert(name);
        if (name is "td" or "th")
        {
            _formatting.Add(Formatted.Marker);
        }
    }

    /// <summary>&lt;/form&gt;: the form leaves the stack, what it still holds stays inside it.</summary>
    private void EndForm()
    {
        var form = _formId;
        _formId = 0;
        var index = form == 0 ? -1 : IndexOfId(form);
        if (index < 0 || !InScope(_open[index].Name))
        {
            return;
        }

        CloseImplied(except: null);
        Remove(index, leavesContent: false);
    }

    /// <summary>Any other end tag: closes the nearest open element of its name unless a special element comes first.</summary>
    private void EndOther(string name)
    {
        for (var index = _depth - 1; index >= 0; index--)
        {
            if (_open[index].Name == name)
            {
                CloseImplied(except: name);
                PopTo(index);
                return;
            }

            if (Special.Contains(_open[index].Name))
            {
                return;
            }
        }
    }

    /// <summary>
    /// The end of a formatting element (the standard's adoption agency, in the part that decides what text stays
    /// inside it): with no block opened inside it the element closes with what it holds; with one, the element leaves
    /// the stack and the rest of that block's text is outside it.
    /// </summary>
    private void EndFormatting(string name)
    {
        if (Current.Name == name && !IsFormatting(Current.Id))
        {
            Pop();
            return;
        }

        var listed = LastFormatting(name);
        if (listed < 0)
        {
            EndOther(name);
            return;
        }

        var index = IndexOfId(_formatting[listed].Id);
        if (index < 0)
        {
            _formatting.RemoveAt(listed);
            return;
        }

        if (!InScopeAt(index))
        {
            return;
        }

        _formatting.RemoveAt(listed);
        var furthestBlock = -1;
        for (var above = index + 1; above < _depth && furthestBlock < 0; above++)
        {
            furthestBlock = Special.Contains(_open[above].Name) ? above : -1;
        }

        if (furthestBlock < 0)
        {
            PopTo(index);
        }
        else
        {
            Remove(index, leavesContent: true);
        }
    }

    private void InsertFormatting(string name)
    {
        var id = Insert(name);
        ref var element = ref Current;
        var equal = 0;
        for (var index = _formatting.Count - 1; index >= 0 && !_formatting[index].IsMarker; index--)
        {
            var other = _formatting[index];
            if (other.Name == name && other.OwnLink == element.OwnLink && other.OwnHidden == element.OwnHidden && ++equal == EqualFormattingKept)
            {
                _formatting.RemoveAt(index);
                break;
            }
        }

        _formatting.Add(new Formatted(id, name, element.OwnLink, element.OwnHidden));
    }

    /// <summary>Reopens the formatting elements a closed block left open (the standard's reconstruction).</summary>
    private void Reconstruct()
    {
        if (_formatting.Count == 0 || _formatting[^1].IsMarker || IndexOfId(_formatting[^1].Id) >= 0)
        {
            return;
        }

        var first = _formatting.Count - 1;
        while (first > 0 && !_formatting[first - 1].IsMarker && IndexOfId(_formatting[first - 1].Id) < 0)
        {
            first--;
        }

        for (var index = first; index < _formatting.Count; index++)
        {
            var element = _formatting[index];
            _formatting[index] = element with { Id = Push(element.Name, foreign: false, element.OwnHidden, element.OwnLink, dateTime: null) };
        }
    }

    private void ClearFormattingToMarker()
    {
        while (_formatting.Count > 0)
        {
            var last = _formatting[^1];
            _formatting.RemoveAt(_formatting.Count - 1);
            if (last.IsMarker)
            {
                return;
            }
        }
    }

    private int LastFormatting(string name)
    {
        for (var index = _formatting.Count - 1; index >= 0 && !_formatting[index].IsMarker; index--)
        {
            if (_formatting[index].Name == name)
            {
                return index;
            }
        }

        return -1;
    }

    private void RemoveFormatting(string name)
    {
        var listed = LastFormatting(name);
        if (listed >= 0)
        {
            var index = IndexOfId(_formatting[listed].Id);
            _formatting.RemoveAt(listed);
            if (index >= 0)
            {
                Remove(index, leavesContent: true);
            }
        }
    }

    private bool IsFormatting(int id) => _formatting.Exists(element => element.Id == id);

    /// <summary>Closes the open &lt;li&gt; (or &lt;dd&gt;, &lt;dt&gt;) a new one follows, unless a block other than a div or p encloses the new one first.</summary>
    private void CloseListItem(params ReadOnlySpan<string> names)
    {
        for (var index = _depth - 1; index >= 0; index--)
        {
            var name = _open[index].Name;
            if (names.Contains(name))
            {
                CloseImplied(except: name);
                PopTo(index);
                return;
            }

            if (Special.Contains(name) && name is not ("address" or "div" or "p"))
            {
                return;
            }
        }
    }

    private void CloseParagraph()
    {
        if (InScope("p", "button"))
        {
            CloseThrough("p");
        }
    }

    /// <summary>Closes what the page left open inside <paramref name="name"/>, then the element itself.</summary>
    private void CloseThrough(string name)
    {
        CloseImplied(except: name);
        var index = IndexOf(name);
        if (index >= 0)
        {
            PopTo(index);
        }
    }

    /// <summary>Closes the elements whose end tags may be left out (p, li, dd, dt, options, ruby text).</summary>
    private void CloseImplied(string? except)
    {
        while (_depth > 1 && Current.Name != except && ClosedImplicitly.Contains(Current.Name))
        {
            Pop();
        }
    }

    private bool InForeignContent() => _depth > 0 && Current.Foreign && !IntegrationPoints.Contains(Current.Name);

    /// <summary>Whether an element of that name is open with no scope boundary (a cell, a table, an object...) above it.</summary>
    private bool InScope(string name, params ReadOnlySpan<string> moreBoundaries)
    {
        for (var index = _depth - 1; index >= 0; index--)
        {
            ref var element = ref _open[index];
            if (element.Name == name)
            {
                return true;
            }

            if (element.Foreign ? ForeignScopeBoundaries.Contains(element.Name) : ScopeBoundaries.Contains(element.Name) || moreBoundaries.Contains(element.Name))
            {
                return false;
            }
        }

        return false;
    }

    private bool InScopeAt(int target)
    {
        for (var index = _depth - 1; index > target; index--)
        {
            ref var element = ref _open[index];
            if (element.Foreign ? ForeignScopeBoundaries.Contains(element.Name) : ScopeBoundaries.Contains(element.Name))
            {
                return false;
            }
        }

        return true;
    }

    private bool InTableScope(string name)
    {
        for (var index = _depth - 1; index >= 0; index--)
        {
            var open = _open[index].Name;
            if (open == name)
            {
                return true;
            }

            if (open is "html" or "table" or "template")
            {
                return false;
            }
        }

        return false;
    }

    private int IndexOf(string name)
    {
        for (var index = _depth - 1; index >= 0; index--)
        {
            if (_open[index].Name == name)
            {
                return index;
            }
        }

        return -1;
    }

    private int IndexOfId(int id)
    {
        for (var index = _depth - 1; index >= 0; index--)
        {
            if (_open[index].Id == id)
            {
                return index;
            }
        }

        return -1;
    }

    /// <summary>An element with content: text-only elements take their text at once and close.</summary>
    private void InsertWithContent(string name)
    {
        Insert(name);
        if (TextOnly.Contains(name))
        {
            _tokens.ReadTextUpTo(name);
            AppendText(decode: TextWithReferences.Contains(name));
            Pop();
        }
    }

    /// <summary>An element without content (&lt;br&gt;, &lt;img&gt;, &lt;hr&gt;...).</summary>
    private void InsertVoid(string name)
    {
        if (name == "br")
        {
            if (Current.Shown)
            {
                _blocks.LineBreak();
            }

            return;
        }

        Insert(name);
        Pop();
    }

    private int Insert(string name, bool foreign = false, bool fromTag = true)
    {
        var hidden = HtmlExtractor.IsSkipped(name) || (fromTag && HtmlExtractor.IsHidden(name, _tokens));
        var link = fromTag && name == "a" && !hidden ? HtmlExtractor.ResolveLink(_tokens.Attribute(TagAttribute.Href), _baseUrl) : null;
        var dateTime = fromTag && name == "time" ? _tokens.Attribute(TagAttribute.DateTime) : null;
        return Push(name, foreign, hidden, link, dateTime);
    }

    private int Push(string name, bool foreign, bool ownHidden, string? ownLink, string? dateTime)
    {
        if (_depth == _open.Length)
        {
            Array.Resize(ref _open, _depth * 2);
        }

        var parentShown = _depth == 0 || Current.Shown;
        var shown = parentShown && !ownHidden;
        var element = new OpenElement(name, _nextId++, foreign, ownHidden, ownLink, dateTime)
        {
            Shown = shown,
            Entered = shown,
            Link = ownLink ?? (_depth == 0 ? null : Current.Link),
        };
        _open[_depth++] = element;
        if (shown)
        {
            _blocks.Open(name);
        }

        return element.Id;
    }

    private void Pop()
    {
        ref var element = ref _open[--_depth];
        if (element.Entered)
        {
            _blocks.Close(element.Name, element.DateTime);
        }

        element = default;
    }

    /// <summary>Closes the element at <paramref name="index"/> and everything above it.</summary>
    private void PopTo(int index)
    {
        while (_depth > index)
        {
            Pop();
        }
    }

    /// <summary>
    /// Takes the element at <paramref name="index"/> out of the stack and leaves what is above it open. With
    /// <paramref name="leavesContent"/> what follows is no longer inside it (its link and its hiding end).
    /// </summary>
    private void Remove(int index, bool leavesContent)
    {
        if (_open[index].Entered)
        {
            _blocks.Close(_open[index].Name, _open[index].DateTime);
        }

        Array.Copy(_open, index + 1, _open, index, _depth - index - 1);
        _open[--_depth] = default;
        if (!leavesContent)
        {
            return;
        }

        for (var above = Math.Max(index, 1); above < _depth; above++)
        {
            ref var parent = ref _open[above - 1];
            ref var element = ref _open[above];
            element.Shown = parent.Shown && !element.OwnHidden;
            element.Link = element.OwnLink ?? parent.Link;
        }
    }

    /// <summary>An open element: what the stack knows of it.</summary>
    private record struct OpenElement(string Name, int Id, bool Foreign, bool OwnHidden, string? OwnLink, string? DateTime)
    {
        /// <summary>Whether its content is shown: neither it nor an element around it is hidden or left out.</summary>
        public bool Shown { get; set; }

        /// <summary>Whether it was shown when it opened, so its closing ends a block.</summary>
        public bool Entered { get; init; }

        /// <summary>The link its text sits in.</summary>
        public string? Link { get; set; }
    }

    /// <summary>An entry of the active formatting elements, or a marker (a cell, an object) that bounds them.</summary>
    private readonly record struct Formatted(int Id, string Name, string? OwnLink, bool OwnHidden)
    {
        public static Formatted Marker => new(0, "", null, false);

        public bool IsMarker => Id == 0;
    }
}

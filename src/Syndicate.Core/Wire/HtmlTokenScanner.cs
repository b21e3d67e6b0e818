namespace Syndicate.Core.Wire;

internal enum HtmlToken
{
    EndOfFile,
    Text,
    StartTag,
    EndTag,
}

/// <summary>
/// Reads HTML as the tokenizer of the HTML standard does, as positions in the page without copying it: text,
/// start tags with the attributes of <see cref="TagAttribute"/>, end tags. Comments, doctypes and processing
/// instructions are passed over; a tag the page ends inside of is dropped. Text is raw: its character references
/// are decoded by the reader (<see cref="CharacterReferences"/>).
/// </summary>
internal sealed class HtmlTokenScanner(ReadOnlyMemory<char> page) : ITagAttributes
{
    private const int Absent = -1;

    private readonly int[] _attributeStarts = new int[TagAttributes.Count];
    private readonly int[] _attributeLengths = new int[TagAttributes.Count];
    private int _position;

    public HtmlToken Kind { get; private set; }

    /// <summary>Where the text, or the tag's name, starts in the page.</summary>
    public int Start { get; private set; }

    public int Length { get; private set; }

    public bool SelfClosing { get; private set; }

    public ReadOnlySpan<char> Span => page.Span.Slice(Start, Length);

    public ReadOnlyMemory<char> Memory => page.Slice(Start, Length);

    /// <summary>The last start tag's attribute with its references decoded (a copy only when it has any).</summary>
    public bool TryGet(TagAttribute attribute, out ReadOnlySpan<char> value)
    {
        var start = _attributeStarts[(int)attribute];
        value = start == Absent ? [] : page.Span.Slice(start, _attributeLengths[(int)attribute]);
        if (value.Contains('&'))
        {
            value = Attribute(attribute);
        }

        return start != Absent;
    }

    /// <summary>The last start tag's attribute with its references decoded, or null.</summary>
    public string? Attribute(TagAttribute attribute)
    {
        var start = _attributeStarts[(int)attribute];
        return start == Absent ? null : CharacterReferences.Decoded(page.Slice(start, _attributeLengths[(int)attribute]), inAttribute: true);
    }

    /// <summary>Moves to the next token: false at the end of the page.</summary>
    public bool Next()
    {
        var html = page.Span;
        while (_position < html.Length)
        {
            if (html[_position] != '<')
            {
                var end = IndexOf(html, '<', _position);
                SetText(_position, (end < 0 ? html.Length : end) - _position);
                return true;
            }

            if (ReadMarkup(html))
            {
                return true;
            }
        }

        Kind = HtmlToken.EndOfFile;
        Start = html.Length;
        Length = 0;
        return false;
    }

    /// <summary>
    /// After the start tag of an element whose content is text (<c>script</c>, <c>style</c>, <c>textarea</c>,
    /// <c>title</c>...): moves to that text, up to its end tag or the end of the page, and past the end tag.
    /// </summary>
    public void ReadTextUpTo(string endTagName)
    {
        var html = page.Span;
        var from = _position;
        var end = endTagName == "script" ? ScriptEnd(html, from) : EndTagAt(html, from, endTagName);
        if (end < 0)
        {
            SetText(from, html.Length - from);
            return;
        }

        _position = end;
        ReadMarkup(html);
        Kind = HtmlToken.Text;
        Start = from;
        Length = end - from;
    }

    /// <summary>
    /// For a scan that builds nothing: after the start tag of an element whose content is text, passes over that text
    /// and its end tag. True when it did.
    /// </summary>
    public bool PassedOverText()
    {
        if (Kind != HtmlToken.StartTag || !HtmlElements.KnownNameLookup.TryGetValue(Span, out var name) || !HtmlElements.TextOnly.Contains(name))
        {
            return false;
        }

        ReadTextUpTo(name);
        return true;
    }

    /// <summary>Where the first end tag of that name starts from <paramref name="from"/>, or -1.</summary>
    private static int EndTagAt(ReadOnlySpan<char> html, int from, string name)
    {
        for (var at = from; (at = IndexOf(html, "</", at)) >= 0; at += 2)
        {
            if (IsTagNamed(html, at + 2, name))
            {
                return at;
            }
        }

        return -1;
    }

    /// <summary>
    /// Where a script's end tag starts, or -1: inside "&lt;!--" a "&lt;script&gt;" opens a nested script whose
    /// "&lt;/script&gt;" does not end the outer one, until "--&gt;".
    /// </summary>
    private static int ScriptEnd(ReadOnlySpan<char> html, int from)
    {
        var escaped = false;
        var nested = false;
        for (var at = from; (at = IndexOfAny(html, '<', '-', at)) >= 0; at++)
        {
            var rest = html[at..];
            if (rest.StartsWith("-->"))
            {
                escaped = nested = false;
                at += 2;
            }
            else if (rest.StartsWith("<!--"))
            {
                escaped = true;
                at += 3;
            }
            else if (rest.StartsWith("</") && IsTagNamed(html, at + 2, "script"))
            {
                if (!nested)
                {
                    return at;
                }

                nested = false;
            }
            else if (escaped && rest.StartsWith("<") && IsTagNamed(html, at + 1, "script"))
            {
                nested = true;
            }
        }

        return -1;
    }

    /// <summary>Whether a tag name at <paramref name="at"/> is <paramref name="name"/> and ends there.</summary>
    private static bool IsTagNamed(ReadOnlySpan<char> html, int at, string name)
    {
        var end = at + name.Length;
        return end <= html.Length
            && html.Slice(at, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase)
            && (end == html.Length || EndsName(html[end]));
    }

    /// <summary>Moves to the rest of the page as text (after <c>&lt;plaintext&gt;</c>).</summary>
    public void ReadRestAsText()
    {
        var html = page.Span;
        SetText(_position, html.Length - _position);
        _position = html.Length;
    }

    private void SetText(int start, int length)
    {
        Kind = HtmlToken.Text;
        Start = start;
        Length = length;
        _position = start + length;
    }

    /// <summary>Reads what starts at a '&lt;': true when it is a tag or text, false when it is passed over.</summary>
    private bool ReadMarkup(ReadOnlySpan<char> html)
    {
        var at = _position + 1;
        var next = at < html.Length ? html[at] : '\0';
        if (char.IsAsciiLetter(next))
        {
            return ReadTag(html, at, HtmlToken.StartTag);
        }

        if (next == '/')
        {
            var after = at + 1 < html.Length ? html[at + 1] : '\0';
            if (char.IsAsciiLetter(after))
            {
                return ReadTag(html, at + 1, HtmlToken.EndTag);
            }

            _position = after == '>' ? at + 2 : SkipPast(html, '>', at);
            return false;
        }

        if (next == '!')
        {
            _position = html[at..].StartsWith("!--") ? SkipComment(html, at + 3) : SkipPast(html, '>', at);
            return false;
        }

        if (next == '?')
        {
            _position = SkipPast(html, '>', at);
            return false;
        }

        SetText(_position, 1);
        return true;
    }

    private static int SkipPast(ReadOnlySpan<char> html, char end, int from)
    {
        var at = IndexOf(html, end, from);
        return at < 0 ? html.Length : at + 1;
    }

    /// <summary>Past a comment's end: "-->", "--!>", or the "&lt;!-->" and "&lt;!--->" that end at once.</summary>
    private static int SkipComment(ReadOnlySpan<char> html, int from)
    {
        var rest = html[from..];
        if (rest.StartsWith(">"))
        {
            return from + 1;
        }

        if (rest.StartsWith("->"))
        {
            return from + 2;
        }

        for (var at = from; (at = IndexOf(html, "--", at)) >= 0; at++)
        {
            var after = html[(at + 2)..];
            if (after.StartsWith(">"))
            {
                return at + 3;
            }

            if (after.StartsWith("!>"))
            {
                return at + 4;
            }
        }

        return html.Length;
    }

    /// <summary>Reads a tag whose name starts at <paramref name="nameStart"/>: false when the page ends inside it.</summary>
    private bool ReadTag(ReadOnlySpan<char> html, int nameStart, HtmlToken kind)
    {
        var at = nameStart;
        while (at < html.Length && !EndsName(html[at]))
        {
            at++;
        }

        Kind = kind;
        Start = nameStart;
        Length = at - nameStart;
        SelfClosing = false;
        Array.Fill(_attributeStarts, Absent);
        var end = ReadAttributes(html, at);
        _position = end < 0 ? html.Length : end;
        return end >= 0;
    }

    /// <summary>Reads attributes from <paramref name="at"/> to the tag's '&gt;': the position after it, or -1 at the page's end.</summary>
    private int ReadAttributes(ReadOnlySpan<char> html, int at)
    {
        while (true)
        {
            while (at < html.Length && IsSpace(html[at]))
            {
                at++;
            }

            if (at >= html.Length)
            {
                return -1;
            }

            if (html[at] == '>')
            {
                return at + 1;
            }

            if (html[at] == '/')
            {
                SelfClosing = at + 1 < html.Length && html[at + 1] == '>';
                at++;
                continue;
            }

            var nameStart = at++;
            while (at < html.Length && !EndsName(html[at]) && html[at] != '=')
            {
                at++;
            }

            var name = html[nameStart..at];
            while (at < html.Length && IsSpace(html[at]))
            {
                at++;
            }

            var valueStart = at;
            var valueLength = 0;
            if (at < html.Length && html[at] == '=')
            {
                at++;
                while (at < html.Length && IsSpace(html[at]))
                {
                    at++;
                }

                if (at < html.Length && html[at] is '"' or '\'')
                {
                    var quote = html[at];
                    var close = IndexOf(html, quote, at + 1);
                    if (close < 0)
                    {
                        return -1;
                    }

                    valueStart = at + 1;
                    valueLength = close - valueStart;
                    at = close + 1;
                }
                else
                {
                    valueStart = at;
                    while (at < html.Length && !IsSpace(html[at]) && html[at] != '>')
                    {
                        at++;
                    }

                    valueLength = at - valueStart;
                }
            }

            if (TagAttributes.Named(name) is { } attribute && _attributeStarts[(int)attribute] == Absent)
            {
                _attributeStarts[(int)attribute] = valueStart;
                _attributeLengths[(int)attribute] = valueLength;
            }
        }
    }

    /// <summary>Where <paramref name="value"/> first occurs in <paramref name="html"/> from <paramref name="from"/>, or -1.</summary>
    private static int IndexOf(ReadOnlySpan<char> html, char value, int from) => Offset(html[from..].IndexOf(value), from);

    /// <inheritdoc cref="IndexOf(ReadOnlySpan{char}, char, int)"/>
    private static int IndexOf(ReadOnlySpan<char> html, string value, int from) => Offset(html[from..].IndexOf(value, StringComparison.Ordinal), from);

    /// <summary>Where <paramref name="first"/> or <paramref name="second"/> first occurs from <paramref name="from"/>, or -1.</summary>
    private static int IndexOfAny(ReadOnlySpan<char> html, char first, char second, int from) => Offset(html[from..].IndexOfAny(first, second), from);

    private static int Offset(int found, int from) => found < 0 ? -1 : found + from;

    /// <summary>The white space that separates a tag's name and attributes.</summary>
    private static bool IsSpace(char c) => c is '\t' or '\n' or '\f' or '\r' or ' ';

    /// <summary>What ends a tag's name.</summary>
    private static bool EndsName(char c) => IsSpace(c) || c is '/' or '>';
}

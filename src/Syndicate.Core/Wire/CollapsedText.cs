using System.Buffers;

namespace Syndicate.Core.Wire;

/// <summary>
/// Text taken in pieces and kept collapsed as it comes: leading white space dropped, every run of
/// white space (including no-break and zero-width spaces) one space, trailing white space dropped.
/// One buffer serves block after block, and a text that came from one string that needed no
/// collapsing is that string, so a page's text is copied at most once, into its blocks' strings.
/// </summary>
internal sealed class CollapsedText(int capacity = 256)
{
    private static readonly SearchValues<char> Spaces = SearchValues.Create(
        Enumerable.Range(char.MinValue, char.MaxValue + 1).Select(c => (char)c).Where(c => char.IsWhiteSpace(c) || c == '\u200B').ToArray());

    private char[] _chars = new char[Math.Max(capacity, 16)];
    private int _length;
    private bool _pendingSpace;
    private string? _firstString;

    public bool IsEmpty => _length == 0;

    public void Append(string text)
    {
        if (_length == 0)
        {
            _firstString = text;
        }

        Append(text.AsSpan());
    }

    public void Append(ReadOnlySpan<char> text)
    {
        while (!text.IsEmpty)
        {
            var space = text.IndexOfAny(Spaces);
            var word = space < 0 ? text : text[..space];
            if (!word.IsEmpty)
            {
                AppendWord(word);
            }

            if (space < 0)
            {
                return;
            }

            _pendingSpace = _length > 0;
            text = text[(space + 1)..];
        }
    }

    public void Clear()
    {
        _length = 0;
        _pendingSpace = false;
        _firstString = null;
    }

    public override string ToString()
    {
        var text = _chars.AsSpan(0, _length);
        return _firstString is not null && text.SequenceEqual(_firstString) ? _firstString : text.ToString();
    }

    private void AppendWord(ReadOnlySpan<char> word)
    {
        var needed = _length + word.Length + 1;
        if (needed > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(needed, _chars.Length * 2));
        }

        if (_pendingSpace)
        {
            _chars[_length++] = ' ';
            _pendingSpace = false;
        }

        word.CopyTo(_chars.AsSpan(_length));
        _length += word.Length;
    }
}

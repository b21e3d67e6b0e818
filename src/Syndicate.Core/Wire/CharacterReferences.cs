using System.Buffers;
using System.Text;
using AngleSharp.Common;
using AngleSharp.Html;

namespace Syndicate.Core.Wire;

/// <summary>
/// Decodes character references (<c>&amp;amp;</c>, <c>&amp;#233;</c>, <c>&amp;#xE9;</c>, the legacy <c>&amp;eacute</c>
/// without a semicolon) as the HTML tokenizer does, from the named entities AngleSharp knows.
/// </summary>
internal static class CharacterReferences
{
    /// <summary>The longest entity name with its semicolon ("CounterClockwiseContourIntegral;").</summary>
    private const int LongestName = 33;

    private const char Replacement = '\uFFFD';

    /// <summary>Appends <paramref name="raw"/> to <paramref name="output"/> with its references decoded.</summary>
    /// <param name="inAttribute">
    /// In an attribute value a legacy name followed by <c>=</c> or a letter or digit stays as written
    /// (<c>?a=1&amp;copy=2</c> keeps its <c>&amp;copy</c>).
    /// </param>
    public static void Decode(ReadOnlyMemory<char> raw, bool inAttribute, ArrayBufferWriter<char> output)
    {
        var span = raw.Span;
        var at = 0;
        while (true)
        {
            var amp = span[at..].IndexOf('&');
            if (amp < 0)
            {
                output.Write(span[at..]);
                return;
            }

            output.Write(span.Slice(at, amp));
            at += amp;
            var consumed = span.Length > at + 1 && span[at + 1] == '#'
                ? DecodeNumber(span[at..], output)
                : DecodeName(raw[at..], inAttribute, output);
            if (consumed == 0)
            {
                output.Write("&");
                consumed = 1;
            }

            at += consumed;
        }
    }

    /// <summary>A value with its references decoded.</summary>
    public static string Decoded(ReadOnlyMemory<char> raw, bool inAttribute)
    {
        if (!raw.Span.Contains('&'))
        {
            return raw.ToString();
        }

        var output = new ArrayBufferWriter<char>(raw.Length);
        Decode(raw, inAttribute, output);
        return new string(output.WrittenSpan);
    }

    /// <summary>Decodes <c>&amp;#…</c> at the start of <paramref name="text"/>; the characters it took, 0 for none.</summary>
    private static int DecodeNumber(ReadOnlySpan<char> text, ArrayBufferWriter<char> output)
    {
        var hex = text.Length > 2 && text[2] is 'x' or 'X';
        var digitsStart = hex ? 3 : 2;
        var end = digitsStart;
        var value = 0L;
        while (end < text.Length && (hex ? char.IsAsciiHexDigit(text[end]) : char.IsAsciiDigit(text[end])))
        {
            value = Math.Min(value * (hex ? 16 : 10) + DigitValue(text[end]), 0x110000);
            end++;
        }

        if (end == digitsStart)
        {
            return 0;
        }

        if (end < text.Length && text[end] == ';')
        {
            end++;
        }

        AppendCodePoint((int)value, output);
        return end;
    }

    private static int DigitValue(char digit) => digit <= '9' ? digit - '0' : (digit | 0x20) - 'a' + 10;

    private static void AppendCodePoint(int value, ArrayBufferWriter<char> output)
    {
        if (value == 0 || value > 0x10FFFF || value is >= 0xD800 and <= 0xDFFF)
        {
            output.Write([Replacement]);
        }
        else if (HtmlEntityProvider.IsInCharacterTable(value))
        {
            output.Write(HtmlEntityProvider.GetSymbolFromTable(value));
        }
        else
        {
            Span<char> chars = stackalloc char[2];
            output.Write(chars[..new Rune(value).EncodeToUtf16(chars)]);
        }
    }

    /// <summary>Decodes <c>&amp;name;</c> or a legacy <c>&amp;name</c> at the start of <paramref name="text"/>; the characters it took, 0 for none.</summary>
    private static int DecodeName(ReadOnlyMemory<char> text, bool inAttribute, ArrayBufferWriter<char> output)
    {
        var span = text.Span;
        var end = 1;
        while (end < span.Length && end <= LongestName && char.IsAsciiLetterOrDigit(span[end]))
        {
            end++;
        }

        if (end == 1)
        {
            return 0;
        }

        if (end < span.Length && span[end] == ';' && Symbol(text[1..(end + 1)]) is { Length: > 0 } symbol)
        {
            output.Write(symbol);
            return end + 1;
        }

        // Without its semicolon only a legacy name counts, the longest one the letters begin with.
        for (var length = end - 1; length >= 2; length--)
        {
            if (Symbol(text.Slice(1, length)) is not { Length: > 0 } legacy)
            {
                continue;
            }

            var next = 1 + length < span.Length ? span[1 + length] : '\0';
            if (inAttribute && (next == '=' || char.IsAsciiLetterOrDigit(next)))
            {
                return 0;
            }

            output.Write(legacy);
            return 1 + length;
        }

        return 0;
    }

    private static string? Symbol(ReadOnlyMemory<char> name) => HtmlEntityProvider.ResolverExtended.GetSymbol(new StringOrMemory(name));
}

using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.RegularExpressions;
using System.Text.Unicode;

namespace Syndicate.Core.Wire;

/// <summary>
/// Turns a page's bytes into text the way browsers do: a byte order mark first, then the charset of
/// the Content-Type header, then a &lt;meta charset&gt; or &lt;meta http-equiv&gt; in the first 1024
/// bytes, else UTF-8, falling back to Windows-1252 when the bytes are not UTF-8. As in browsers
/// (WHATWG Encoding), ISO-8859-1 and ASCII labels decode as Windows-1252, their superset.
/// Binary data (NUL bytes, file signatures, control characters) and undecodable text are refused.
/// </summary>
public static partial class PageDecoder
{
    private const int SniffBytes = 1024;
    private const int ProbeBytes = 8192;
    private const double MaxControlShare = 0.02;
    private const double MaxReplacementShare = 0.02;

    private static readonly Encoding Windows1252 = RegisterCodePages();

    private static readonly Encoding Utf8NoBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private static readonly (byte[] Signature, string Kind)[] BinarySignatures =
    [
        ("%PDF"u8.ToArray(), "a PDF document"),
        ([0x89, (byte)'P', (byte)'N', (byte)'G'], "a PNG image"),
        ("GIF8"u8.ToArray(), "a GIF image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        ([(byte)'P', (byte)'K', 0x03, 0x04], "a ZIP archive"),
        ([0x1F, 0x8B], "gzip-compressed data"),
    ];

    /// <summary>Decodes <paramref name="bytes"/> served with <paramref name="contentType"/> (null for a file).</summary>
    public static bool TryDecode(
        ReadOnlySpan<byte> bytes,
        string? contentType,
        [NotNullWhen(true)] out DecodedPage? page,
        [NotNullWhen(false)] out string? error)
    {
        page = null;
        var (mediaType, headerCharset) = ParseContentType(contentType);
        var (bomEncoding, bomLength) = DetectBom(bytes);
        var content = bytes[bomLength..];
        error = bomEncoding is UnicodeEncoding ? null : BinaryReason(content);
        if (error is not null)
        {
            return false;
        }

        var encoding = bomEncoding ?? FromLabel(headerCharset) ?? FromLabel(SniffMetaCharset(content));
        if (encoding is UTF8Encoding && bomEncoding is null && IsMislabeledSingleByte(content))
        {
            encoding = Windows1252;
        }

        encoding ??= Utf8.IsValid(content) ? Utf8NoBom : Windows1252;
        var buffer = ArrayPool<char>.Shared.Rent(encoding.GetCharCount(content));
        var text = buffer.AsSpan(0, encoding.GetChars(content, buffer));
        if (encoding is UTF8Encoding && text.Count('\uFFFD') > text.Length * MaxReplacementShare)
        {
            ArrayPool<char>.Shared.Return(buffer);
            error = "The page declares UTF-8 but is not UTF-8 text: too many invalid byte sequences.";
            return false;
        }

        page = new DecodedPage(buffer, text.Length, IsHtml(mediaType, text), encoding.WebName);
        return true;
    }

    /// <summary>
    /// Bytes labelled UTF-8 that hold invalid sequences, not one valid multi-byte sequence, and as few
    /// non-ASCII bytes as Latin text has are single-byte text (Windows-1252) under a wrong label:
    /// decoding them as such keeps "Høiby" instead of "H\uFFFDiby", so the item keeps its text and id.
    /// </summary>
    private static bool IsMislabeledSingleByte(ReadOnlySpan<byte> content)
    {
        var nonAscii = 0;
        foreach (var b in content)
        {
            nonAscii += b >= 0x80 ? 1 : 0;
        }

        if (nonAscii == 0 || nonAscii * 10 > content.Length)
        {
            return false;
        }

        var invalid = false;
        while (!content.IsEmpty)
        {
            var status = Rune.DecodeFromUtf8(content, out var rune, out var consumed);
            if (status == System.Buffers.OperationStatus.Done && rune.Value >= 0x80)
            {
                return false;
            }

            invalid |= status != System.Buffers.OperationStatus.Done;
            content = content[consumed..];
        }

        return invalid;
    }

    private static Encoding RegisterCodePages()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }

    private static (string? MediaType, string? Charset) ParseContentType(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return (null, null);
        }

        var parts = contentType.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var charset = parts.Skip(1)
            .Select(p => p.Split('=', 2, StringSplitOptions.TrimEntries))
            .FirstOrDefault(p => p.Length == 2 && p[0].Equals("charset", StringComparison.OrdinalIgnoreCase))?[1]
            .Trim('"', '\'');
        return (parts.Length > 0 ? parts[0].ToLowerInvariant() : null, charset);
    }

    private static (Encoding? Encoding, int Length) DetectBom(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0xEF, 0xBB, 0xBF, ..] => (Utf8NoBom, 3),
        [0xFF, 0xFE, ..] => (Encoding.Unicode, 2),
        [0xFE, 0xFF, ..] => (Encoding.BigEndianUnicode, 2),
        _ => (null, 0),
    };

    /// <summary>Why the bytes are no text page, or null when they may be one.</summary>
    private static string? BinaryReason(ReadOnlySpan<byte> bytes)
    {
        foreach (var (signature, kind) in BinarySignatures)
        {
            if (bytes.StartsWith(signature))
            {
                return $"The page is binary data ({kind}), not text.";
            }
        }

        var probe = bytes[..Math.Min(bytes.Length, ProbeBytes)];
        var nul = probe.IndexOf((byte)0);
        if (nul >= 0)
        {
            return $"The page is binary data (a NUL byte at offset {nul}), not text.";
        }

        var controls = 0;
        foreach (var b in probe)
        {
            if (b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0C or 0x1B))
            {
                controls++;
            }
        }

        return controls > probe.Length * MaxControlShare
            ? $"The page is binary data ({controls} control bytes in its first {probe.Length}), not text."
            : null;
    }

    private static string? SniffMetaCharset(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, SniffBytes)]);
        var match = MetaCharset().Match(head);
        return match.Success ? match.Groups["charset"].Value : null;
    }

    private static Encoding? FromLabel(string? label)
    {
        switch (label?.Trim().ToLowerInvariant())
        {
            case null or "":
                return null;
            case "utf-8" or "utf8" or "unicode-1-1-utf-8":
                return Utf8NoBom;
            case "iso-8859-1" or "iso8859-1" or "latin1" or "l1" or "us-ascii" or "ascii" or "windows-1252" or "cp1252" or "x-cp1252":
                return Windows1252;
            case var other:
                try
                {
                    return Encoding.GetEncoding(other);
                }
                catch (ArgumentException)
                {
                    // An unknown label counts as no label: the bytes decide.
                    return null;
                }
        }
    }

    private static bool IsHtml(string? mediaType, ReadOnlySpan<char> text) => mediaType switch
    {
        "text/html" or "application/xhtml+xml" => true,
        "text/plain" => false,
        _ => LooksLikeHtml(text),
    };

    private static bool LooksLikeHtml(ReadOnlySpan<char> text)
    {
        var head = text[..Math.Min(text.Length, SniffBytes)].TrimStart();
        return head.StartsWith("<") || head.Contains("<html", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<body", StringComparison.OrdinalIgnoreCase);
    }

    // <meta charset="x"> and <meta http-equiv="Content-Type" content="text/html; charset=x"> alike.
    [GeneratedRegex(@"<meta\b[^>]*?charset\s*=\s*[""']?\s*(?<charset>[A-Za-z0-9_:.\-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();
}

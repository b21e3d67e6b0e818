using System.Buffers;

namespace Syndicate.Core.Wire;

/// <summary>
/// A fetched page as text, in a buffer rented from the shared array pool: a page's text lives only while the page is
/// read, and a buffer the pool hands to page after page is not allocated again and not copied by the collector from one
/// generation to the next, however large the page. <see cref="Dispose"/> gives the buffer back.
/// </summary>
public sealed class DecodedPage : IDisposable
{
    private char[]? _buffer;

    internal DecodedPage(char[] buffer, int length, bool isHtml, string charset)
    {
        _buffer = buffer;
        Text = buffer.AsMemory(0, length);
        IsHtml = isHtml;
        Charset = charset;
    }

    /// <summary>The page decoded; not to be used after <see cref="Dispose"/>.</summary>
    public ReadOnlyMemory<char> Text { get; private set; }

    /// <summary>Whether the page is HTML (else plain text, one block a line).</summary>
    public bool IsHtml { get; }

    /// <summary>The web name of the encoding it was decoded with ("utf-8", "windows-1252").</summary>
    public string Charset { get; }

    public void Dispose()
    {
        if (_buffer is { } buffer)
        {
            _buffer = null;
            Text = default;
            ArrayPool<char>.Shared.Return(buffer);
        }
    }
}

using System.Text;
using Syndicate.Core.Wire;

namespace Syndicate.Tests.Wire;

public sealed class PageDecoderTests
{
    private const string Accented = "GENÈVE (AFP) - Les négociations ont repris à Genève, a-t-on appris. Coût : 40 € « environ ».";

    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    private static DecodedPage Decode(byte[] bytes, string? contentType = null)
    {
        Assert.True(PageDecoder.TryDecode(bytes, contentType, out var page, out var error), error);
        return page;
    }

    private static string Refusal(byte[] bytes, string? contentType = null)
    {
        Assert.False(PageDecoder.TryDecode(bytes, contentType, out _, out var error));
        return error;
    }

    [Fact]
    public void Utf8_without_any_declaration_is_read_as_utf8()
    {
        using var page = Decode(Encoding.UTF8.GetBytes(Accented));

        Assert.Equal(Accented, page.Text.ToString());
        Assert.Equal("utf-8", page.Charset);
        Assert.False(page.IsHtml);
    }

    [Theory]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF }, "utf-8")]
    [InlineData(new byte[] { 0xFF, 0xFE }, "utf-16")]
    [InlineData(new byte[] { 0xFE, 0xFF }, "utf-16BE")]
    public void A_byte_order_mark_wins_over_the_header(byte[] bom, string charset)
    {
        var encoding = Encoding.GetEncoding(charset);
        using var page = Decode([.. bom, .. encoding.GetBytes(Accented)], "text/plain; charset=windows-1252");

        Assert.Equal(Accented, page.Text.ToString());
    }

    [Theory]
    [InlineData("text/html; charset=windows-1252", "")]
    [InlineData("text/html; charset=ISO-8859-1", "")]
    [InlineData("text/html; charset=\"latin1\"", "")]
    [InlineData("text/html", "<meta charset=\"windows-1252\">")]
    [InlineData(null, "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">")]
    public void Windows_1252_and_iso_8859_1_pages_decode_from_header_or_meta(string? contentType, string meta)
    {
        var html = $"<html><head>{meta}</head><body><p>{Accented}</p></body></html>";

        using var page = Decode(Windows1252.GetBytes(html), contentType);

        Assert.Equal(html, page.Text.ToString());
        Assert.Equal("windows-1252", page.Charset);
        Assert.True(page.IsHtml);
    }

    [Fact]
    public void The_header_charset_wins_over_the_meta_charset()
    {
        var html = $"<html><head><meta charset=\"windows-1252\"></head><body>{Accented}</body></html>";

        using var page = Decode(Encoding.UTF8.GetBytes(html), "text/html; charset=utf-8");

        Assert.Equal(html, page.Text.ToString());
    }

    [Fact]
    public void Undeclared_bytes_that_are_not_utf8_fall_back_to_windows_1252()
    {
        using var page = Decode(Windows1252.GetBytes(Accented));

        Assert.Equal(Accented, page.Text.ToString());
        Assert.Equal("windows-1252", page.Charset);
    }

    [Fact]
    public void An_unknown_charset_label_lets_the_bytes_decide()
    {
        Assert.Equal(Accented, Decode(Encoding.UTF8.GetBytes(Accented), "text/plain; charset=x-unheard-of").Text.ToString());
    }

    [Theory]
    [InlineData("text/plain", "<p>BRUSSEL (ANP) - tekst.</p>", false)]
    [InlineData("application/xhtml+xml", "BRUSSEL", true)]
    [InlineData(null, "  <!DOCTYPE html><html></html>", true)]
    [InlineData("application/octet-stream", "Kop\n<b>vet</b> in <body> tekst", true)]
    [InlineData(null, "VS bevestigen\nWASHINGTON (ANP) - Tekst.", false)]
    public void Html_is_told_from_plain_text_by_media_type_then_by_content(string? contentType, string text, bool isHtml)
    {
        Assert.Equal(isHtml, Decode(Encoding.UTF8.GetBytes(text), contentType).IsHtml);
    }

    [Fact]
    public void Nul_bytes_are_refused_as_binary_data()
    {
        Assert.Contains("NUL byte at offset 3", Refusal([0x41, 0x42, 0x43, 0x00, 0x44]), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A }, "PNG")]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D }, "PDF")]
    [InlineData(new byte[] { 0x1F, 0x8B, 0x08 }, "gzip")]
    public void File_signatures_are_refused_as_binary_data(byte[] bytes, string kind)
    {
        Assert.Contains(kind, Refusal(bytes, "text/html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Control_characters_are_refused_as_binary_data()
    {
        var bytes = Enumerable.Range(0, 400).Select(i => (byte)(i % 3 == 0 ? 0x01 : 'a')).ToArray();

        Assert.Contains("control bytes", Refusal(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void Windows_1252_text_mislabelled_as_utf8_is_read_as_windows_1252()
    {
        using var page = Decode(Windows1252.GetBytes(Accented), "text/plain; charset=utf-8");

        Assert.Equal(Accented, page.Text.ToString());
        Assert.Equal("windows-1252", page.Charset);
    }

    [Fact]
    public void Utf8_with_one_damaged_sequence_stays_utf8()
    {
        var bytes = Encoding.UTF8.GetBytes(Accented).Concat(new byte[] { 0xE9, (byte)'.' }).ToArray();

        using var page = Decode(bytes, "text/plain; charset=utf-8");

        Assert.StartsWith(Accented, page.Text.ToString(), StringComparison.Ordinal);
        Assert.Equal("utf-8", page.Charset);
    }

    [Fact]
    public void Declared_utf8_that_is_mostly_invalid_is_refused()
    {
        var bytes = Enumerable.Range(0, 400).Select(i => (byte)(i % 2 == 0 ? 0xC3 : 0x41)).ToArray();

        Assert.Contains("not UTF-8", Refusal(bytes, "text/html; charset=utf-8"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_of_only_a_byte_order_mark_decodes_to_no_text()
    {
        using var page = Decode([0xEF, 0xBB, 0xBF], "text/html; charset=utf-8");

        Assert.True(page.Text.IsEmpty);
    }

    [Fact]
    public void A_disposed_page_has_given_its_text_back_and_can_be_disposed_again()
    {
        var page = Decode(Encoding.UTF8.GetBytes(Accented));

        page.Dispose();
        page.Dispose();

        Assert.True(page.Text.IsEmpty);
    }
}

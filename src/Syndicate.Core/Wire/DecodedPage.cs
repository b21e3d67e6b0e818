namespace Syndicate.Core.Wire;

/// <summary>A fetched page as text.</summary>
/// <param name="Text">The page decoded to a string.</param>
/// <param name="IsHtml">Whether the page is HTML (else plain text, one block a line).</param>
/// <param name="Charset">The web name of the encoding it was decoded with ("utf-8", "windows-1252").</param>
public sealed record DecodedPage(string Text, bool IsHtml, string Charset);

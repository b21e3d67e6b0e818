namespace Syndicate.Core.Wire;

/// <summary>One visual block of a page, in reading order.</summary>
/// <param name="Text">The block's text, whitespace collapsed.</param>
/// <param name="Link">The absolute URL of the link the block sits in, if any.</param>
/// <param name="DateTime">The machine-readable value of a &lt;time datetime&gt; in the block, if any.</param>
/// <param name="Container">
/// Which list item or article of the page the block stands in (blocks in the same one share the
/// number), or null outside any and for plain text: an item's body does not run out of its container.
/// </param>
public sealed record TextBlock(string Text, string? Link = null, string? DateTime = null, int? Container = null);

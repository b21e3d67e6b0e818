namespace Syndicate.Core.Wire;

/// <summary>What a block (or a part of one) is on a wire page.</summary>
internal enum TokenKind
{
    Text,
    ItemStart,
    UncreditedStart,
    DatelineAlone,
    CreditLine,
    Section,
    Age,
    DateHeading,
    Correction,
    Byline,
    Caption,
    Chrome,
    KeywordLine,
}

/// <summary>A classified block or part of one.</summary>
/// <param name="Source">The index of the block it comes from.</param>
/// <param name="Dateline">The opening, for item starts.</param>
/// <param name="Section">The section a heading names (null for a generic list title).</param>
/// <param name="Credit">The agencies of a credit line, of a label glued to a headline, or closing a paragraph.</param>
/// <param name="Stamp">The date or time on a credit line.</param>
/// <param name="Rule">The rule that made it, for explanations.</param>
internal sealed record Token(
    TokenKind Kind,
    TextBlock Block,
    int Source,
    Dateline? Dateline = null,
    string? Section = null,
    IReadOnlyList<string>? Credit = null,
    string? Stamp = null,
    string? Rule = null);

namespace Syndicate.Core.Wire;

/// <summary>The attributes a block reader asks of a tag; of each the first occurrence counts.</summary>
internal enum TagAttribute
{
    Hidden,
    AriaHidden,
    Open,
    Class,
    Id,
    Style,
    Href,
    DateTime,
}

/// <summary>A tag's attributes, from the document tree or from the token stream.</summary>
internal interface ITagAttributes
{
    /// <summary>Whether the tag has the attribute, and its value.</summary>
    bool TryGet(TagAttribute attribute, out ReadOnlySpan<char> value);
}

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

/// <summary>The attributes' names, in the order of <see cref="TagAttribute"/>.</summary>
internal static class TagAttributes
{
    private static readonly string[] Names = ["hidden", "aria-hidden", "open", "class", "id", "style", "href", "datetime"];

    public static int Count => Names.Length;

    public static string NameOf(TagAttribute attribute) => Names[(int)attribute];

    /// <summary>The attribute named <paramref name="name"/> (in any case), or null for one no reader asks for.</summary>
    public static TagAttribute? Named(ReadOnlySpan<char> name)
    {
        for (var index = 0; index < Names.Length; index++)
        {
            if (name.Equals(Names[index], StringComparison.OrdinalIgnoreCase))
            {
                return (TagAttribute)index;
            }
        }

        return null;
    }
}

/// <summary>A tag's attributes, from the document tree or from the token stream.</summary>
internal interface ITagAttributes
{
    /// <summary>Whether the tag has the attribute, and its value.</summary>
    bool TryGet(TagAttribute attribute, out ReadOnlySpan<char> value);
}

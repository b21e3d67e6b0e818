using Syndicate.Core.Time;

namespace Syndicate.Core.Wire;

/// <summary>
/// What reading one page gave: its items, or an error that says why the page could not be read;
/// a warning when the page was read but gave nothing (no items found).
/// </summary>
public sealed record PageReadResult
{
    private PageReadResult(IReadOnlyList<WireItem> items, string? error, string? warning)
    {
        Items = items;
        Error = error;
        Warning = warning;
        UnknownCredits = items.SelectMany(i => i.UnknownCredits).Distinct(StringComparer.Ordinal).ToList();
    }

    public IReadOnlyList<WireItem> Items { get; }

    /// <summary>Why the page was refused (binary, empty, too large, undecodable, nested too deep), or null.</summary>
    public string? Error { get; }

    /// <summary>Something an admin should know about a page that was read, or null.</summary>
    public string? Warning { get; }

    public bool Succeeded => Error is null;

    /// <summary>The credits on the page that the agency catalog does not know, in order of appearance.</summary>
    public IReadOnlyList<string> UnknownCredits { get; }

    /// <summary>Texts on the page shaped like ages that no supported language reads (<see cref="Time.AgeLikeText"/>), at most a few.</summary>
    public IReadOnlyList<string> UnreadAges { get; private init; } = [];

    public static PageReadResult Failed(string error) => new([], error, null);

    /// <summary>
    /// The order the page's numeric dates were read in (<see cref="AgeGrammar.ReadingNumericDates"/>), which the items'
    /// ages are to be read in too; null for the grammar's own.
    /// </summary>
    public NumericDateOrder? NumericDates { get; private init; }

    public static PageReadResult Read(IReadOnlyList<WireItem> items, IReadOnlyList<string>? unreadAges = null, NumericDateOrder? numericDates = null) =>
        new(items, null, items.Count == 0 ? "No wire items found on the page." : null) { UnreadAges = unreadAges ?? [], NumericDates = numericDates };
}

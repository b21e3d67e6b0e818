using Syndicate.Core.Time;

namespace Syndicate.Storage;

/// <summary>An item row as stored; instants in Unix milliseconds.</summary>
public sealed record StoredItem
{
    /// <summary>Insertion order: items of one page are stored top to bottom, so newest first.</summary>
    public long Sequence { get; init; }

    public required string Id { get; init; }

    public required string Title { get; init; }

    public string? Headline { get; init; }

    public string? Dateline { get; init; }

    public string? Place { get; init; }

    public required string Body { get; init; }

    public string? Section { get; init; }

    public string? Link { get; init; }

    public required string SourceId { get; init; }

    public long? WindowLo { get; init; }

    public long WindowHi { get; init; }

    public long FirstSeen { get; init; }

    public long LastSeen { get; init; }

    /// <summary>The instant the feeds show (<see cref="Syndicate.Core.Feeds.ShownInstant"/>).</summary>
    public long Published { get; init; }

    /// <summary>When a capture last changed what a reader reads (text, headline, credits); null when none has.</summary>
    public long? Revised { get; init; }

    /// <summary>The window the item was published in, as stored.</summary>
    public TimeWindow Window => UnixTime.Window(WindowLo, WindowHi);

    /// <summary>Agency codes in credit order.</summary>
    public IReadOnlyList<string> Agencies { get; set; } = [];

    /// <summary>The regional services credited ("dpa/lby"), separated by spaces, as the <c>services</c> column holds them; null for none.</summary>
    public string? ServiceCodes { get; init; }

    /// <summary>The regional services credited, in credit order.</summary>
    public IReadOnlyList<string> Services => ServiceCodes?.Split(' ') ?? [];

    /// <summary>The <see cref="ServiceCodes"/> of <paramref name="services"/>: each once, in order; null for none.</summary>
    public static string? ServiceCodesOf(IEnumerable<string> services) =>
        string.Join(' ', services.Distinct(StringComparer.Ordinal)) is { Length: > 0 } codes ? codes : null;
}

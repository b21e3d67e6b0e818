namespace Syndicate.Archives;

/// <summary>Which days are closed: the newest, and for every feed the first day it has an archive of. Replaced whole when a day closes.</summary>
/// <param name="FirstDays">By feed path: its first archived day. A feed has an archive of every day from it to <paramref name="Newest"/>.</param>
public sealed record ArchiveState(DateOnly? Newest, IReadOnlyDictionary<string, DateOnly> FirstDays)
{
    public static ArchiveState Empty { get; } = new(null, new Dictionary<string, DateOnly>());

    /// <summary>Whether the feed at <paramref name="path"/> has a closed archive of <paramref name="day"/>.</summary>
    public bool Has(string path, DateOnly day) => Newest is { } newest && FirstDays.TryGetValue(path, out var first) && day >= first && day <= newest;
}

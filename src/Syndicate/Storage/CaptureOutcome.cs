namespace Syndicate.Storage;

/// <summary>What storing one capture changed.</summary>
/// <param name="Seen">Items on the page.</param>
/// <param name="Added">Items never stored before.</param>
/// <param name="Narrowed">Stored items whose window the capture narrowed.</param>
/// <param name="Contradicted">Stored items whose window the capture contradicted (the newer window was kept).</param>
/// <param name="Revised">Stored items whose text, headline or credits the capture changed.</param>
public sealed record CaptureOutcome(int Seen, int Added, int Narrowed, int Contradicted, int Revised = 0)
{
    /// <summary>Items beyond the page's first <see cref="RetentionOptions.MaxItemsPerPage"/>, not stored.</summary>
    public int Dropped { get; init; }

    /// <summary>The stored ids of the items the capture saw, in page order: a new version's is the item it is a version of.</summary>
    public IReadOnlyList<string> Items { get; init; } = [];

    public bool ChangedFeeds => Added > 0 || Narrowed > 0 || Contradicted > 0 || Revised > 0;
}

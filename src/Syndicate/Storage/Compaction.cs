namespace Syndicate.Storage;

/// <summary>What one run of <see cref="RetentionCompactor"/> deleted.</summary>
public sealed record Compaction(int Items, int Sightings, int Fetches)
{
    public bool DeletedItems => Items > 0;
}

namespace Syndicate.Core.Places;

/// <summary>The places a dateline names, in dateline order: one, several ("WASHINGTON/KYIV") or none.</summary>
public sealed record PlaceResolution(IReadOnlyList<ResolvedPlace> Places)
{
    public static PlaceResolution Unresolved { get; } = new([]);

    public bool IsResolved => Places.Count > 0;

    /// <summary>The place the dateline names first, or null when it names none.</summary>
    public ResolvedPlace? First => IsResolved ? Places[0] : null;
}

namespace Syndicate.Core.Places;

/// <summary>A dateline place resolved to its country and every region containing it.</summary>
public sealed record ResolvedPlace(string Name, string CountryCode, IReadOnlyList<Region> Regions);

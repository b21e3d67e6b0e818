namespace Syndicate.Storage;

/// <summary>What polling a source has shown: when new items first appeared, and what each recent fetch found.</summary>
/// <param name="NewItemInstants">The distinct instants new items were first seen at, oldest first.</param>
/// <param name="Fetches">Recent successful fetches, oldest first: when each started and how many new items it found.</param>
public sealed record PublicationHistory(IReadOnlyList<DateTimeOffset> NewItemInstants, IReadOnlyList<(DateTimeOffset StartedAt, int ItemsNew)> Fetches);

namespace Syndicate.Core.Feeds;

/// <summary>
/// Where a document stands in its feed's RFC 5005 archive: the closed day it archives (null for the subscription
/// document), and the archives before and after it.
/// </summary>
/// <param name="Day">The UTC day this archive document holds; null: the subscription document.</param>
/// <param name="Previous">The prev-archive: the newest closed archive before this document.</param>
/// <param name="Next">The next-archive, for an archive document.</param>
public sealed record ArchiveLinks(DateOnly? Day, DateOnly? Previous, DateOnly? Next);

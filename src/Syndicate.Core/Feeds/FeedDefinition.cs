namespace Syndicate.Core.Feeds;

/// <summary>
/// One feed: its path (the URL <c>/feeds/{Path}.{ext}</c> and the file <c>feeds/{Path}.{ext}</c>),
/// its titles, and which entries it carries.
/// </summary>
public sealed record FeedDefinition(string Path, string Title, string Description, Func<FeedEntry, bool> Includes);

using Microsoft.Extensions.Options;
using Syndicate.Configuration;
using Syndicate.Core.Feeds;
using Syndicate.Core.Places;
using Syndicate.Core.Wire;
using Syndicate.Publishing;

namespace Syndicate.Api;

/// <summary>What the feed endpoints read, in one service so a request resolves one dependency.</summary>
public sealed record FeedServing(
    FeedPublisher Publisher,
    FilteredFeeds Views,
    FeedCatalog Catalog,
    AgencyCatalog Agencies,
    RegionCatalog Regions,
    IOptionsMonitor<SyndicateOptions> Options);

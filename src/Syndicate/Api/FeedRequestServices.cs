using Microsoft.Extensions.Options;
using Syndicate.Core.Feeds;
using Syndicate.Core.Places;
using Syndicate.Core.Wire;
using Syndicate.Publishing;

namespace Syndicate.Api;

/// <summary>What a feed endpoint reads, bound per request with <c>[AsParameters]</c>.</summary>
public readonly record struct FeedRequestServices(
    FeedPublisher Publisher,
    FilteredFeeds Views,
    FeedCatalog Catalog,
    AgencyCatalog Agencies,
    RegionCatalog Regions,
    IOptionsMonitor<PublishingOptions> Options);

using Microsoft.Extensions.Options;
using Syndicate.Core.Feeds;
using Syndicate.Core.Places;
using Syndicate.Core.Wire;
using Syndicate.Publishing;

namespace Syndicate.Api;

/// <summary>What a page endpoint reads, bound per request with <c>[AsParameters]</c>.</summary>
public readonly record struct PageRequestServices(
    FeedPublisher Publisher,
    FeedCatalog Catalog,
    AgencyCatalog Agencies,
    RegionCatalog Regions,
    FeedRenderer Renderer,
    DocumentCache Cache,
    IOptions<PublishingOptions> Options)
{
    public FeedSite Site => Renderer.Site;

    public string SiteTitle => Options.Value.Title;
}

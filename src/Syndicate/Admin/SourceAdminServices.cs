using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Syndicate.Health;
using Syndicate.Scheduling;
using Syndicate.Sources;
using Syndicate.Storage;

namespace Syndicate.Admin;

/// <summary>What the source routes of the admin API read and change, bound per request with <c>[AsParameters]</c>.</summary>
/// <param name="Rules">The shortest poll interval any schedule may have (<c>Syndicate:MinPollInterval</c>).</param>
/// <param name="Json">How the API reads and writes JSON.</param>
public readonly record struct SourceAdminServices(
    SourceRegistry Registry,
    QuartzTriggerSync Triggers,
    SourceHealthJudge Health,
    SourceReachability Reachability,
    IOptions<ConfiguredSourcesOptions> Rules,
    IOptions<JsonOptions> Json,
    TimeProvider Clock,
    HttpContext Http,
    CancellationToken CancellationToken)
{
    public TimeSpan Floor => Rules.Value.MinPollInterval;
}

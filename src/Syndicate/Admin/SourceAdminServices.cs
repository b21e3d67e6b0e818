using Syndicate.Health;
using Syndicate.Scheduling;
using Syndicate.Storage;

namespace Syndicate.Admin;

/// <summary>What the source routes of the admin API read and change, bound per request with <c>[AsParameters]</c>.</summary>
public readonly record struct SourceAdminServices(
    SourceRegistry Registry, QuartzTriggerSync Triggers, SourceHealthJudge Health, CancellationToken CancellationToken);

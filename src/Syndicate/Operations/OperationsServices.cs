using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using Syndicate.Metrics;
using Syndicate.Publishing;
using Syndicate.Settings;

namespace Syndicate.Operations;

/// <summary>Running the server in production: health and readiness, metrics, inbound limits and security headers.</summary>
public static class OperationsServices
{
    private const string Readiness = "ready";

    public static IServiceCollection AddOperations(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<MetricsOptions, MetricsOptionsValidator>(configuration, MetricsOptions.Section);
        services.AddValidatedOptions<RateLimitOptions, RateLimitOptionsValidator>(configuration, RateLimitOptions.Section);
        services.AddValidatedOptions<RequestLimitOptions, RequestLimitOptionsValidator>(configuration, RequestLimitOptions.Section);
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<RequestLimitOptions>>((kestrel, limits) =>
            kestrel.Limits.MaxRequestBodySize = limits.Value.MaxBodyBytes);

        // Syndicate's own meter only: the framework's per-request histograms cost a third of the throughput on cached feeds.
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddDetector(provider => new NodeResource(provider.GetRequiredService<NodeName>())))
            .WithMetrics(metrics => metrics
            .AddMeter(SyndicateMetrics.MeterName)
            .AddPrometheusExporter());
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: [Readiness])
            .AddCheck<SchedulerHealthCheck>("scheduler", tags: [Readiness])
            .AddCheck<SourcesReadinessCheck>("sources", tags: [Readiness])
            .AddCheck<PublicationReadinessCheck>("publication", tags: [Readiness]);
        services.AddPublicRateLimit();
        return services;
    }

    /// <summary>Security headers on every response, feed requests counted, then the per-client rate limit.</summary>
    public static IApplicationBuilder UseOperations(this IApplicationBuilder app) =>
        app.UseSecurityHeaders()
            .UseFeedRequestMetrics()
            .UseRateLimiter();

    /// <summary><c>/healthz</c> (the process answers), <c>/readyz</c> (database, scheduler, sources, publication) and <c>/metrics</c>.</summary>
    public static IEndpointRouteBuilder MapOperations(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = HealthResponse.WriteAsync })
            .WithName("Liveness").WithDisplayName("Liveness");
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = c => c.Tags.Contains(Readiness), ResponseWriter = HealthResponse.WriteAsync })
            .WithName("Readiness").WithDisplayName("Readiness");
        app.MapPrometheusScrapingEndpoint("/metrics", null, configureBranchedPipeline: metrics => metrics.UseMiddleware<MetricsAccess>(), null);
        return app;
    }
}

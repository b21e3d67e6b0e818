using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;

namespace Syndicate.Operations;

/// <summary>Running the server in production: health and readiness, metrics, inbound limits and security headers.</summary>
public static class OperationsServices
{
    private const string Readiness = "ready";

    public static IServiceCollection AddSyndicateOperations(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MetricsOptions>().Bind(configuration.GetSection(MetricsOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<MetricsOptions>, MetricsOptionsValidator>();
        services.AddOptions<RateLimitOptions>()
            .Bind(configuration.GetSection(RateLimitOptions.Section))
            .Validate(r => r.RequestsPerMinute is >= 1 and <= 100_000_000, $"{RateLimitOptions.Section}:RequestsPerMinute must be between 1 and 100000000 (default 600).")
            .ValidateOnStart();
        services.AddOptions<RequestLimitOptions>()
            .Bind(configuration.GetSection(RequestLimitOptions.Section))
            .Validate(r => r.MaxBodyBytes is >= 1024 and <= 100 * 1024 * 1024, $"{RequestLimitOptions.Section}:MaxBodyBytes must be between 1024 and 104857600 (default 65536).")
            .ValidateOnStart();
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<RequestLimitOptions>>((kestrel, limits) =>
            kestrel.Limits.MaxRequestBodySize = limits.Value.MaxBodyBytes);

        services.AddSingleton<SyndicateMetrics>();
        // Syndicate's own meter only: the framework's per-request histograms cost a third of the throughput on cached feeds.
        services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(SyndicateMetrics.MeterName)
            .AddPrometheusExporter());
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: [Readiness])
            .AddCheck<SchedulerHealthCheck>("scheduler", tags: [Readiness])
            .AddCheck<SourcesHealthCheck>("sources", tags: [Readiness]);
        services.AddPublicRateLimit();
        return services;
    }

    /// <summary>Security headers on every response, feed requests counted, then the per-client rate limit.</summary>
    public static IApplicationBuilder UseSyndicateOperations(this IApplicationBuilder app) =>
        app.UseSecurityHeaders()
            .UseFeedRequestMetrics()
            .UseRateLimiter();

    /// <summary><c>/healthz</c> (the process answers), <c>/readyz</c> (database, scheduler, sources) and <c>/metrics</c>.</summary>
    public static IEndpointRouteBuilder MapSyndicateOperations(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = HealthResponse.WriteAsync })
            .WithDisplayName("Liveness");
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = c => c.Tags.Contains(Readiness), ResponseWriter = HealthResponse.WriteAsync })
            .WithDisplayName("Readiness");
        app.MapPrometheusScrapingEndpoint("/metrics", null, configureBranchedPipeline: metrics => metrics.UseMiddleware<MetricsAccess>(), null);
        return app;
    }
}

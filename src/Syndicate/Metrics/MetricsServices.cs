namespace Syndicate.Metrics;

public static class MetricsServices
{
    /// <summary>The server's own instruments; <c>/metrics</c> (Operations) exports them.</summary>
    public static IServiceCollection AddSyndicateMetrics(this IServiceCollection services) =>
        services.AddSingleton<SyndicateMetrics>();
}

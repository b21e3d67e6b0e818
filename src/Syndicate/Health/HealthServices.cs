namespace Syndicate.Health;

public static class HealthServices
{
    /// <summary>Each source's health, judged from its fetch history.</summary>
    public static IServiceCollection AddSourceHealth(this IServiceCollection services) =>
        services.AddSingleton<SourceHealthJudge>();
}

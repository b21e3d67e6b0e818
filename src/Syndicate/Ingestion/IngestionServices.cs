using Syndicate.Settings;

namespace Syndicate.Ingestion;

public static class IngestionServices
{
    /// <summary>One ingest of one source: fetch, read, date, store, publish.</summary>
    public static IServiceCollection AddIngestion(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<IngestionOptions, IngestionOptionsValidator>(configuration, IngestionOptions.Section);
        services.AddSingleton<SourceIngestor>();
        return services;
    }
}

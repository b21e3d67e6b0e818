using Microsoft.Extensions.Options;
using Syndicate.Settings;

namespace Syndicate.Storage;

public static class StorageServices
{
    /// <summary>
    /// The SQLite file, its lock (one server per database; Program takes it before the start), its migrations (applied
    /// before any other hosted service starts), the stores over it, the item search and the retention limits.
    /// </summary>
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<StorageOptions, StorageOptionsValidator>(configuration, StorageOptions.Section);
        services.AddValidatedOptions<RetentionOptions, RetentionOptionsValidator>(configuration, RetentionOptions.Section);
        services.AddSingleton(sp => new Database(Path.GetFullPath(
            sp.GetRequiredService<IOptions<StorageOptions>>().Value.DatabasePath, sp.GetRequiredService<IHostEnvironment>().ContentRootPath)));
        services.AddSingleton<DatabaseLock>();
        services.AddSingleton<Migrator>();
        services.AddSingleton<ItemStore>();
        services.AddSingleton<SourceRegistry>();
        services.AddSingleton<FetchStore>();
        services.AddSingleton<EvidenceStore>();
        services.AddSingleton<ItemSearch>();
        services.AddSingleton<RetentionCompactor>();
        services.AddHostedService<SchemaMigration>();
        return services;
    }
}

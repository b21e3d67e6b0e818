using Microsoft.Extensions.Options;
using Syndicate.Settings;

namespace Syndicate.Storage;

public static class StorageServices
{
    /// <summary>
    /// The SQLite file, its lock (one server per database; Program takes it before the start), its migrations (applied
    /// before any other hosted service starts) and the stores over it.
    /// </summary>
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<StorageOptions, StorageOptionsValidator>(configuration, StorageOptions.Section);
        services.AddSingleton(sp => new Database(Path.GetFullPath(
            sp.GetRequiredService<IOptions<StorageOptions>>().Value.DatabasePath, sp.GetRequiredService<IHostEnvironment>().ContentRootPath)));
        services.AddSingleton<DatabaseLock>();
        services.AddSingleton<Migrator>();
        services.AddSingleton<ItemStore>();
        services.AddSingleton<SourceRegistry>();
        services.AddSingleton<FetchStore>();
        services.AddSingleton<EvidenceStore>();
        services.AddHostedService<SchemaMigration>();
        return services;
    }
}

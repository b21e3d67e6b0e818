using Microsoft.Extensions.Options;
using Syndicate.Settings;

namespace Syndicate.Storage;

public static class StorageServices
{
    /// <summary>
    /// The database (the SQLite file, claimed by one server: Program claims it before the start; or a PostgreSQL database
    /// that several servers share), its migrations (applied before any other hosted service starts), the stores over it,
    /// the item search and the retention limits.
    /// </summary>
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<StorageOptions, StorageOptionsValidator>(configuration, StorageOptions.Section);
        services.AddValidatedOptions<RetentionOptions, RetentionOptionsValidator>(configuration, RetentionOptions.Section);
        services.AddSingleton<Database>(sp =>
        {
            var storage = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            return storage.Storage.Parsed == StorageProvider.Postgres
                ? new PostgresDatabase(storage.Storage.ConnectionString!)
                : new SqliteDatabase(Path.GetFullPath(storage.DatabasePath, sp.GetRequiredService<IHostEnvironment>().ContentRootPath));
        });
        services.AddSingleton<Migrator>();
        services.AddSingleton<ItemStore>();
        services.AddSingleton<SourceRegistry>();
        services.AddSingleton<FetchStore>();
        services.AddSingleton<EvidenceStore>();
        services.AddSingleton<ItemSearch>();
        services.AddSingleton<RetentionCompactor>();
        services.AddHostedService<SchemaMigration>();
        services.AddHostedService<ConfiguredSourceRegistration>();
        return services;
    }
}

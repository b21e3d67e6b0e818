using Microsoft.Extensions.Options;
using Npgsql;
using Syndicate.Settings;

namespace Syndicate.Storage;

public sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options) => ValidatedOptions.Result([.. Problems(options)]);

    private static IEnumerable<string> Problems(StorageOptions options)
    {
        switch (options.Storage.Parsed)
        {
            case null:
                yield return $"Syndicate:Storage:Provider is '{options.Storage.Provider}'; give Sqlite (one server, one file) or Postgres (several servers, one database).";
                break;
            case StorageProvider.Sqlite when string.IsNullOrWhiteSpace(options.DatabasePath):
                yield return "Syndicate:DatabasePath is empty; give a file path such as data/syndicate.db.";
                break;
            case StorageProvider.Postgres when string.IsNullOrWhiteSpace(options.Storage.ConnectionString):
                yield return "Syndicate:Storage:ConnectionString is empty; PostgreSQL needs one, such as Host=db;Database=syndicate;Username=syndicate;Password=...";
                break;
            case StorageProvider.Postgres when ConnectionStringProblem(options.Storage.ConnectionString!) is { } problem:
                yield return $"Syndicate:Storage:ConnectionString is not a PostgreSQL connection string ({problem}); give one such as Host=db;Database=syndicate;Username=syndicate;Password=...";
                break;
        }
    }

    private static string? ConnectionStringProblem(string connectionString)
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            return string.IsNullOrWhiteSpace(builder.Host) ? "no Host" : string.IsNullOrWhiteSpace(builder.Database) ? "no Database" : null;
        }
        catch (ArgumentException e)
        {
            return e.Message;
        }
    }
}

namespace Syndicate.Storage;

/// <summary>
/// Where items, sources, fetch history and schedules are kept: SQLite in <c>Syndicate:DatabasePath</c> (the default), or
/// a PostgreSQL database several servers share (<c>Syndicate:Storage</c>). A change needs a restart.
/// </summary>
public sealed class StorageOptions
{
    public const string Section = "Syndicate";

    /// <summary>The SQLite database file (relative paths from the repository root); unused on PostgreSQL.</summary>
    public string DatabasePath { get; set; } = "data/syndicate.db";

    public DatabaseProviderOptions Storage { get; set; } = new();
}

/// <summary>The database engine (<c>Syndicate:Storage:Provider</c>) and, for PostgreSQL, how to reach it.</summary>
public sealed class DatabaseProviderOptions
{
    /// <summary><c>Sqlite</c> or <c>Postgres</c> (any case).</summary>
    public string Provider { get; set; } = nameof(StorageProvider.Sqlite);

    /// <summary>An Npgsql connection string (<c>Host=db;Database=syndicate;Username=...;Password=...</c>); PostgreSQL only.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The provider named by <see cref="Provider"/>; null when it names none.</summary>
    public StorageProvider? Parsed =>
        Enum.TryParse<StorageProvider>(Provider, ignoreCase: true, out var provider) && Enum.IsDefined(provider) ? provider : null;
}

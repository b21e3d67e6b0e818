namespace Syndicate.Storage;

/// <summary>Another server holds the database: two servers on one SQLite file would run every source twice.</summary>
public sealed class DatabaseInUseException(string database, string? holder)
    : Exception($"The database {database} is in use by another Syndicate server{(holder is null ? "" : $", {holder}")}; stop that one first, or give this one its own Syndicate:DatabasePath.");

namespace Syndicate.Storage;

/// <summary>Where items, sources, fetch history and schedules are kept (<c>Syndicate:DatabasePath</c>). A change needs a restart.</summary>
public sealed class StorageOptions
{
    public const string Section = "Syndicate";

    /// <summary>The SQLite database file (relative paths from the repository root).</summary>
    public string DatabasePath { get; set; } = "data/syndicate.db";
}

namespace Syndicate.Storage;

/// <summary>The database engines the stores run on.</summary>
public enum StorageProvider
{
    /// <summary>One file beside one server: the embedded default.</summary>
    Sqlite,

    /// <summary>One database shared by several servers (nodes), with a clustered scheduler.</summary>
    Postgres,
}

using Microsoft.Extensions.Logging.Abstractions;
using Syndicate.Storage;

namespace Syndicate.Tests.Support;

/// <summary>
/// Tests of the stores that run on both providers: each test class derives two sealed classes, <c>OnSqlite</c> and
/// <c>OnPostgres</c>, so every test runs on a fresh, migrated database of each (<see cref="TestDatabase"/>).
/// </summary>
public abstract class DatabaseTests(StorageProvider provider) : IAsyncLifetime
{
    private TestDatabase? _test;

    protected StorageProvider Provider => provider;

    protected Database Database { get; private set; } = null!;

    public virtual async ValueTask InitializeAsync()
    {
        _test = await TestDatabase.CreateAsync(provider);
        Database = _test.Open();
        await new Migrator(Database, TimeProvider.System, NullLogger<Migrator>.Instance).MigrateAsync(CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        Database?.Dispose();
        if (_test is not null)
        {
            await _test.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}

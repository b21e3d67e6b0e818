using Syndicate.Storage;

namespace Syndicate.Tests.Support;

/// <summary>
/// Tests against a server whose first source reads one page file in the test's own temporary
/// folder; the page is ingested once before each test. The server's database is a fresh one of
/// <paramref name="provider"/> (SQLite unless a test says otherwise).
/// </summary>
public abstract class SinglePageTests(string page, IDictionary<string, string?>? settings = null, StorageProvider provider = StorageProvider.Sqlite) : IAsyncLifetime
{
    private TestDatabase? _database;

    /// <summary>The id of the source that reads the page.</summary>
    protected const string SourceId = "sample-text";

    protected TemporaryDirectory Directory { get; } = new();

    protected SyndicateHost Host { get; private set; } = null!;

    protected HttpClient Client { get; private set; } = null!;

    protected string PagePath => Path.Combine(Directory.Path, "page.txt");

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        await File.WriteAllTextAsync(PagePath, page);
        var all = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>()) { ["Syndicate:Sources:0:Url"] = PagePath };
        foreach (var (key, value) in _database.Settings)
        {
            all[key] = value;
        }

        Host = new SyndicateHost(Directory, all);
        Client = Host.CreateClient(new() { AllowAutoRedirect = false });
        await Host.IngestAsync(SourceId);
    }

    public async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        if (Host is not null)
        {
            await Host.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        Directory.Dispose();
        GC.SuppressFinalize(this);
    }
}

namespace Syndicate.Tests.Support;

/// <summary>
/// Tests against a server whose first source reads one page file in the test's own temporary
/// folder; the page is ingested once before each test.
/// </summary>
public abstract class SinglePageTests(string page, IDictionary<string, string?>? settings = null) : IAsyncLifetime
{
    /// <summary>The id of the source that reads the page.</summary>
    protected const string SourceId = "sample-text";

    protected TemporaryDirectory Directory { get; } = new();

    protected SyndicateHost Host { get; private set; } = null!;

    protected HttpClient Client { get; private set; } = null!;

    protected string PagePath => Path.Combine(Directory.Path, "page.txt");

    public async ValueTask InitializeAsync()
    {
        await File.WriteAllTextAsync(PagePath, page);
        var all = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>()) { ["Syndicate:Sources:0:Url"] = PagePath };
        Host = new SyndicateHost(Directory, all);
        Client = Host.CreateClient(new() { AllowAutoRedirect = false });
        await Host.IngestAsync(SourceId);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Host.DisposeAsync();
        Directory.Dispose();
        GC.SuppressFinalize(this);
    }
}

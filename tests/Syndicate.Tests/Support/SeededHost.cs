namespace Syndicate.Tests.Support;

/// <summary>One server shared by a test class, with both sample pages ingested; for tests that only read.</summary>
public sealed class SeededHost : IAsyncLifetime
{
    public SyndicateHost Host { get; } = new();

    public HttpClient Client { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Client = Host.CreateClient(new() { AllowAutoRedirect = false });
        await Host.IngestAsync("sample-text");
        await Host.IngestAsync("sample-html");
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Host.DisposeAsync();
        Host.Directory.Dispose();
    }
}

using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Syndicate.Fetching;
using Syndicate.Tests.Support;

namespace Syndicate.Tests.Fetching;

/// <summary>
/// The source HTTP client and page fetcher as the server registers them, outside a server: with a fake
/// resolver (no test asks real DNS), a connector of the test's choosing, one retry, no host spacing.
/// </summary>
internal sealed class FetcherServices : IDisposable
{
    private readonly ServiceProvider _services;

    public FetcherServices(IHostNameResolver resolver, ISocketConnector? connector = null, IDictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Syndicate:Fetch:Retries"] = "1",
            ["Syndicate:Fetch:RetryDelay"] = "00:00:00.050",
            ["Syndicate:Fetch:MinHostSpacing"] = "00:00:00",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(TimeProvider.System)
            .AddSingleton<IHostEnvironment>(new HostingEnvironment { ContentRootPath = Root.Path })
            .AddSingleton(resolver);
        if (connector is not null)
        {
            services.AddSingleton(connector);
        }

        Configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        services.AddFetching(Configuration);
        _services = services.BuildServiceProvider();
    }

    /// <summary>The settings; change one and <see cref="IConfigurationRoot.Reload"/> to change it while the client runs.</summary>
    public IConfigurationRoot Configuration { get; }

    /// <summary>The folder file sources must lie below.</summary>
    public TemporaryDirectory Root { get; } = new();

    public PageFetcher Fetcher => _services.GetRequiredService<PageFetcher>();

    public HttpClient CreateClient() => _services.GetRequiredService<IHttpClientFactory>().CreateClient(PageFetcher.HttpClientName);

    public void Dispose()
    {
        _services.Dispose();
        Root.Dispose();
    }
}

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Syndicate.Ingestion;

namespace Syndicate.Tests.Support;

/// <summary>
/// The real server in process, on a real SQLite file and export folder in a temporary directory,
/// with the two sample sources. Sources are not ingested on start and their schedules never fire,
/// unless a test says otherwise: tests call <see cref="IngestAsync"/> when they want an ingest.
/// The admin API is on with <see cref="AdminKey"/>; a test can hand in the clock the server and
/// Quartz read.
/// </summary>
public sealed class SyndicateHost : WebApplicationFactory<Program>
{
    public const string AdminKey = "test-admin-key-0123456789";

    private readonly Dictionary<string, string?> _settings;
    private readonly TimeProvider? _clock;
    private readonly Action<IServiceCollection>? _services;

    /// <param name="clock">The server's clock, for tests that move time themselves.</param>
    /// <param name="services">Replaces services after the server's own registrations (a fake site).</param>
    public SyndicateHost(
        TemporaryDirectory? directory = null,
        IDictionary<string, string?>? settings = null,
        TimeProvider? clock = null,
        Action<IServiceCollection>? services = null)
    {
        _clock = clock;
        _services = services;
        Directory = directory ?? new TemporaryDirectory();
        _settings = new Dictionary<string, string?>
        {
            ["Syndicate:DatabasePath"] = Path.Combine(Directory.Path, "data", "syndicate.db"),
            ["Syndicate:FeedsDirectory"] = Path.Combine(Directory.Path, "feeds"),
            ["Syndicate:IngestOnStart"] = "false",
            // Test pages live in temporary folders and beside the test assembly.
            ["Syndicate:Fetch:FileRoot"] = "/",
            ["Syndicate:SchedulerName"] = $"test-{Guid.NewGuid():N}",
            ["Syndicate:Sources:0:Id"] = "sample-text",
            ["Syndicate:Sources:0:Url"] = Samples.SeedTextPath,
            ["Syndicate:Sources:0:Schedule"] = NeverSchedule,
            ["Syndicate:Sources:0:Section"] = "Buitenland",
            ["Syndicate:Sources:1:Id"] = "sample-html",
            ["Syndicate:Sources:1:Url"] = Samples.SeedHtmlPath,
            ["Syndicate:Sources:1:Schedule"] = NeverSchedule,
            ["Syndicate:Sources:1:Section"] = "Buitenland",
            ["Syndicate:Admin:ApiKey"] = AdminKey,
            // A day closes at 02:00 UTC, in the middle of whichever test then holds items of the day before (the samples are
            // dated by their files' time): days close only in the tests of archives.
            ["Syndicate:Archives:CloseDays"] = "false",
            ["SYNDICATE_ADMIN_KEY"] = "",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    /// <summary>A cron expression whose first fire is decades away.</summary>
    public const string NeverSchedule = "0 0 0 1 1 ? 2099";

    public TemporaryDirectory Directory { get; }

    public string FeedsPath => Path.Combine(Directory.Path, "feeds");

    public Task<Syndicate.Storage.CaptureOutcome> IngestAsync(string sourceId) =>
        Services.GetRequiredService<SourceIngestor>().IngestAsync(sourceId, scheduledFireTime: null, CancellationToken.None);

    /// <summary>A client that sends the admin key.</summary>
    public HttpClient CreateAdminClient()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", AdminKey);
        return client;
    }

    /// <summary>
    /// What the server's start-up validation says of these settings, each problem once, checked without starting it
    /// (a test host whose start fails can race with its own disposal); empty when they are valid.
    /// </summary>
    public IReadOnlyList<string> StartupProblems()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(_settings).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton<IHostEnvironment>(new HostingEnvironment { ContentRootPath = Directory.Path });
        Program.AddServices(services, configuration);
        using var provider = services.BuildServiceProvider();
        return Program.SettingProblemsOf(provider);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        if (_clock is not null)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(_clock));
        }

        builder.UseContentRoot(Directory.Path);
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (_services is not null)
        {
            builder.ConfigureTestServices(_services);
        }
    }
}

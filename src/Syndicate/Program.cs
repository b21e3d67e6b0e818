using Microsoft.Extensions.Options;
using Syndicate.Admin;
using Syndicate.Api;
using Syndicate.Archives;
using Syndicate.Catalogs;
using Syndicate.Cli;
using Syndicate.Core.Feeds;
using Syndicate.Fetching;
using Syndicate.Health;
using Syndicate.Ingestion;
using Syndicate.Metrics;
using Syndicate.Operations;
using Syndicate.Publishing;
using Syndicate.Push;
using Syndicate.Scheduling;
using Syndicate.Settings;
using Syndicate.Sources;
using Syndicate.Storage;

switch (args)
{
    case ["ages", ..]:
        return AgesCommand.Run(Console.In, Console.Out);
    case ["places", ..]:
        return PlacesCommand.Run(Console.In, Console.Out);
    case ["preview", ..]:
        return await PreviewCommand.RunAsync(args, Console.Out, Console.Error);
    case ["score-recognition", ..]:
        return ScoreRecognitionCommand.Run(args, Console.Out, Console.Error);
    case ["help", ..]:
    case var _ when args.Any(a => a is "--help" or "-h" or "-?"):
        await Console.Out.WriteAsync(Usage.Text);
        return 0;
    case [var verb, ..] when !verb.StartsWith('-'):
        await Console.Error.WriteAsync($"Unknown command '{verb}'.\n\n{Usage.Text}");
        return 2;
}

WebApplicationBuilder builder;
try
{
    builder = WebApplication.CreateBuilder(args);
}
catch (InvalidDataException e) when (SettingProblems.Of(e) is [var malformed])
{
    await Console.Error.WriteLineAsync(malformed);
    return 1;
}

Program.AddServices(builder.Services, builder.Configuration);

var app = builder.Build();
app.UseOperations();
app.UsePublishedFeeds();
app.UseStatusCodePages();
app.UseRouting();
app.MapPages();
app.MapFeedApi();
app.MapPush();
app.MapAdmin();
app.MapOperations();
if (Program.StartupProblems(app.Services) is { Count: > 0 } problems)
{
    foreach (var problem in problems)
    {
        await Console.Error.WriteLineAsync(problem);
    }

    return 1;
}

var publicBaseUrl = app.Services.GetRequiredService<FeedRenderer>().Site.BaseUri;
app.Lifetime.ApplicationStarted.Register(() => LogListening(app.Logger, app.Urls, publicBaseUrl));
await app.RunAsync();
return 0;

/// <summary>The entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program
{
    /// <summary>
    /// Every capability of the server, each registered by its own folder. Hosted services start in this order:
    /// the schema migration and the configured sources brought into the registry (Storage), the closed archives read
    /// (Archives), the first publish (Publishing), then the scheduler and every source's schedule (Scheduling).
    /// </summary>
    internal static void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddProblemDetails();
        services
            .AddConfiguredSources(configuration)
            .AddCatalogs(configuration)
            .AddSyndicateMetrics()
            .AddStorage(configuration)
            .AddFetching(configuration)
            .AddSourceHealth()
            .AddArchives(configuration)
            .AddPublishing(configuration)
            .AddPush(configuration)
            .AddIngestion(configuration)
            .AddScheduling(configuration)
            .AddAdmin(configuration)
            .AddOperations(configuration);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Listening on {Addresses}; open {PublicBaseUrl}")]
    private static partial void LogListening(ILogger logger, ICollection<string> addresses, Uri publicBaseUrl);

    /// <summary>The bad settings, each once, or else another server holding the (SQLite) database: what stops the start, one line each.</summary>
    internal static IReadOnlyList<string> StartupProblems(IServiceProvider services)
    {
        if (SettingProblemsOf(services) is { Count: > 0 } settings)
        {
            return settings;
        }

        try
        {
            services.GetRequiredService<Database>().Claim();
            return [];
        }
        catch (DatabaseInUseException e)
        {
            return [e.Message];
        }
    }

    /// <summary>What start-up validation says of the settings, each problem once; empty when they are valid.</summary>
    internal static IReadOnlyList<string> SettingProblemsOf(IServiceProvider services)
    {
        try
        {
            services.GetRequiredService<IStartupValidator>().Validate();
            return [];
        }
        catch (Exception e) when (SettingProblems.Of(e).Count > 0)
        {
            return SettingProblems.Of(e);
        }
    }
}

using Syndicate.Admin;
using Syndicate.Api;
using Syndicate.Catalogs;
using Syndicate.Cli;
using Syndicate.Core.Feeds;
using Syndicate.Fetching;
using Syndicate.Health;
using Syndicate.Ingestion;
using Syndicate.Metrics;
using Syndicate.Operations;
using Syndicate.Publishing;
using Syndicate.Scheduling;
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
}

var builder = WebApplication.CreateBuilder(args);
Program.AddServices(builder.Services, builder.Configuration);

var app = builder.Build();
app.UseOperations();
app.UsePublishedFeeds();
app.UseStatusCodePages();
app.UseRouting();
app.MapPages();
app.MapFeedApi();
app.MapAdmin();
app.MapOperations();
var publicBaseUrl = app.Services.GetRequiredService<FeedRenderer>().Site.BaseUri;
app.Lifetime.ApplicationStarted.Register(() => LogListening(app.Logger, app.Urls, publicBaseUrl));
await app.RunAsync();
return 0;

/// <summary>The entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program
{
    /// <summary>
    /// Every capability of the server, each registered by its own folder. Hosted services start in this order:
    /// the schema migration (Storage), the first publish (Publishing), then the scheduler and the import of the
    /// configured sources (Scheduling).
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
            .AddPublishing(configuration)
            .AddIngestion(configuration)
            .AddScheduling(configuration)
            .AddAdmin(configuration)
            .AddOperations(configuration);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Listening on {Addresses}; open {PublicBaseUrl}")]
    private static partial void LogListening(ILogger logger, ICollection<string> addresses, Uri publicBaseUrl);
}

using Syndicate.Admin;
using Syndicate.Api;
using Syndicate.Cli;
using Syndicate.Hosting;
using Syndicate.Operations;

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
builder.Services.AddSyndicate(builder.Configuration);

var app = builder.Build();
app.UseSyndicateOperations();
app.UsePublishedFeeds();
app.UseStatusCodePages();
app.UseRouting();
app.MapIndexPage();
app.MapFeedApi();
app.MapSyndicateAdmin();
app.MapSyndicateOperations();
await app.RunAsync();
return 0;

/// <summary>The entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;

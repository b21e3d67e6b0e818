using Syndicate.Api;
using Syndicate.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSyndicate(builder.Configuration);

var app = builder.Build();
app.UseStatusCodePages();
app.MapIndexPage();
app.MapFeedApi();
app.Run();

/// <summary>The entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;

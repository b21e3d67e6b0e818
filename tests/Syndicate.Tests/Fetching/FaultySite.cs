using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Syndicate.Tests.Support;

namespace Syndicate.Tests.Fetching;

/// <summary>
/// A real wire site on Kestrel at 127.0.0.1, serving the seed page until a test tells it to fail
/// in one of the ways real sites do.
/// </summary>
public sealed class FaultySite : IAsyncDisposable
{
    public const string ETag = "\"seed-v1\"";

    private readonly WebApplication _app;

    private FaultySite(WebApplication app) => _app = app;

    public enum Fault
    {
        None,
        ServerError,
        TooManyRequests,
        Slow,
        Truncated,
        TruncatedOnce,
        WrongCharset,
        RedirectLoop,
        Garbage,
    }

    public Fault Mode { get; set; }

    public int Requests { get; private set; }

    /// <summary>A page of two wire items of its own, none of them on the seed page.</summary>
    public const string OtherPage = """
        LIMA (AFP) - In de hoofdstad van Peru zijn duizenden mensen de straat op gegaan tegen de nieuwe belastingwet.
        5 minuten geleden
        KAAPSTAD (ANP) - Een bosbrand ten zuiden van de stad is na drie dagen onder controle, meldt de brandweer.
        12 minuten geleden

        """;

    public Uri Root => new(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    public Uri PageUrl => new(Root, "/buitenland");

    public static async Task<FaultySite> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var site = new FaultySite(app);
        app.MapMethods("/buitenland", [HttpMethods.Get, HttpMethods.Post], site.ServeAsync);
        app.MapGet("/other", () => Results.Text(OtherPage, "text/plain; charset=utf-8"));
        app.MapGet("/loop", (HttpContext context) => Results.Redirect("/loop"));
        app.MapGet("/moved", (HttpContext context) => Results.Redirect("/buitenland", permanent: true));
        app.MapGet("/to-file", () => Results.Redirect("file:///etc/passwd"));
        app.MapGet("/to-loopback", (HttpContext context) => Results.Redirect($"http://127.0.0.1:{context.Connection.LocalPort}/buitenland"));
        app.MapGet("/hop/{n:int}", (int n) => Results.Redirect(n == 0 ? "/buitenland" : $"/hop/{n - 1}"));
        await app.StartAsync();
        return site;
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private async Task ServeAsync(HttpContext context)
    {
        Requests++;
        var response = context.Response;
        var seed = await File.ReadAllTextAsync(Samples.SeedTextPath);
        switch (Mode)
        {
            case Fault.ServerError:
                response.StatusCode = StatusCodes.Status500InternalServerError;
                return;
            case Fault.TooManyRequests:
                response.StatusCode = StatusCodes.Status429TooManyRequests;
                response.Headers.RetryAfter = "120";
                return;
            case Fault.Slow:
                await Task.Delay(TimeSpan.FromSeconds(3), context.RequestAborted);
                break;
            case Fault.TruncatedOnce:
                Mode = Fault.None;
                goto case Fault.Truncated;
            case Fault.Truncated:
                response.ContentLength = 100_000;
                await response.Body.WriteAsync(Encoding.UTF8.GetBytes(seed[..500]));
                await response.Body.FlushAsync();
                context.Abort();
                return;
            case Fault.WrongCharset:
                response.ContentType = "text/plain; charset=utf-8";
                await response.Body.WriteAsync(Encoding.Latin1.GetBytes(seed));
                return;
            case Fault.RedirectLoop:
                response.Redirect("/loop");
                return;
            case Fault.Garbage:
                response.ContentType = "text/html";
                var chunk = new byte[1 << 20];
                new Random(20).NextBytes(chunk);
                for (var i = 0; i < 20 && !context.RequestAborted.IsCancellationRequested; i++)
                {
                    await response.Body.WriteAsync(chunk, context.RequestAborted);
                }

                return;
        }

        if (context.Request.Headers.IfNoneMatch == ETag)
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.Headers.ETag = ETag;
        response.Headers.Date = DateTimeOffset.UtcNow.ToString("R");
        response.ContentType = "text/plain; charset=utf-8";
        await response.WriteAsync(seed, context.RequestAborted);
    }
}

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace Syndicate.Tests.Support;

/// <summary>A folder's files served over HTTP on 127.0.0.1, as a news site serves its pages (ETag, Last-Modified, 304).</summary>
internal sealed class LoopbackSite : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LoopbackSite(WebApplication app) => _app = app;

    public static async Task<LoopbackSite> StartAsync(string folder)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(folder) });
        await app.StartAsync();
        return new LoopbackSite(app);
    }

    /// <summary>The address of the file at <paramref name="path"/> in the folder.</summary>
    public string UrlOf(string path)
    {
        var root = new Uri(_app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single());
        return new Uri(root, Path.GetFileName(path)).AbsoluteUri;
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}

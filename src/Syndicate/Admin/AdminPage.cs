using System.Reflection;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Syndicate.Admin;

/// <summary>
/// The admin page at <c>/admin</c>: a sign-in form, the status table and its schedule, pause, resume
/// and run-now controls, filled in by <c>/admin/admin.js</c> from the JSON API. The page is served
/// without the key because it holds no data: the script asks for the key, keeps it in
/// sessionStorage, and sends it with every API call.
/// </summary>
public static class AdminPage
{
    private static readonly Lazy<string> Script = new(() =>
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Syndicate.Admin.admin.js")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    public static IEndpointRouteBuilder MapAdminPage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/admin", Render).WithName("GetAdminPage").WithSummary("The admin page.").ExcludeFromDescription();
        app.MapGet("/admin/admin.js", RenderScript).WithName("GetAdminScript").WithSummary("The admin page's script.").ExcludeFromDescription();
        return app;
    }

    internal static Results<ContentHttpResult, NotFound<string>> Render(HttpContext context, IOptions<AdminOptions> options)
    {
        context.Response.Headers.CacheControl = "no-store";
        return options.Value.IsEnabled
            ? TypedResults.Content(Page, "text/html; charset=utf-8")
            : TypedResults.Content(OffPage, "text/html; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
    }

    internal static Results<ContentHttpResult, NotFound> RenderScript(IOptions<AdminOptions> options) =>
        options.Value.IsEnabled ? TypedResults.Content(Script.Value, "text/javascript; charset=utf-8") : TypedResults.NotFound();

    private const string Style = """
        <style>
        body { font: 15px/1.5 system-ui, sans-serif; max-width: 80rem; margin: 2rem auto; padding: 0 1rem; color: #222; }
        table { border-collapse: collapse; width: 100%; }
        th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid #ddd; vertical-align: top; }
        td.error { color: #a00; }
        input[name=schedule] { width: 11rem; font-family: monospace; }
        #message { min-height: 1.5em; }
        #message.error { color: #a00; }
        [hidden] { display: none; }
        </style>
        """;

    private static readonly string Page = $"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Syndicate admin</title>
        {Style}
        <script src="/admin/admin.js" defer></script>
        </head>
        <body>
        <h1>Syndicate admin</h1>
        <form id="sign-in">
        <label>Admin key <input id="key" name="key" type="password" autocomplete="current-password" required></label>
        <button type="submit">Sign in</button>
        </form>
        <section id="admin" hidden>
        <p><button id="refresh" type="button">Refresh</button> <button id="sign-out" type="button">Sign out</button></p>
        <p id="message" role="status"></p>
        <table>
        <thead><tr><th>Source</th><th>Schedule</th><th>State</th><th>Next fire</th><th>Previous fire</th><th>Last fetch</th><th>Failures</th><th>Change schedule</th><th>Actions</th></tr></thead>
        <tbody id="sources"></tbody>
        </table>
        <p>A schedule is a Quartz cron expression with seconds first (<code>0 */5 * * * ?</code> is every five minutes) or a number of seconds (<code>300</code>).</p>
        </section>
        </body>
        </html>
        """;

    private static readonly string OffPage = $"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <title>Syndicate admin is off</title>
        {Style}
        </head>
        <body>
        <h1>{AdminOff.Title}</h1>
        <p>{AdminOptions.HowToEnable}</p>
        </body>
        </html>
        """;
}

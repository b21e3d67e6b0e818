using System.Net;
using System.Reflection;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Syndicate.Core.Time;

namespace Syndicate.Admin;

/// <summary>
/// The admin page at <c>/admin</c>: a sign-in form, the sources' table (schedule, state, health, last fetch) with
/// edit, pause, resume, run-now and delete, and the form that adds or edits a source with every field; the
/// server renders it, and <c>/admin/admin.js</c> fills it in from the JSON API. The page is served without the key
/// because it holds no data: the script asks for the key, keeps it in sessionStorage, and sends it with every call.
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
        *, *::before, *::after { box-sizing: border-box; }
        body { font: 15px/1.5 system-ui, sans-serif; max-width: 80rem; margin: 1.5rem auto; padding: 0 1rem; color: #222; }
        h1 { font-size: 1.5rem; margin: 0 0 1rem; }
        h2 { font-size: 1.15rem; margin: 1.5rem 0 .5rem; }
        button, input, select { font: inherit; }
        button { padding: .2rem .6rem; margin: 0 .3rem .3rem 0; }
        :focus-visible { outline: 3px solid #1a5fb4; outline-offset: 2px; }
        table { border-collapse: collapse; width: 100%; table-layout: fixed; }
        th, td { text-align: left; padding: .4rem .5rem; border-bottom: 1px solid #ddd; vertical-align: top; overflow-wrap: anywhere; }
        th:nth-child(1) { width: 19%; } th:nth-child(2) { width: 15%; } th:nth-child(3) { width: 12%; }
        th:nth-child(4) { width: 20%; } th:nth-child(5) { width: 18%; } th:nth-child(6) { width: 16%; }
        .url { display: block; color: #555; font-size: .85em; }
        caption { caption-side: bottom; text-align: left; color: #555; font-size: .85em; padding-top: .3rem; }
        .bad { color: #a00; }
        .good { color: #276227; }
        ul.problems { margin: 0; padding-left: 1.1rem; }
        #message { min-height: 1.5em; padding: .3rem 0; }
        #message.error { color: #a00; }
        form.source { display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: .6rem 1rem; max-width: 60rem; }
        form.source label { display: flex; flex-direction: column; gap: .1rem; }
        form.source label.check { flex-direction: row; align-items: center; gap: .4rem; }
        form.source input:not([type=checkbox]), form.source select { width: 100%; }
        form.source fieldset { grid-column: 1 / -1; display: grid; grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr)); gap: .6rem 1rem; border: 1px solid #ccc; }
        form.source .buttons { grid-column: 1 / -1; }
        .field-error { color: #a00; font-size: .85em; }
        [hidden] { display: none !important; }
        @media (max-width: 50rem) {
          table, caption, tbody, tr, td { display: block; width: 100%; }
          thead { display: none; }
          tr { border: 1px solid #ccc; margin-bottom: .8rem; padding: .3rem; }
          td { border: none; padding: .2rem .3rem; }
          td::before { content: attr(data-label) ": "; font-weight: 600; }
        }
        </style>
        """;

    private static readonly string LanguageOptions = string.Concat(
        AgeGrammar.SupportedLanguages.Order(StringComparer.Ordinal).Select(language => $"<option>{language}</option>"));

    private static readonly string TimeZoneOptions = string.Concat(
        TimeZoneInfo.GetSystemTimeZones().Where(z => TimeZoneDatabase.IsKnown(z.Id)).Select(z => $"<option value=\"{WebUtility.HtmlEncode(z.Id)}\"></option>"));

    private static readonly string Page = $$"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Syndicate admin</title>
        {{Style}}
        <script src="/admin/admin.js" defer></script>
        </head>
        <body>
        <h1>Syndicate admin</h1>
        <form id="sign-in">
        <label>Admin key <input id="key" name="key" type="password" autocomplete="current-password" required></label>
        <button type="submit">Sign in</button>
        </form>
        <main id="admin" hidden>
        <p><button id="refresh" type="button">Refresh</button><button id="add" type="button">Add a source</button><button id="sign-out" type="button">Sign out</button></p>
        <p id="message" role="status" aria-live="polite"></p>
        <table>
        <caption>Times are in your browser's time zone; hover over one for the full date.</caption>
        <thead><tr><th scope="col">Source</th><th scope="col">Schedule</th><th scope="col">State</th><th scope="col">Health</th><th scope="col">Last fetch</th><th scope="col">Actions</th></tr></thead>
        <tbody id="sources"></tbody>
        </table>
        <h2 id="websub-title">WebSub subscriptions</h2>
        <table aria-labelledby="websub-title">
        <thead><tr><th scope="col">Topic</th><th scope="col">Callback</th><th scope="col">Lease ends</th><th scope="col">Deliveries</th><th scope="col">Last attempt</th></tr></thead>
        <tbody id="subscriptions"></tbody>
        </table>
        <section id="editor" hidden aria-labelledby="editor-title">
        <h2 id="editor-title">Add a source</h2>
        <form id="source-form" class="source" novalidate>
        <label>Id <input name="id" required pattern="[a-z0-9][a-z0-9-]{0,63}" autocomplete="off"><small class="field-error" data-for="id"></small></label>
        <label>URL or file <input name="url" required autocomplete="off"><small class="field-error" data-for="url"></small></label>
        <label>Language <select name="language">{{LanguageOptions}}</select><small class="field-error" data-for="language"></small></label>
        <label>Time zone <input name="timeZone" list="time-zones" required autocomplete="off"><small class="field-error" data-for="timeZone"></small></label>
        <label>Country (ISO code, optional) <input name="country" maxlength="2" autocomplete="off"><small class="field-error" data-for="country"></small></label>
        <label>Section (optional) <input name="section" autocomplete="off"><small class="field-error" data-for="section"></small></label>
        <label>Age rounding <select name="ageRounding"><option>Floor</option><option>Round</option></select><small class="field-error" data-for="ageRounding"></small></label>
        <label class="check"><input type="checkbox" name="allowPrivateNetwork"> May reach private networks (an intranet page)</label>
        <fieldset>
        <legend>Schedule</legend>
        <label>Kind <select name="scheduleKind"><option value="cron">Cron expression</option><option value="interval">Fixed interval</option><option value="adaptive">Adaptive</option></select></label>
        <label data-kind="cron">Cron (seconds first) <input name="cron" autocomplete="off" placeholder="0 */5 * * * ?"><small class="field-error" data-for="schedule.cron"></small></label>
        <label data-kind="interval">Every (seconds) <input name="intervalSeconds" type="number" min="1" step="1"><small class="field-error" data-for="schedule.intervalSeconds"></small></label>
        <label data-kind="adaptive">Shortest (seconds) <input name="adaptiveMinSeconds" type="number" min="1" step="1"><small class="field-error" data-for="schedule.adaptiveMinSeconds"></small></label>
        <label data-kind="adaptive">Longest (seconds) <input name="adaptiveMaxSeconds" type="number" min="1" step="1"><small class="field-error" data-for="schedule.adaptiveMaxSeconds"></small></label>
        <small class="field-error" data-for="schedule"></small>
        </fieldset>
        <fieldset>
        <legend>CSS selectors, for a page the wire grammar cannot read (optional; the item selector turns them on)</legend>
        <label>Item <input name="selectors.item" autocomplete="off"><small class="field-error" data-for="selectors"></small></label>
        <label>Headline <input name="selectors.headline" autocomplete="off"></label>
        <label>Body <input name="selectors.body" autocomplete="off"></label>
        <label>Age <input name="selectors.age" autocomplete="off"></label>
        <label>Link <input name="selectors.link" autocomplete="off"></label>
        </fieldset>
        <p class="buttons"><button type="submit">Save and fetch</button><button type="button" id="cancel">Cancel</button></p>
        </form>
        <datalist id="time-zones">{{TimeZoneOptions}}</datalist>
        </section>
        </main>
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

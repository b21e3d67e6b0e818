using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Syndicate.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Syndicate.Tests.Admin;

/// <summary>
/// Every action of the admin page in a real headless Chromium against the server on a real loopback socket, with
/// the browser in Tokyo's time zone. Screenshots of each state are kept under the test output folder
/// (<c>artifacts/admin-page/</c>).
/// </summary>
public sealed class AdminPageBrowserTests(AdminPageBrowserTests.Chromium chromium) : IClassFixture<AdminPageBrowserTests.Chromium>
{
    private static readonly string Screenshots = Path.Combine(AppContext.BaseDirectory, "artifacts", "admin-page");

    [Fact]
    public async Task Signing_in_shows_every_source_with_its_schedule_state_health_and_last_fetch_in_the_browsers_time_zone()
    {
        await using var session = await OpenAsync();
        await session.Host.IngestAsync("sample-text");
        var fetched = (await session.Admin.GetSourceAsync("sample-text")).LastFetch!.StartedAt;

        await session.SignInAsync();

        var row = session.Row("sample-text");
        await Expect(row.Locator(".schedule")).ToHaveTextAsync("cron " + SyndicateHost.NeverSchedule);
        await Expect(row.Locator(".state")).ToHaveTextAsync("enabled");
        await Expect(row.Locator(".health")).ToContainTextAsync("healthy");
        await Expect(row.Locator(".last-fetch")).ToContainTextAsync("8 items, 8 new");
        var lastFetchTime = row.Locator(".last-fetch time");
        await Expect(lastFetchTime).ToHaveTextAsync(new Regex("^(now|\\d+ seconds? ago)$"));
        Assert.Equal(fetched, DateTimeOffset.Parse((await lastFetchTime.GetAttributeAsync("datetime"))!, CultureInfo.InvariantCulture));
        // The full time, on hover, is in the browser's zone: Tokyo is GMT+9.
        await Expect(lastFetchTime).ToHaveAttributeAsync("title", new Regex("GMT\\+9$"));
        await Expect(row.Locator(".next-fire time")).ToHaveTextAsync(new Regex("^in \\d+ years$"));
        await Expect(session.Row("sample-html").Locator(".last-fetch")).ToHaveTextAsync("never");
        await session.ScreenshotAsync("signed-in");
        Assert.Empty(session.ConsoleErrors);
    }

    [Fact]
    public async Task Adding_a_source_with_every_field_saves_it_fetches_it_and_shows_the_result()
    {
        await using var session = await OpenAsync();
        await session.SignInAsync();

        await session.Page.ClickAsync("#add");
        await session.Page.FillAsync("input[name=id]", "extra");
        await session.Page.FillAsync("input[name=url]", Samples.SeedTextPath);
        await session.Page.SelectOptionAsync("select[name=language]", "de");
        await session.Page.FillAsync("input[name=timeZone]", "Europe/Berlin");
        await session.Page.FillAsync("input[name=country]", "DE");
        await session.Page.FillAsync("input[name=section]", "Ausland");
        await session.Page.SelectOptionAsync("select[name=ageRounding]", "Round");
        await session.Page.CheckAsync("input[name=allowPrivateNetwork]");
        await session.Page.SelectOptionAsync("select[name=scheduleKind]", "interval");
        await session.Page.FillAsync("input[name=intervalSeconds]", "900");
        await session.Page.FillAsync("input[name='selectors.item']", "li.news");
        await session.Page.FillAsync("input[name='selectors.age']", "time");
        await session.ScreenshotAsync("add-form");
        await session.Page.ClickAsync("button:text('Save and fetch')");

        await Expect(session.Page.Locator("#message")).ToHaveTextAsync(new Regex("^extra fetched: \\d+ items, \\d+ new, \\d+ ms\\.$"), new() { Timeout = 30000 });
        await Expect(session.Row("extra").Locator(".schedule")).ToHaveTextAsync("every 15 minutes");
        await Expect(session.Page.Locator("#editor")).ToBeHiddenAsync();
        var added = await session.Admin.GetSourceAsync("extra");
        Assert.Equal(
            (Samples.SeedTextPath, "de", "Europe/Berlin", "DE", "Ausland", "Round", true, "li.news", null, "time", 900),
            (added.Url, added.Language, added.TimeZone, added.Country, added.Section, added.AgeRounding, added.AllowPrivateNetwork,
             added.Selectors?.Item, added.Selectors?.Headline, added.Selectors?.Age, added.Schedule.IntervalSeconds));
        await session.ScreenshotAsync("added");
    }

    [Fact]
    public async Task Editing_a_source_shows_every_field_and_saves_only_what_changed()
    {
        await using var session = await OpenAsync();
        await session.SignInAsync();

        await session.Row("sample-text").Locator("button:text('Edit')").ClickAsync();
        await Expect(session.Page.Locator("#editor-title")).ToHaveTextAsync("Edit sample-text");
        await Expect(session.Page.Locator("input[name=id]")).ToHaveValueAsync("sample-text");
        await Expect(session.Page.Locator("input[name=section]")).ToHaveValueAsync("Buitenland");
        await Expect(session.Page.Locator("input[name=cron]")).ToHaveValueAsync(SyndicateHost.NeverSchedule);
        await Expect(session.Page.Locator("input[name=url]")).ToBeFocusedAsync();
        await session.Page.FillAsync("input[name=section]", "Wereld");
        await session.Page.SelectOptionAsync("select[name=scheduleKind]", "adaptive");
        await session.Page.FillAsync("input[name=adaptiveMinSeconds]", "60");
        await session.Page.FillAsync("input[name=adaptiveMaxSeconds]", "1800");
        await session.Page.ClickAsync("button:text('Save and fetch')");

        await Expect(session.Page.Locator("#message")).ToContainTextAsync("sample-text fetched: 8 items", new() { Timeout = 30000 });
        await Expect(session.Row("sample-text").Locator(".schedule")).ToHaveTextAsync("adaptive, between every minute and every 30 minutes");
        var edited = await session.Admin.GetSourceAsync("sample-text");
        Assert.Equal(
            ("Wereld", Samples.SeedTextPath, "nl", "Europe/Amsterdam", null, "Floor", false, null, "api"),
            (edited.Section, edited.Url, edited.Language, edited.TimeZone, edited.Country, edited.AgeRounding, edited.AllowPrivateNetwork, edited.Selectors, edited.ManagedBy));
    }

    [Fact]
    public async Task A_refused_field_is_shown_beside_it_and_nothing_is_saved()
    {
        await using var session = await OpenAsync();
        await session.SignInAsync();
        var missing = Path.Combine(session.Host.Directory.Path, "missing.html");

        await session.Page.ClickAsync("#add");
        await session.Page.FillAsync("input[name=id]", "gone");
        await session.Page.FillAsync("input[name=url]", missing);
        await session.Page.FillAsync("input[name=cron]", "0 0 0 30 2 ?");
        await session.Page.ClickAsync("button:text('Save and fetch')");

        await Expect(session.Page.Locator(".field-error[data-for='url']")).ToHaveTextAsync($"The file {missing} does not exist.");
        await Expect(session.Page.Locator(".field-error[data-for='schedule.cron']")).ToContainTextAsync("never fires");
        await Expect(session.Page.Locator("input[name=url]")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(session.Page.Locator("#message")).ToHaveClassAsync("error");
        await session.ScreenshotAsync("refused");
        using var response = await session.Admin.GetAsync("/admin/api/sources/gone", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Pause_and_resume_change_the_state_and_the_next_fire()
    {
        await using var session = await OpenAsync();
        await session.SignInAsync();
        var row = session.Row("sample-text");

        await row.Locator("button:text('Pause')").ClickAsync();
        await Expect(row.Locator(".state")).ToHaveTextAsync("paused");
        await Expect(row.Locator(".next-fire")).ToHaveTextAsync("not scheduled");
        await Expect(session.Page.Locator("#message")).ToHaveTextAsync("sample-text paused.");
        await row.Locator("button:text('Resume')").ClickAsync();

        await Expect(row.Locator(".state")).ToHaveTextAsync("enabled");
        await Expect(row.Locator(".next-fire")).ToHaveTextAsync(new Regex("^next in \\d+ years$"));
        Assert.Equal("enabled", (await session.Admin.GetSourceAsync("sample-text")).State);
    }

    [Fact]
    public async Task Run_now_shows_the_result_when_the_fetch_completes()
    {
        await using var session = await OpenAsync();
        await session.SignInAsync();

        await session.Row("sample-html").Locator("button:text('Run now')").ClickAsync();

        await Expect(session.Page.Locator("#message")).ToContainTextAsync("sample-html fetched: 8 items, 8 new", new() { Timeout = 30000 });
        await Expect(session.Row("sample-html").Locator(".last-fetch")).ToContainTextAsync("8 items, 8 new");
        await session.ScreenshotAsync("run-now");
        Assert.Empty(session.ConsoleErrors);
    }

    [Fact]
    public async Task A_failing_source_shows_its_health_problem_and_since_when()
    {
        using var directory = new TemporaryDirectory();
        var page = Path.Combine(directory.Path, "page.txt");
        File.Copy(Samples.SeedTextPath, page);
        await using var session = await OpenAsync(new SyndicateHost(directory, new Dictionary<string, string?> { ["Syndicate:Sources:0:Url"] = page }));
        File.Delete(page);
        await Assert.ThrowsAnyAsync<IOException>(() => session.Host.IngestAsync("sample-text"));

        await session.SignInAsync();

        var health = session.Row("sample-text").Locator(".health");
        await Expect(health).ToContainTextAsync("degraded");
        await Expect(health).ToContainTextAsync("1 failed fetch in a row");
        await Expect(health.Locator("time")).ToHaveTextAsync(new Regex("^(now|\\d+ seconds? ago)$"));
        await Expect(session.Row("sample-text").Locator(".last-fetch")).ToContainTextAsync("failed: ");
        await session.ScreenshotAsync("failing");
    }

    [Fact]
    public async Task A_source_the_server_paused_shows_why_and_a_new_schedule_resumes_it()
    {
        using var directory = new TemporaryDirectory();
        var scheduler = new Dictionary<string, string?> { ["Syndicate:SchedulerName"] = $"page-{Guid.NewGuid():N}" };
        await using (var first = new SyndicateHost(directory, scheduler))
        {
            using var client = first.CreateAdminClient();
            await client.PutScheduleAsync("sample-text", new { intervalSeconds = 30 });
        }

        await using var session = await OpenAsync(new SyndicateHost(directory, new Dictionary<string, string?>(scheduler) { ["Syndicate:MinPollInterval"] = "00:01:00" }));
        await session.SignInAsync();
        var row = session.Row("sample-text");
        await Expect(row.Locator(".state")).ToHaveTextAsync("paused");
        await Expect(row.Locator(".pause-reason")).ToHaveTextAsync("every 30 seconds polls as often as every 30 seconds; Syndicate:MinPollInterval allows at most every minute.");
        await session.ScreenshotAsync("held");
        await row.Locator("button:text('Resume')").ClickAsync();
        await Expect(session.Page.Locator("#message")).ToContainTextAsync("cannot resume on its schedule");

        await row.Locator("button:text('Edit')").ClickAsync();
        await session.Page.FillAsync("input[name=intervalSeconds]", "300");
        await session.Page.ClickAsync("button:text('Save and fetch')");

        await Expect(row.Locator(".state")).ToHaveTextAsync("enabled");
        await Expect(row.Locator(".pause-reason")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Delete_asks_first_and_removes_the_source()
    {
        await using var session = await OpenAsync();
        await session.SignInAsync();
        string? asked = null;
        session.Page.Dialog += async (_, dialog) =>
        {
            asked = dialog.Message;
            await dialog.AcceptAsync();
        };

        await session.Row("sample-html").Locator("button:text('Delete')").ClickAsync();

        await Expect(session.Row("sample-html")).ToHaveCountAsync(0);
        await Expect(session.Page.Locator("#message")).ToHaveTextAsync("sample-html deleted.");
        Assert.StartsWith("Delete the source sample-html?", asked, StringComparison.Ordinal);
        using var response = await session.Admin.GetAsync("/admin/api/sources/sample-html", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData(1280, 800, "desktop")]
    [InlineData(375, 740, "phone")]
    public async Task The_page_never_scrolls_sideways(int width, int height, string name)
    {
        await using var session = await OpenAsync(viewport: new ViewportSize { Width = width, Height = height });
        // A long URL and a long reason are what would push a table wide.
        using var added = await session.Admin.PostAsJsonAsync(
            "/admin/api/sources",
            new { id = "a-source-with-a-rather-long-identifier", url = Samples.SeedHtmlPath, section = "Buitenlandse berichten van de persbureaus" },
            TestContext.Current.CancellationToken);
        added.EnsureSuccessStatusCode();
        await session.SignInAsync();
        await session.Page.ClickAsync("#add");

        var widths = await session.Page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");

        Assert.True(widths[0] <= widths[1], $"The page is {widths[0]} px wide in a {widths[1]} px window.");
        await session.ScreenshotAsync($"layout-{name}", fullPage: true);
    }

    [Fact]
    public async Task Every_control_is_reached_with_the_tab_key_and_works_from_the_keyboard()
    {
        await using var session = await OpenAsync();
        await session.Page.FocusAsync("#key");
        await session.Page.Keyboard.TypeAsync(SyndicateHost.AdminKey);
        await session.Page.Keyboard.PressAsync("Enter");
        await Expect(session.Row("sample-text")).ToBeVisibleAsync();

        // Tab from the top of the page to sample-text's Run now, then press Enter.
        await session.Page.FocusAsync("#refresh");
        var runNow = session.Row("sample-text").Locator("button:text('Run now')");
        for (var presses = 0; presses < 30 && !await runNow.EvaluateAsync<bool>("b => b === document.activeElement"); presses++)
        {
            await session.Page.Keyboard.PressAsync("Tab");
        }

        await Expect(runNow).ToBeFocusedAsync();
        await session.Page.Keyboard.PressAsync("Enter");
        await Expect(session.Page.Locator("#message")).ToContainTextAsync("sample-text fetched: 8 items", new() { Timeout = 30000 });

        // The form opens with its first field focused, and Escape closes it.
        await session.Page.FocusAsync("#add");
        await session.Page.Keyboard.PressAsync("Enter");
        await Expect(session.Page.Locator("input[name=id]")).ToBeFocusedAsync();
        await session.Page.Keyboard.PressAsync("Escape");
        await Expect(session.Page.Locator("#editor")).ToBeHiddenAsync();
    }

    private async Task<Session> OpenAsync(SyndicateHost? host = null, ViewportSize? viewport = null)
    {
        ExternalTool.Require(ExternalTool.Exists(Chromium.Executable), "Chromium", "apt-get install chromium");
        host ??= new SyndicateHost();
        host.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        host.StartServer();
        var address = host.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        var context = await chromium.Browser.NewContextAsync(new()
        {
            TimezoneId = "Asia/Tokyo",
            Locale = "en-US",
            ViewportSize = viewport ?? new ViewportSize { Width = 1280, Height = 800 },
        });
        var page = await context.NewPageAsync();
        var session = new Session(host, context, page);
        page.Console += (_, message) =>
        {
            // Chromium asks every site for /favicon.ico; the 404 it gets is not the page's.
            if (message.Type == "error" && !message.Location.Contains("/favicon.ico", StringComparison.Ordinal))
            {
                session.ConsoleErrors.Add($"{message.Text} ({message.Location})");
            }
        };
        await page.GotoAsync($"{address}/admin");
        return session;
    }

    /// <summary>One server and one browser tab on it, signed in with the admin key when asked.</summary>
    private sealed class Session(SyndicateHost host, IBrowserContext context, IPage page) : IAsyncDisposable
    {
        public SyndicateHost Host { get; } = host;

        public IPage Page { get; } = page;

        public HttpClient Admin { get; } = host.CreateAdminClient();

        public List<string> ConsoleErrors { get; } = [];

        public ILocator Row(string sourceId) => Page.Locator($"tr[data-source='{sourceId}']");

        public async Task SignInAsync()
        {
            await Page.FillAsync("#key", SyndicateHost.AdminKey);
            await Page.ClickAsync("button:text('Sign in')");
            await Expect(Page.Locator("#sources tr").First).ToBeVisibleAsync();
        }

        public async Task ScreenshotAsync(string name, bool fullPage = false)
        {
            Directory.CreateDirectory(Screenshots);
            await Page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, $"{name}.png"), FullPage = fullPage });
        }

        public async ValueTask DisposeAsync()
        {
            Admin.Dispose();
            await context.DisposeAsync();
            await Host.DisposeAsync();
        }
    }

    /// <summary>One headless Chromium (Debian's) for every test of the class.</summary>
    public sealed class Chromium : IAsyncLifetime
    {
        public const string Executable = "/usr/bin/chromium";

        private IPlaywright? _playwright;

        public IBrowser Browser { get; private set; } = null!;

        public async ValueTask InitializeAsync()
        {
            if (!ExternalTool.Exists(Executable))
            {
                return;
            }

            _playwright = await Playwright.CreateAsync();
            Browser = await _playwright.Chromium.LaunchAsync(new()
            {
                ExecutablePath = Executable,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
            });
        }

        public async ValueTask DisposeAsync()
        {
            if (_playwright is not null)
            {
                await Browser.DisposeAsync();
                _playwright.Dispose();
            }
        }
    }
}

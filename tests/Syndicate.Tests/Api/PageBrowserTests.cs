using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Syndicate.Publishing;
using Syndicate.Tests.Support;

namespace Syndicate.Tests.Api;

/// <summary>
/// The index, a feed page and an item page in a real headless Chromium: each renders without a script, fits a phone's
/// width, passes axe-core with no serious or critical violation, and leaves a screenshot in TestResults/pages.
/// </summary>
public sealed class PageBrowserTests
{
    private const string Chromium = "/usr/bin/chromium";

    private static readonly string Axe = Path.Combine(RepositoryRoot.Path, "tests", "accessibility", "node_modules", "axe-core", "axe.min.js");

    [Fact]
    public async Task The_index_a_feed_page_and_an_item_page_render_fit_a_phone_and_pass_axe_without_serious_violations()
    {
        ExternalTool.Require(ExternalTool.Exists(Chromium), "Chromium", "apt-get install chromium");
        ExternalTool.Require(File.Exists(Axe), "axe-core", "npm install --prefix tests/accessibility --no-package-lock");
        await using var host = new SyndicateHost();
        var address = host.Listen();
        await host.IngestAsync("sample-text");
        await host.IngestAsync("sample-html");
        var item = host.Services.GetRequiredService<FeedPublisher>().Current.Entries[0];

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        // The pages forbid inline script (CSP): the checker is injected past it; the pages themselves run none.
        await using var context = await browser.NewContextAsync(new() { BypassCSP = true, JavaScriptEnabled = true, ViewportSize = new() { Width = 390, Height = 844 } });
        var page = await context.NewPageAsync();
        var screenshots = Path.Combine(RepositoryRoot.Path, "TestResults", "pages");
        Directory.CreateDirectory(screenshots);
        foreach (var (name, path, heading) in new[]
        {
            ("index", "/", "Syndicate feeds"),
            ("feed-agency-anp", "/feeds/agency/anp", "Syndicate: ANP"),
            ("item", $"/items/{item.Id}", item.Title),
        })
        {
            var response = await page.GotoAsync(address + path);

            Assert.Equal(200, response!.Status);
            Assert.Equal(heading, await page.Locator("main h1").TextContentAsync());
            Assert.Equal(0, await page.Locator("script").CountAsync());
            Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), $"{path} is wider than a phone");
            var file = Path.Combine(screenshots, $"{name}.png");
            await page.ScreenshotAsync(new() { Path = file, FullPage = true });
            TestContext.Current.AddAttachment(name, await File.ReadAllBytesAsync(file, TestContext.Current.CancellationToken), "image/png");
            await page.AddScriptTagAsync(new() { Path = Axe });
            var violations = await page.EvaluateAsync<JsonElement>(
                "async () => (await axe.run(document, { resultTypes: ['violations'] })).violations.map(v => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }))");
            var serious = violations.EnumerateArray().Where(v => v.GetProperty("impact").GetString() is "serious" or "critical").Select(v => v.ToString()).ToList();
            Assert.True(serious.Count == 0, $"{path}: {string.Join("; ", serious)}");
        }
    }
}

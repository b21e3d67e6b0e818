using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Syndicate.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Syndicate.Tests.Admin;

/// <summary>The admin page in a real headless Chromium against the server on a real loopback socket.</summary>
public sealed class AdminPageBrowserTests
{
    private const string Chromium = "/usr/bin/chromium";

    [Fact]
    public async Task An_admin_signs_in_changes_a_schedule_and_sees_the_next_fire_time_change()
    {
        ExternalTool.Require(ExternalTool.Exists(Chromium), "Chromium", "apt-get install chromium");
        await using var host = new SyndicateHost();
        host.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        host.StartServer();
        var address = host.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var page = await browser.NewPageAsync();
        await page.GotoAsync($"{address}/admin");

        await page.FillAsync("#key", SyndicateHost.AdminKey);
        await page.ClickAsync("button:text('Sign in')");
        var row = page.Locator("tr[data-source='sample-text']");
        var nextFire = row.Locator(".next-fire");
        await Expect(nextFire).ToContainTextAsync("2098-12-31");
        await row.Locator("input[name=schedule]").FillAsync("300");
        await row.Locator("button:text('Apply')").ClickAsync();

        await Expect(row.Locator(".schedule")).ToHaveTextAsync("every 5 minutes");
        await Expect(nextFire).Not.ToContainTextAsync("2098-12-31");
        var next = DateTimeOffset.Parse(await nextFire.TextContentAsync() ?? "", System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(next, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddMinutes(6));
        await Expect(page.Locator("#message")).ToHaveTextAsync("Schedule of sample-text changed.");
    }
}

using System.Globalization;
using System.Net;
using System.Text;

namespace Syndicate.Tests.Ingestion;

/// <summary>
/// An in-process wire site with its own clock: it renders its newest items as a Dutch wire list
/// with ages floored to whole minutes, hours or days, and sends its clock as the Date header.
/// No socket is opened; the server's source HTTP client is given this as its handler.
/// </summary>
/// <param name="clockOffset">How far the site's clock is from the server's: its items' instants are by its own clock.</param>
internal sealed class FakeWireSite(TimeProvider clock, IReadOnlyList<FakeWireSite.TrueItem> items, int pageSize, TimeSpan clockOffset = default)
    : HttpMessageHandler
{
    public sealed record TrueItem(int Number, string Place, DateTimeOffset Published)
    {
        public string Body => $"Bericht nummer {Number} uit {Place} over de gebeurtenissen van vandaag.";
    }

    public int Requests { get; private set; }

    public int PageSize => pageSize;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests++;
        var now = clock.GetUtcNow() + clockOffset;
        var page = new StringBuilder("Meer uit Buitenland\n");
        foreach (var item in items.Where(i => i.Published <= now).OrderByDescending(i => i.Published).Take(pageSize))
        {
            page.Append(CultureInfo.InvariantCulture, $"{item.Place} (ANP) - {item.Body}\n{FlooredAge(now - item.Published)}\n");
        }

        var response = new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StringContent(page.ToString(), Encoding.UTF8, "text/plain"),
            RequestMessage = request,
        };
        response.Headers.Date = now;
        return Task.FromResult(response);
    }

    private static string FlooredAge(TimeSpan age) => age switch
    {
        { TotalMinutes: < 1 } => "zojuist",
        { TotalMinutes: < 2 } => "1 minuut geleden",
        { TotalHours: < 1 } => $"{(int)age.TotalMinutes} minuten geleden",
        { TotalDays: < 1 } => $"{(int)age.TotalHours} uur geleden",
        _ => $"{(int)age.TotalDays} dagen geleden",
    };
}

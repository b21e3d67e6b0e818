using System.Text.Json;
using System.Xml.Linq;
using Microsoft.Extensions.Time.Testing;
using Syndicate.Tests.Support;

namespace Syndicate.Tests.Publishing;

/// <summary>
/// A page whose items are replaced by new versions, as real wire pages do (pairs from Fixtures/Versions): a Reuters
/// item whose opening is reworded (a new id: found as a version of the item no longer on the page), an AP item
/// extended by a paragraph (the same id), and a dpa-AFX item corrected under a "KORREKTUR:" headline. Each stays one entry, keeps its id and published instant, has its updated
/// instant bumped to the capture that changed it, and shows the text it replaced on its item page.
/// </summary>
public sealed class ItemVersionFeedTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private const string Reworded = """
        Biden reassures Iraq prime minister after defense chief's remarks

        WASHINGTON (Reuters) – U.S. Vice President Joe Biden assured Iraqi Prime Minister Haider al-Abadi on Monday that Washington stands behind Iraq's fight against Islamic State, after Defense Secretary Ash Carter questioned the Iraqi army's will to fight.

        Carter said in a television interview on Sunday that Iraqi troops showed no will to fight when Ramadi fell a week ago.

        {0}
        """;

    private const string RewordedLater = """
        U.S. moves to contain damage from defense chief's Iraq remarks

        WASHINGTON (Reuters) – Vice President Joe Biden assured Iraqi Prime Minister Haider al-Abadi of U.S. support on Monday in an effort to limit the damage after Defense Secretary Ash Carter questioned the Iraqi army's will to fight.

        Carter said in a television interview on Sunday that Iraqi troops showed no will to fight when Ramadi fell a week ago.

        {0}
        """;

    private const string Extended = """
        UPDATE: Trump offers condolences

        WASHINGTON (AP) — President Donald Trump has called British Prime Minister Theresa May to offer his sympathy after the deadly attack in London.

        The White House says the president commended the police and first responders and promised the full backing of the U.S. government in the investigation.

        {0}
        """;

    private const string ExtendedLater = """
        Trump offers condolences to May on London attack

        WASHINGTON (AP) — President Donald Trump has called British Prime Minister Theresa May to offer his sympathy after the deadly attack in London.

        The White House says the president commended the police and first responders and promised the full backing of the U.S. government in the investigation.

        Press secretary Sean Spicer told reporters the administration condemned the attack and praised how quickly British police had responded.

        {0}
        """;

    [Fact]
    public async Task A_reworded_and_an_extended_item_stay_one_entry_each_with_updated_bumped_and_their_history_on_the_item_page()
    {
        using var directory = new TemporaryDirectory();
        var page = Path.Combine(directory.Path, "wire.txt");
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = HostReading(page, "en", "America/New_York", clock);
        using var client = host.CreateClient();
        await WriteAsync(page, clock, Reworded, "40 minutes ago", Extended, "12 minutes ago");
        await host.IngestAsync("sample-text");
        var first = await EntriesAsync(client);
        clock.Advance(TimeSpan.FromMinutes(5));
        await WriteAsync(page, clock, RewordedLater, "45 minutes ago", ExtendedLater, "17 minutes ago");
        await host.IngestAsync("sample-text");
        var second = await EntriesAsync(client);
        clock.Advance(TimeSpan.FromMinutes(1));
        await WriteAsync(page, clock, RewordedLater, "46 minutes ago", ExtendedLater, "18 minutes ago");
        await host.IngestAsync("sample-text");
        var third = await EntriesAsync(client);

        Assert.Equal(2, first.Count);
        Assert.Equal(first.Keys, second.Keys);
        Assert.Equal(second, third);
        foreach (var (id, (published, updated, content)) in second)
        {
            Assert.Equal(first[id].Published, published);
            Assert.Equal(first[id].Published, first[id].Updated);
            Assert.True(updated > published, $"{id}: updated {updated} is not after published {published}");
            Assert.NotEqual(first[id].Content, content);
        }

        var reuters = second.Single(e => e.Value.Content.Contains("Iraq", StringComparison.Ordinal)).Key;
        var ap = second.Single(e => e.Value.Content.Contains("Trump", StringComparison.Ordinal)).Key;
        Assert.Contains("in an effort to limit the damage", second[reuters].Content, StringComparison.Ordinal);
        Assert.Contains("Press secretary Sean Spicer", second[ap].Content, StringComparison.Ordinal);

        var html = await client.GetStringAsync($"/items/{reuters}", TestContext.Current.CancellationToken);
        Assert.Contains("Earlier versions (1)", html, StringComparison.Ordinal);
        Assert.Contains("Washington stands behind Iraq&#39;s fight", html, StringComparison.Ordinal);
        using var reutersJson = JsonDocument.Parse(await client.GetStringAsync($"/items/{reuters}.json", TestContext.Current.CancellationToken));
        var reutersVersion = Assert.Single(reutersJson.RootElement.GetProperty("earlierVersions").EnumerateArray());
        Assert.Equal("reworded", reutersVersion.GetProperty("change").GetString());
        Assert.Equal("Biden reassures Iraq prime minister after defense chief's remarks", reutersVersion.GetProperty("headline").GetString());

        using var apJson = JsonDocument.Parse(await client.GetStringAsync($"/items/{ap}.json", TestContext.Current.CancellationToken));
        Assert.Equal("extended", Assert.Single(apJson.RootElement.GetProperty("earlierVersions").EnumerateArray()).GetProperty("change").GetString());
    }

    private const string Reported = """
        Vogler wirft Moskaus Chefdiplomaten 'dreiste Lügen' vor

        VALLETTA (dpa-AFX) - Außenministerin Katrin Vogler hat dem russischen Außenminister beim OSZE-Treffen auf Malta "dreiste Lügen" über den Krieg in der Ukraine vorgehalten. "Sie mögen sich selbst etwas einreden, aber nicht den 1,3 Milliarden Menschen in der OSZE-Region", sagte die Ministerin an ihn gewandt.

        Der Russe hatte zuvor dem Westen vorgeworfen, einen neuen Kalten Krieg anzuheizen.

        vor 20 Minuten
        """;

    private const string Corrected = """
        KORREKTUR: Vogler wirft Moskaus Chefdiplomaten 'dreiste Lügen' vor

        VALLETTA (dpa-AFX) - Außenministerin Katrin Vogler hat dem russischen Außenminister beim OSZE-Treffen auf Malta "dreiste Lügen" über den Krieg in der Ukraine vorgehalten. "Sie mögen sich selbst etwas einreden, aber nicht den 1,3 Milliarden Menschen in Europa", sagte die Ministerin an ihn gewandt.

        (In der Meldung vom 05.12.2024 um 16:14 Uhr wurde das Zitat von Vogler im ersten Absatz geändert. Die Ministerin sprach wörtlich von "Europa" statt "OSZE-Region". Neuer zweiter Absatz ergänzt.)

        In Europa leben allerdings deutlich weniger Menschen. Eine Sprecherin verwies auf den schriftlichen Redetext, in dem von der OSZE-Region die Rede ist.

        Der Russe hatte zuvor dem Westen vorgeworfen, einen neuen Kalten Krieg anzuheizen.

        vor 40 Minuten
        """;

    /// <summary>A dpa-AFX item corrected under a "KORREKTUR:" headline, as a German finance site prints it (pairs.tsv, wallstreet-online.de).</summary>
    [Fact]
    public async Task A_correction_headed_by_its_notice_stays_one_entry_and_its_history_says_corrected()
    {
        using var directory = new TemporaryDirectory();
        var page = Path.Combine(directory.Path, "wire.txt");
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = HostReading(page, "de", "Europe/Berlin", clock);
        using var client = host.CreateClient();
        await WriteAsync(page, clock, Reported);
        await host.IngestAsync("sample-text");
        var first = await EntriesAsync(client);
        clock.Advance(TimeSpan.FromMinutes(20));
        await WriteAsync(page, clock, Corrected);
        await host.IngestAsync("sample-text");
        var second = await EntriesAsync(client);

        var (id, (published, updated, content)) = Assert.Single(second);
        Assert.Equal(first.Keys, second.Keys);
        Assert.Equal(first[id].Published, published);
        Assert.True(updated > published, $"updated {updated} is not after published {published}");
        Assert.Contains("Menschen in Europa", content, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(await client.GetStringAsync($"/items/{id}.json", TestContext.Current.CancellationToken));
        Assert.Equal("Vogler wirft Moskaus Chefdiplomaten 'dreiste Lügen' vor", json.RootElement.GetProperty("title").GetString());
        var version = Assert.Single(json.RootElement.GetProperty("earlierVersions").EnumerateArray());
        Assert.Equal("corrected", version.GetProperty("change").GetString());
        Assert.Contains("Menschen in der OSZE-Region", version.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    private static async Task WriteAsync(string page, TimeProvider clock, string text)
    {
        await File.WriteAllTextAsync(page, text, TestContext.Current.CancellationToken);
        File.SetLastWriteTimeUtc(page, clock.GetUtcNow().UtcDateTime);
    }

    /// <summary>A server whose source reads <paramref name="page"/>, on <paramref name="clock"/>.</summary>
    private static SyndicateHost HostReading(string page, string language, string timeZone, TimeProvider clock) => new(
        settings: new Dictionary<string, string?>
        {
            ["Syndicate:Sources:0:Url"] = page,
            ["Syndicate:Sources:0:Language"] = language,
            ["Syndicate:Sources:0:TimeZone"] = timeZone,
        },
        clock: clock);

    /// <summary>Writes the page as modified at the clock's time: a file's ages count from its modification time.</summary>
    private static Task WriteAsync(string page, TimeProvider clock, string first, string firstAge, string second, string secondAge)
    {
        var culture = System.Globalization.CultureInfo.InvariantCulture;
        return WriteAsync(page, clock, string.Format(culture, first, firstAge) + "\n" + string.Format(culture, second, secondAge));
    }

    private static async Task<Dictionary<string, (DateTimeOffset Published, DateTimeOffset Updated, string Content)>> EntriesAsync(HttpClient client)
    {
        var atom = XDocument.Parse(await client.GetStringAsync("/feeds/all.atom", TestContext.Current.CancellationToken));
        return atom.Root!.Elements(Atom + "entry").ToDictionary(
            e => ((string)e.Element(Atom + "id")!).Split("/item/")[1],
            e => ((DateTimeOffset)e.Element(Atom + "published")!, (DateTimeOffset)e.Element(Atom + "updated")!, (string)e.Element(Atom + "content")!));
    }
}

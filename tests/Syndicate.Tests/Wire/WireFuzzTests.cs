using System.Text;
using Syndicate.Core.Time;
using Syndicate.Core.Wire;
using Syndicate.Tests.Support;

namespace Syndicate.Tests.Wire;

/// <summary>
/// Property tests over mutated fixture pages and random pages, from a fixed seed so a failure
/// repeats: reading never throws, never gives an item with an empty body, reports a refused page as
/// one with no items, and is deterministic.
/// </summary>
public sealed class WireFuzzTests
{
    private const int Seed = 20261128;

    private static readonly string[] Fragments =
    [
        "BRUSSEL (ANP) - ", "LONDON, May 18 (Reuters) -", "(Reuters) -", "Berlin (dpa) – ", "MOSCOW, January 21. /TASS/. ",
        "MADRID, 21 ene (EFE).- ", "WASHINGTON/KYIV (AP) — ", "SÃO PAULO (ANP/AFP/RTR/BLOOMBERG) - ", "(ANP/", "/RTR)", " - ", "–", "—",
        "16 minuten geleden", "1 uur geleden", "2 hours ago", "16 minuten geledenOSLO (ANP) - ", "09:41", "Meer uit Buitenland",
        "More from World", "Nieuw bericht, vervangt: ", "By Jane Doe", "ANP ", "Frankfurt - ", "Het kabinet is gevallen.",
        "Wat nu?", "\"Citaat\".", "(", ")", "/", ".", ",", "'", " ", "\n", "\r\n", "\t", "\u00A0", "é", "Ø", "\u0301", "😀",
        "<p>", "</p>", "<li>", "</li>", "<ul>", "</ul>", "<br>", "<div class=\"cookie\">", "<div>", "</div>", "<article>",
        "(ANSA) - ROMA, 12 DIC - ", "15:03Ostia: vertice", "Por LUSA", "© Lusa 03/09/2025", "Fonte: Agência Brasil", "(dpa/lni) – ",
        "Madrid, 26 ene (EFE).-", "Tom Weller/dpa", "12 Dic 2025 - 12:38", "Ginebra.- ", "Mindanao (Filipinas)- ", "ANG/AALS/SG", "... ",
        "Skynet politique (dépêches politiques Agence Belga)", "(EFE)", "By JANE DOE Associated Press ", "Read more", "ISRAEL PALESTINA",
        "</article>", "<a href=\"/x\">", "<a href=\"http://[bad\">", "</a>", "<time datetime=\"2026-01-01\">", "</time>",
        "<script>", "</script>", "<!--", "-->", "<h3>", "</h3>", "<base href=\"::\">", "&amp;", "&#0;", "\uFFFD",
    ];

    private static readonly string?[] ContentTypes = [null, "text/html", "text/plain", "text/html; charset=windows-1252", "text/plain; charset=utf-16"];

    private static readonly WireSelectors Selectors = new("li, article", Headline: "h3", Body: "p", Age: "time", Link: "a");

    [Fact]
    public void Mutated_fixture_pages_read_safely_and_deterministically()
    {
        var random = new Random(Seed);
        var pages = WireFixture.Names.Select(n => File.ReadAllBytes(WireFixture.Load(n).PagePath))
            .Concat(Directory.EnumerateFiles(RecognitionCorpus.Development.Directory, "page.*", SearchOption.AllDirectories).Select(File.ReadAllBytes))
            .Append(File.ReadAllBytes(Samples.SeedHtmlPath))
            .ToArray();
        for (var i = 0; i < 2000; i++)
        {
            var page = pages[random.Next(pages.Length)];
            Check(Mutate(page, random), random, $"mutated case {i}");
        }
    }

    [Fact]
    public void Random_pages_read_safely_and_deterministically()
    {
        var random = new Random(Seed + 1);
        for (var i = 0; i < 2000; i++)
        {
            var text = new StringBuilder();
            for (var n = random.Next(1, 80); n > 0; n--)
            {
                text.Append(Fragments[random.Next(Fragments.Length)]);
            }

            Check(Encoding.UTF8.GetBytes(text.ToString()), random, $"random case {i}");
        }
    }

    private static void Check(byte[] page, Random random, string label)
    {
        var language = random.Next(2) == 0 ? "nl" : "en";
        var contentType = ContentTypes[random.Next(ContentTypes.Length)];
        var selectors = random.Next(4) == 0 ? Selectors : null;
        var url = random.Next(3) == 0 ? null : new Uri("https://nieuws.example/lijst/");
        var reader = new PageReader(AgencyCatalog.Default, AgeGrammar.For(language));

        var first = reader.Read(page, contentType, url, selectors);
        var second = new PageReader(AgencyCatalog.Default, AgeGrammar.For(language)).Read(page, contentType, url, selectors);

        // A refused page has no items and no warning; a page read has items or says it has none.
        Assert.True(first.Succeeded ? (first.Items.Count == 0) == (first.Warning is not null) : first.Items.Count == 0 && first.Warning is null, label);
        Assert.All(first.Items, item => Assert.False(string.IsNullOrWhiteSpace(item.Body), label));
        Assert.Equal(Describe(first), Describe(second));
    }

    private static string Describe(PageReadResult result) =>
        $"{result.Error}|{result.Warning}|" + string.Join("\n", result.Items.Select(i =>
            $"{i.Headline}|{i.Dateline}|{i.Place}|{string.Join('/', i.Agencies)}|{i.Body}|{i.Age}|{i.Section}|{i.Link}|{i.MachineTime}|{string.Join('/', i.UnknownCredits)}|{i.CreditInherited}|{i.Correction}"));

    private static byte[] Mutate(byte[] page, Random random)
    {
        var bytes = new List<byte>(page);
        for (var n = random.Next(1, 7); n > 0 && bytes.Count > 0; n--)
        {
            var at = random.Next(bytes.Count);
            var length = Math.Min(bytes.Count - at, random.Next(1, 200));
            switch (random.Next(6))
            {
                case 0:
                    bytes.RemoveRange(at, length);
                    break;
                case 1:
                    bytes.InsertRange(random.Next(bytes.Count), bytes.GetRange(at, length));
                    break;
                case 2:
                    bytes.InsertRange(at, Encoding.UTF8.GetBytes(Fragments[random.Next(Fragments.Length)]));
                    break;
                case 3:
                    bytes[at] = (byte)random.Next(256);
                    break;
                case 4:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                default:
                    var other = random.Next(bytes.Count);
                    (bytes[at], bytes[other]) = (bytes[other], bytes[at]);
                    break;
            }
        }

        return [.. bytes];
    }
}

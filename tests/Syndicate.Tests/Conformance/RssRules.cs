using System.Globalization;
using System.Xml.Linq;

namespace Syndicate.Tests.Conformance;

/// <summary>
/// The rules of the RSS 2.0 specification (RSS Advisory Board, 2.0.11) and of the Board's best-practices profile that a
/// document can break, plus what the W3C feed validator warns about in RSS (a missing atom:link self, namespace prefixes
/// it does not expect such as a10:, missing guids, implausible dates). "Profile" rules are the Board's recommendations.
/// </summary>
internal static class RssRules
{
    private static readonly XNamespace Atom = AtomRules.Atom;
    private static readonly XNamespace DublinCore = "http://purl.org/dc/elements/1.1/";

    public static IReadOnlyList<Finding> Check(XDocument document, string text, Uri servedAt, DateTimeOffset now)
    {
        var findings = new Findings();
        var rss = document.Root!;
        findings.Must(rss.Name == "rss" && (string?)rss.Attribute("version") == "2.0", "spec: rss", "document", "the root is not <rss version=\"2.0\">");
        var channels = rss.Elements("channel").ToList();
        findings.Must(channels.Count == 1, "spec: channel", "document", $"{channels.Count} channels, not one");
        if (channels.Count != 1)
        {
            return findings.All;
        }

        var channel = channels[0];
        // The W3C validator warns of prefixes other than the usual ones for a namespace (a10: for Atom).
        findings.Should(!text.Contains("a10:", StringComparison.Ordinal), "W3C AvoidNamespacePrefix", "document", "Atom written with the a10: prefix");
        foreach (var name in new[] { "title", "link", "description" })
        {
            findings.Must(channel.Elements(name).Count() == 1, "spec: required channel elements", "channel", $"{channel.Elements(name).Count()} <{name}>, not one");
        }

        foreach (var name in new[] { "language", "pubDate", "lastBuildDate", "ttl", "generator", "docs", "copyright" })
        {
            findings.Must(channel.Elements(name).Count() <= 1, "spec: optional channel elements", "channel", $"more than one <{name}>");
        }

        findings.Must(channel.Element("link") is not { } link || IsWebUrl(link.Value), "spec: channel link", "channel", $"the link '{channel.Element("link")?.Value}' is not an http(s) URL");
        if (channel.Element("language") is { } language)
        {
            findings.Must(CultureInfo.GetCultures(CultureTypes.AllCultures).Any(c => c.Name.Equals(language.Value, StringComparison.OrdinalIgnoreCase)), "spec: language", "channel", $"'{language.Value}' is not a language code");
        }

        if (channel.Element("ttl") is { } ttl)
        {
            findings.Must(int.TryParse(ttl.Value, NumberStyles.None, CultureInfo.InvariantCulture, out _), "spec: ttl", "channel", $"the ttl '{ttl.Value}' is not a whole number of minutes");
        }

        foreach (var date in channel.Elements("pubDate").Concat(channel.Elements("lastBuildDate")))
        {
            Date(findings, date, "channel", now);
        }

        // Profile: "identify the URL of the feed with an atom:link ... rel=self"; the W3C validator warns without one.
        var self = channel.Elements(Atom + "link").Where(l => (string?)l.Attribute("rel") == "self").ToList();
        findings.Should(self.Count == 1, "profile: atom:link self", "channel", $"{self.Count} atom:link rel=self, not one");
        findings.Should(self.Count == 0 || ((string?)self[0].Attribute("href") == servedAt.AbsoluteUri && (string?)self[0].Attribute("type") == "application/rss+xml"),
            "W3C SelfDoesntMatchLocation", "channel", $"the self link {(string?)self.FirstOrDefault()?.Attribute("href")} is not {servedAt} as application/rss+xml");
        var guids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (item, index) in channel.Elements("item").Select((e, i) => (e, i)))
        {
            var where = $"item {index + 1}";
            findings.Must(item.Element("title") is not null || item.Element("description") is not null, "spec: item", where, "neither title nor description");
            foreach (var name in new[] { "title", "link", "description", "author", "comments", "guid", "pubDate", "source" })
            {
                findings.Must(item.Elements(name).Count() <= 1, "spec: item elements", where, $"more than one <{name}>");
            }

            // Profile: an item SHOULD have a guid; the W3C validator warns without one.
            var guid = item.Element("guid");
            findings.Should(guid is not null, "profile: guid", where, "no guid");
            if (guid is not null)
            {
                findings.Must(guids.Add(guid.Value), "spec: guid", where, $"the guid {guid.Value} is another item's too");
                var permaLink = (string?)guid.Attribute("isPermaLink") ?? "true";
                findings.Must(permaLink is "true" or "false", "spec: guid isPermaLink", where, $"isPermaLink '{permaLink}'");
                findings.Must(permaLink == "false" || IsWebUrl(guid.Value), "spec: guid isPermaLink", where, $"a permalink guid '{guid.Value}' that is no URL");
            }

            findings.Must(item.Element("link") is not { } itemLink || IsWebUrl(itemLink.Value), "spec: item link", where, $"the link '{item.Element("link")?.Value}' is not an http(s) URL");
            // Profile: author holds an e-mail address; without one the name goes in dc:creator.
            findings.Must(item.Element("author") is not { } author || author.Value.Contains('@', StringComparison.Ordinal), "profile: author", where, $"the author '{item.Element("author")?.Value}' is no e-mail address");
            if (item.Element("pubDate") is { } date)
            {
                Date(findings, date, where, now);
            }

            // Profile: a description is HTML, entity-encoded; plain text must carry no markup a reader would render.
            findings.Should(item.Element("description") is not { } description || !description.Value.Contains('<', StringComparison.Ordinal), "profile: description", where, "the description carries markup");
            findings.Should(item.Element("title") is not { } title || !title.Value.Contains('<', StringComparison.Ordinal), "profile: title", where, "the title carries markup");
            foreach (var category in item.Elements("category"))
            {
                findings.Must(category.Value.Length > 0, "spec: category", where, "an empty category");
            }

            foreach (var creator in item.Elements(DublinCore + "creator"))
            {
                findings.Must(creator.Value.Trim().Length > 0, "profile: dc:creator", where, "an empty dc:creator");
            }
        }

        return findings.All;
    }

    private static void Date(Findings findings, XElement date, string where, DateTimeOffset now)
    {
        var valid = Dates.TryRfc822(date.Value, out var instant);
        findings.Must(valid, "spec: RFC 822 date", where, $"<{date.Name.LocalName}> '{date.Value}' is not an RFC 822 date with a four-digit year");
        findings.Should(!valid || Dates.IsPlausible(instant, now), "W3C ImplausibleDate", where, $"<{date.Name.LocalName}> {date.Value} is before 1990 or in the future");
    }

    private static bool IsWebUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";
}

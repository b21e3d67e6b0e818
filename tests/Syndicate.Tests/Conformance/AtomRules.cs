using System.Xml.Linq;

namespace Syndicate.Tests.Conformance;

/// <summary>
/// The MUST and SHOULD rules of RFC 4287 (the Atom Syndication Format) that a feed document can break, plus what the
/// W3C feed validator warns about in Atom (duplicate updated dates, implausible dates, a self link that is not the
/// document's address). Section numbers are RFC 4287's.
/// </summary>
internal static class AtomRules
{
    public static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private static readonly string[] TextTypes = ["text", "html", "xhtml"];

    public static IReadOnlyList<Finding> Check(XDocument document, Uri servedAt, DateTimeOffset now)
    {
        var findings = new Findings();
        var feed = document.Root!;
        findings.Must(feed.Name == Atom + "feed", "4.1.1", "document", $"the root is {feed.Name}, not atom:feed");
        if (feed.Name != Atom + "feed")
        {
            return findings.All;
        }

        var entries = feed.Elements(Atom + "entry").ToList();
        CommonMetadata(findings, feed, "feed", now);
        // §4.1.1: a feed MUST have an author unless every entry has one.
        findings.Must(feed.Elements(Atom + "author").Any() || entries.All(e => e.Elements(Atom + "author").Any()), "4.1.1", "feed", "no atom:author, and not every entry has one");
        foreach (var name in new[] { "generator", "icon", "logo", "rights", "subtitle" })
        {
            findings.Must(feed.Elements(Atom + name).Count() <= 1, "4.1.1", "feed", $"more than one atom:{name}");
        }

        // §4.1.1 and §4.2.7.2: one self link, which names the document where it is served.
        var self = feed.Elements(Atom + "link").Where(l => (string?)l.Attribute("rel") == "self").ToList();
        findings.Should(self.Count == 1, "4.2.7.2", "feed", $"{self.Count} self links; one SHOULD name the document");
        findings.Should(self.Count == 0 || (string?)self[0].Attribute("href") == servedAt.AbsoluteUri, "W3C SelfDoesntMatchLocation", "feed",
            $"the self link {(string?)self.FirstOrDefault()?.Attribute("href")} is not where the document is served, {servedAt}");
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var updated = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (entry, index) in entries.Select((e, i) => (e, i)))
        {
            var where = $"entry {index + 1}";
            CommonMetadata(findings, entry, where, now);
            foreach (var name in new[] { "content", "published", "rights", "source", "summary" })
            {
                findings.Must(entry.Elements(Atom + name).Count() <= 1, "4.1.2", where, $"more than one atom:{name}");
            }

            // §4.1.1.1: content, or else an alternate link.
            var content = entry.Element(Atom + "content");
            findings.Must(content is not null || Links(entry).Any(l => l.Rel == "alternate"), "4.1.1.1", where, "neither atom:content nor an alternate link");
            if (content is not null)
            {
                findings.Must(content.Attribute("src") is null || entry.Element(Atom + "summary") is not null, "4.1.1.2", where, "out-of-line content without a summary");
                findings.Must(TextTypes.Contains((string?)content.Attribute("type") ?? "text") || entry.Element(Atom + "summary") is not null, "4.1.1.2", where, "content of a media type without a summary");
            }

            if (entry.Element(Atom + "id") is { } id)
            {
                findings.Must(ids.Add(id.Value), "4.1.1", where, $"the id {id.Value} is another entry's too");
            }

            if (entry.Element(Atom + "updated") is { } date)
            {
                findings.Should(updated.Add(date.Value), "W3C DuplicateUpdated", where, $"atom:updated {date.Value} is another entry's too");
            }

            if (entry.Element(Atom + "published") is { } published)
            {
                Date(findings, published, where, now);
            }
        }

        return findings.All;
    }

    /// <summary>§4.1.1 and §4.1.2: exactly one id, title and updated; text constructs; person constructs; links; categories.</summary>
    private static void CommonMetadata(Findings findings, XElement element, string where, DateTimeOffset now)
    {
        foreach (var name in new[] { "id", "title", "updated" })
        {
            findings.Must(element.Elements(Atom + name).Count() == 1, element.Name.LocalName == "feed" ? "4.1.1" : "4.1.2", where, $"{element.Elements(Atom + name).Count()} atom:{name}, not one");
        }

        if (element.Element(Atom + "id") is { } id)
        {
            // §4.2.6: an IRI, absolute; §4.2.6: SHOULD NOT change, so never empty.
            findings.Must(Uri.TryCreate(id.Value, UriKind.Absolute, out _), "4.2.6", where, $"the id '{id.Value}' is not an absolute IRI");
        }

        if (element.Element(Atom + "updated") is { } updated)
        {
            Date(findings, updated, where, now);
        }

        foreach (var text in new[] { "title", "subtitle", "summary", "rights" }.SelectMany(n => element.Elements(Atom + n)))
        {
            findings.Must(TextTypes.Contains((string?)text.Attribute("type") ?? "text"), "3.1.1", where, $"atom:{text.Name.LocalName} has type '{(string?)text.Attribute("type")}'");
            findings.Should(text.Name.LocalName != "title" || text.Value.Trim().Length > 0, "W3C NotBlank", where, "an empty title");
        }

        foreach (var person in element.Elements(Atom + "author").Concat(element.Elements(Atom + "contributor")))
        {
            findings.Must(person.Elements(Atom + "name").Count() == 1, "3.2.1", where, "a person construct without exactly one atom:name");
            findings.Must(person.Elements(Atom + "uri").Count() <= 1 && person.Elements(Atom + "email").Count() <= 1, "3.2", where, "a person construct with more than one uri or email");
            if (person.Element(Atom + "uri") is { } uri)
            {
                findings.Must(Uri.TryCreate(uri.Value, UriKind.Absolute, out _), "3.2.2", where, $"a person's uri '{uri.Value}' is not an IRI");
            }
        }

        var links = Links(element).ToList();
        foreach (var link in links)
        {
            findings.Must(link.Href is not null, "4.2.7.1", where, "a link without href");
            findings.Should(link.Href is null || Uri.TryCreate(link.Href, UriKind.Absolute, out _), "W3C RelativeLink", where, $"the link '{link.Href}' is relative");
            findings.Must(link.Type is null || link.Type.Contains('/', StringComparison.Ordinal), "4.2.7.3", where, $"the link type '{link.Type}' is not a media type");
        }

        // §4.1.1, §4.1.2: no two alternate links with the same type and hreflang.
        var alternates = links.Where(l => l.Rel == "alternate").GroupBy(l => (l.Type, l.HrefLang)).Where(g => g.Count() > 1).ToList();
        findings.Must(alternates.Count == 0, "4.1.1", where, $"{alternates.Count} pairs of alternate links share a type and hreflang");
        foreach (var category in element.Elements(Atom + "category"))
        {
            findings.Must(!string.IsNullOrEmpty((string?)category.Attribute("term")), "4.2.2.1", where, "a category without a term");
            findings.Must(category.Attribute("scheme") is not { } scheme || Uri.TryCreate(scheme.Value, UriKind.Absolute, out _), "4.2.2.2", where, "a category scheme that is not an IRI");
        }
    }

    private static void Date(Findings findings, XElement date, string where, DateTimeOffset now)
    {
        var valid = Dates.TryRfc3339(date.Value, out var instant);
        findings.Must(valid, "3.3", where, $"atom:{date.Name.LocalName} '{date.Value}' is not an RFC 3339 date-time");
        findings.Should(!valid || Dates.IsPlausible(instant, now), "W3C ImplausibleDate", where, $"atom:{date.Name.LocalName} {date.Value} is before 1990 or in the future");
    }

    private static IEnumerable<(string Rel, string? Href, string? Type, string? HrefLang)> Links(XElement element) =>
        element.Elements(Atom + "link").Select(l => ((string?)l.Attribute("rel") ?? "alternate", (string?)l.Attribute("href"), (string?)l.Attribute("type"), (string?)l.Attribute("hreflang")));
}

using System.Globalization;
using System.ServiceModel.Syndication;
using System.Text;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;

namespace Syndicate.Core.Feeds;

/// <summary>Renders a feed document as RSS 2.0, Atom 1.0 or JSON Feed 1.1 (UTF-8 bytes).</summary>
public sealed class FeedRenderer(FeedSite site)
{
    private const string AtomNamespace = "http://www.w3.org/2005/Atom";
    private const string DublinCoreNamespace = "http://purl.org/dc/elements/1.1/";
    private const string SyndicationNamespace = "http://purl.org/rss/1.0/modules/syndication/";
    private const string FeedHistoryNamespace = "http://purl.org/syndication/history/1.0";
    private const string JsonFeedVersion = "https://jsonfeed.org/version/1.1";

    private static readonly XmlWriterSettings WriterSettings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        CheckCharacters = true,
    };

    public FeedSite Site => site;

    public byte[] Render(FeedDocument document, FeedFormat format) =>
        format == FeedFormat.Json ? RenderJson(document) : RenderXml(document, format);

    private byte[] RenderXml(FeedDocument document, FeedFormat format)
    {
        var feed = BuildSyndicationFeed(document, format);
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, WriterSettings))
        {
            writer.WriteStartDocument();
            // Browsers show a feed as raw XML: this line, at its top, tells a person where the page for people is.
            writer.WriteComment($" A news feed for feed readers. The page for people: {site.FeedPageUri(document.Feed.Path).AbsoluteUri} ");
            SyndicationFeedFormatter formatter = format == FeedFormat.Rss
                ? new Rss20FeedFormatter(feed, serializeExtensionsAsAtom: false)
                : new Atom10FeedFormatter(feed);
            formatter.WriteTo(writer);
        }

        return buffer.ToArray();
    }

    private SyndicationFeed BuildSyndicationFeed(FeedDocument document, FeedFormat format)
    {
        var archivedDay = document.Archive?.Day;
        var self = archivedDay is { } day ? site.ArchiveUri(document.Feed.Path, format, day) : site.FeedUri(document.Feed.Path, format, document.Query);
        var feed = new SyndicationFeed(
            XmlText.Legal(archivedDay is { } closed ? $"{document.Feed.Title} — {closed:yyyy-MM-dd}" : document.Feed.Title),
            XmlText.Legal(document.Feed.Description),
            site.FeedPageUri(document.Feed.Path),
            site.FeedId(document.Feed.Path, document.Query),
            document.Updated ?? site.Epoch)
        {
            Generator = site.Generator,
            Language = site.Language,
        };
        feed.AttributeExtensions.Add(new XmlQualifiedName("dc", "http://www.w3.org/2000/xmlns/"), DublinCoreNamespace);
        if (format == FeedFormat.Rss)
        {
            // Declared once on the channel, so the extensions below are written as atom:link, dc:* and sy:*, never a10:.
            feed.AttributeExtensions.Add(new XmlQualifiedName("atom", "http://www.w3.org/2000/xmlns/"), AtomNamespace);
            feed.AttributeExtensions.Add(new XmlQualifiedName("sy", "http://www.w3.org/2000/xmlns/"), SyndicationNamespace);
            feed.ElementExtensions.Add(AtomLink(self, "self", format.BareMediaType()));
            foreach (var (href, rel) in ArchiveLinks(document, format))
            {
                feed.ElementExtensions.Add(AtomLink(href, rel, format.BareMediaType()));
            }

            if (document.Query is null && archivedDay is null)
            {
                feed.ElementExtensions.Add(new XElement(XName.Get("link", AtomNamespace), new XAttribute("href", site.HubUri.AbsoluteUri), new XAttribute("rel", "hub")));
            }

            var period = UpdatePeriod.From(document.UpdateInterval);
            feed.ElementExtensions.Add(new XElement("ttl", period.TtlMinutes.ToString(CultureInfo.InvariantCulture)));
            feed.ElementExtensions.Add(new XElement(XName.Get("updatePeriod", SyndicationNamespace), period.Period));
            feed.ElementExtensions.Add(new XElement(XName.Get("updateFrequency", SyndicationNamespace), period.Frequency.ToString(CultureInfo.InvariantCulture)));
        }
        else
        {
            // The Atom feed names itself, its page (the alternate the constructor added), and its other formats: one
            // alternate per media type (RFC 4287 §4.1.1).
            feed.Links.Single().MediaType = "text/html";
            feed.Links.Add(new SyndicationLink(self, "self", null, format.BareMediaType(), 0));
            foreach (var (href, rel) in ArchiveLinks(document, format))
            {
                feed.Links.Add(new SyndicationLink(href, rel, null, format.BareMediaType(), 0));
            }

            if (document.Query is null && archivedDay is null)
            {
                feed.Links.Add(new SyndicationLink(site.HubUri, "hub", null, null, 0));
            }

            foreach (var other in FeedFormats.All.Where(f => f != format && archivedDay is null))
            {
                feed.Links.Add(SyndicationLink.CreateAlternateLink(site.FeedUri(document.Feed.Path, other, document.Query), other.BareMediaType()));
            }

            feed.Authors.Add(new SyndicationPerson { Name = XmlText.Legal(site.Title), Uri = site.BaseUri.AbsoluteUri });
        }

        if (archivedDay is not null)
        {
            feed.AttributeExtensions.Add(new XmlQualifiedName("fh", "http://www.w3.org/2000/xmlns/"), FeedHistoryNamespace);
            feed.ElementExtensions.Add(new XElement(XName.Get("archive", FeedHistoryNamespace)));
        }

        feed.Items = document.Entries.Select(e => BuildItem(document, e, format)).ToList();
        return feed;
    }

    /// <summary>RFC 5005 §4: an archive names the archives before and after it and the subscription document; the subscription document its newest archive.</summary>
    private IEnumerable<(Uri Href, string Rel)> ArchiveLinks(FeedDocument document, FeedFormat format)
    {
        if (document.Archive is not { } archive)
        {
            yield break;
        }

        var path = document.Feed.Path;
        if (archive.Previous is { } previous)
        {
            yield return (site.ArchiveUri(path, format, previous), "prev-archive");
        }

        if (archive.Next is { } next)
        {
            yield return (site.ArchiveUri(path, format, next), "next-archive");
        }

        if (archive.Day is not null)
        {
            yield return (site.FeedUri(path, format), "current");
        }
    }

    /// <summary>
    /// One entry. Its link is the article when the page gave one, else the item's page; with an article the item's
    /// page is its related link. The wire item's own identity, the same in every feed, is its dc:identifier.
    /// </summary>
    private SyndicationItem BuildItem(FeedDocument document, FeedEntry entry, FeedFormat format)
    {
        var text = XmlText.Legal(entry.WireText);
        var item = new SyndicationItem
        {
            Id = site.EntryId(document.Feed.Path, document.Query, entry.Id),
            Title = new TextSyndicationContent(XmlText.Legal(entry.Title)),
            PublishDate = entry.Published,
            LastUpdatedTime = entry.Updated,
        };
        var page = site.ItemPageUri(entry.Id);
        var article = entry.Article;
        if (format == FeedFormat.Rss)
        {
            // RSS readers treat a description as HTML: the text is escaped once more so it shows as written.
            item.Summary = new TextSyndicationContent(HtmlText.Encode(text));
            item.Links.Add(SyndicationLink.CreateAlternateLink(article ?? page));
            if (article is not null)
            {
                item.ElementExtensions.Add(AtomLink(page, "related", "text/html"));
            }
        }
        else
        {
            item.Content = new TextSyndicationContent(text);
            if (entry.Summary is { } summary)
            {
                item.Summary = new TextSyndicationContent(XmlText.Legal(summary));
            }

            item.Links.Add(SyndicationLink.CreateAlternateLink(article ?? page, "text/html"));
            if (article is not null)
            {
                item.Links.Add(new SyndicationLink(page, "related", null, "text/html", 0));
            }
        }

        item.ElementExtensions.Add(new XElement(XName.Get("identifier", DublinCoreNamespace), site.ItemTag(entry.Id)));
        foreach (var agency in entry.Agencies)
        {
            item.Categories.Add(new SyndicationCategory(agency.Slug, Scheme("agency"), XmlText.Legal(agency.Name)));
            if (format == FeedFormat.Atom)
            {
                item.Authors.Add(new SyndicationPerson { Name = XmlText.Legal(agency.Name) });
            }
            else
            {
                item.ElementExtensions.Add(new XElement(XName.Get("creator", DublinCoreNamespace), XmlText.Legal(agency.Name)));
            }
        }

        foreach (var service in entry.Services)
        {
            item.Categories.Add(new SyndicationCategory(XmlText.Legal(service), Scheme("service"), null));
        }

        foreach (var region in entry.Regions)
        {
            item.Categories.Add(new SyndicationCategory(region.Slug, Scheme("region"), region.NameEn));
        }

        if (entry.Dateline is { } dateline)
        {
            item.Categories.Add(new SyndicationCategory(XmlText.Legal(dateline), Scheme("dateline"), null));
        }

        if (entry.Section is { } section)
        {
            item.Categories.Add(new SyndicationCategory(XmlText.Legal(section), Scheme("section"), null));
        }

        return item;
    }

    private static XElement AtomLink(Uri href, string rel, string type) =>
        new(XName.Get("link", AtomNamespace), new XAttribute("href", href.AbsoluteUri), new XAttribute("rel", rel), new XAttribute("type", type));

    private byte[] RenderJson(FeedDocument document)
    {
        var feed = new JsonFeed(
            JsonFeedVersion,
            XmlText.Legal(document.Feed.Title),
            site.FeedPageUri(document.Feed.Path).AbsoluteUri,
            site.FeedUri(document.Feed.Path, FeedFormat.Json, document.Query).AbsoluteUri,
            XmlText.Legal(document.Feed.Description),
            site.Language,
            document.Query is null ? [new JsonFeedHub("WebSub", site.HubUri.AbsoluteUri)] : null,
            [.. document.Entries.Select(e => BuildJsonItem(document, e))]);
        return JsonSerializer.SerializeToUtf8Bytes(feed, JsonFeedContext.Utf8.JsonFeed);
    }

    /// <summary>One item: its permalink (url) is the item's page, the article the page linked to is its external_url.</summary>
    private JsonFeedItem BuildJsonItem(FeedDocument document, FeedEntry entry)
    {
        var regions = entry.Regions.ToList();
        var section = entry.Section is { } s ? XmlText.Legal(s) : null;
        var dateline = entry.Dateline is { } d ? XmlText.Legal(d) : null;
        return new JsonFeedItem(
            site.EntryId(document.Feed.Path, document.Query, entry.Id),
            site.ItemPageUri(entry.Id).AbsoluteUri,
            entry.Article?.AbsoluteUri,
            XmlText.Legal(entry.Title),
            XmlText.Legal(entry.WireText),
            entry.Summary is { } summary ? XmlText.Legal(summary) : null,
            entry.Published,
            entry.Updated,
            [.. entry.Agencies.Select(a => new JsonFeedAuthor(XmlText.Legal(a.Name)))],
            [.. entry.Agencies.Select(a => XmlText.Legal(a.Name)), .. entry.Services.Select(XmlText.Legal), .. regions.Select(r => r.NameEn), .. new[] { dateline, section }.OfType<string>()],
            new JsonFeedWire(site.ItemTag(entry.Id), [.. entry.Agencies.Select(a => a.Slug)], [.. regions.Select(r => r.Slug)], dateline, section));
    }

    private string Scheme(string kind) => new Uri(site.BaseUri, $"feeds/{kind}").AbsoluteUri;
}

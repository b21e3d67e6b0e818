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
            writer.WriteProcessingInstruction("xml-stylesheet", $"type=\"text/xsl\" href=\"{FeedSite.StylesheetPath}\"");
            SyndicationFeedFormatter formatter = format == FeedFormat.Rss
                ? new Rss20FeedFormatter(feed, serializeExtensionsAsAtom: false)
                : new Atom10FeedFormatter(feed);
            formatter.WriteTo(writer);
        }

        return buffer.ToArray();
    }

    private SyndicationFeed BuildSyndicationFeed(FeedDocument document, FeedFormat format)
    {
        var self = site.FeedUri(document.Feed.Path, format, document.Query);
        var feed = new SyndicationFeed(
            XmlText.Legal(document.Feed.Title),
            XmlText.Legal(document.Feed.Description),
            site.BaseUri,
            FeedId(document),
            document.Updated)
        {
            Generator = site.Generator,
            Language = site.Language,
        };
        if (format == FeedFormat.Rss)
        {
            // Declared once on the channel, so the extensions below are written as atom:link and sy:*, not a10:link.
            feed.AttributeExtensions.Add(new XmlQualifiedName("atom", "http://www.w3.org/2000/xmlns/"), AtomNamespace);
            feed.AttributeExtensions.Add(new XmlQualifiedName("dc", "http://www.w3.org/2000/xmlns/"), DublinCoreNamespace);
            feed.AttributeExtensions.Add(new XmlQualifiedName("sy", "http://www.w3.org/2000/xmlns/"), SyndicationNamespace);
            feed.ElementExtensions.Add(new XElement(
                XName.Get("link", AtomNamespace),
                new XAttribute("href", self.AbsoluteUri),
                new XAttribute("rel", "self"),
                new XAttribute("type", format.BareMediaType())));
            var period = UpdatePeriod.From(document.UpdateInterval);
            feed.ElementExtensions.Add(new XElement("ttl", period.TtlMinutes.ToString(CultureInfo.InvariantCulture)));
            feed.ElementExtensions.Add(new XElement(XName.Get("updatePeriod", SyndicationNamespace), period.Period));
            feed.ElementExtensions.Add(new XElement(XName.Get("updateFrequency", SyndicationNamespace), period.Frequency.ToString(CultureInfo.InvariantCulture)));
        }
        else
        {
            feed.Links.Add(new SyndicationLink(self, "self", null, format.BareMediaType(), 0));
            feed.Links.Add(SyndicationLink.CreateAlternateLink(site.BaseUri, "text/html"));
        }

        feed.Items = document.Entries.Select(e => BuildItem(e, format)).ToList();
        return feed;
    }

    private SyndicationItem BuildItem(FeedEntry entry, FeedFormat format)
    {
        var item = new SyndicationItem
        {
            Id = site.EntryId(entry.Id),
            Title = new TextSyndicationContent(XmlText.Legal(entry.Title)),
            Summary = new TextSyndicationContent(XmlText.Legal(entry.WireText)),
            PublishDate = entry.Published,
            LastUpdatedTime = entry.Updated,
        };
        if (AbsoluteLink(entry) is { } link)
        {
            item.Links.Add(SyndicationLink.CreateAlternateLink(link));
        }

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

    private byte[] RenderJson(FeedDocument document)
    {
        var feed = new JsonFeed(
            JsonFeedVersion,
            XmlText.Legal(document.Feed.Title),
            site.BaseUri.AbsoluteUri,
            site.FeedUri(document.Feed.Path, FeedFormat.Json, document.Query).AbsoluteUri,
            XmlText.Legal(document.Feed.Description),
            site.Language,
            [.. document.Entries.Select(BuildJsonItem)]);
        return JsonSerializer.SerializeToUtf8Bytes(feed, JsonFeedContext.Utf8.JsonFeed);
    }

    private JsonFeedItem BuildJsonItem(FeedEntry entry)
    {
        var regions = entry.Regions.ToList();
        var section = entry.Section is { } s ? XmlText.Legal(s) : null;
        var dateline = entry.Dateline is { } d ? XmlText.Legal(d) : null;
        return new JsonFeedItem(
            site.EntryId(entry.Id),
            AbsoluteLink(entry)?.AbsoluteUri,
            XmlText.Legal(entry.Title),
            XmlText.Legal(entry.WireText),
            entry.Published,
            entry.Updated,
            [.. entry.Agencies.Select(a => new JsonFeedAuthor(XmlText.Legal(a.Name)))],
            [.. entry.Agencies.Select(a => XmlText.Legal(a.Name)), .. regions.Select(r => r.NameEn), .. new[] { dateline, section }.OfType<string>()],
            new JsonFeedWire([.. entry.Agencies.Select(a => a.Slug)], [.. regions.Select(r => r.Slug)], dateline, section));
    }

    private string FeedId(FeedDocument document) =>
        document.Query is { Length: > 0 } query ? $"{site.FeedId(document.Feed.Path)}?{query}" : site.FeedId(document.Feed.Path);

    private static Uri? AbsoluteLink(FeedEntry entry) =>
        entry.Link is { } link && Uri.TryCreate(link, UriKind.Absolute, out var uri) ? uri : null;

    private string Scheme(string kind) => new Uri(site.BaseUri, $"feeds/{kind}").AbsoluteUri;
}

using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Syndicate.Core.Feeds;

/// <summary>Renders a feed's entries as an RSS 2.0 or Atom 1.0 document (UTF-8 bytes).</summary>
public sealed class FeedRenderer(FeedSite site)
{
    private const string AtomNamespace = "http://www.w3.org/2005/Atom";
    private const string DublinCoreNamespace = "http://purl.org/dc/elements/1.1/";

    private static readonly XmlWriterSettings WriterSettings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        CheckCharacters = true,
    };

    /// <param name="entries">The feed's entries, newest first.</param>
    public byte[] Render(FeedDefinition feed, IReadOnlyList<FeedEntry> entries, FeedFormat format)
    {
        var document = Build(feed, entries, format);
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, WriterSettings))
        {
            SyndicationFeedFormatter formatter = format == FeedFormat.Rss
                ? new Rss20FeedFormatter(document, serializeExtensionsAsAtom: false)
                : new Atom10FeedFormatter(document);
            formatter.WriteTo(writer);
        }

        return buffer.ToArray();
    }

    private SyndicationFeed Build(FeedDefinition feed, IReadOnlyList<FeedEntry> entries, FeedFormat format)
    {
        var self = site.FeedUri(feed.Path, format);
        var document = new SyndicationFeed(
            XmlText.Legal(feed.Title),
            XmlText.Legal(feed.Description),
            site.BaseUri,
            site.FeedId(feed.Path),
            entries.Count > 0 ? entries.Max(e => e.Updated) : DateTimeOffset.UnixEpoch)
        {
            Generator = site.Generator,
            Language = site.Language,
        };
        if (format == FeedFormat.Rss)
        {
            // Declared once on the channel, so the self link below is written as atom:link, not a10:link.
            document.AttributeExtensions.Add(new XmlQualifiedName("atom", "http://www.w3.org/2000/xmlns/"), AtomNamespace);
            document.AttributeExtensions.Add(new XmlQualifiedName("dc", "http://www.w3.org/2000/xmlns/"), DublinCoreNamespace);
            document.ElementExtensions.Add(new XElement(
                XName.Get("link", AtomNamespace),
                new XAttribute("href", self.AbsoluteUri),
                new XAttribute("rel", "self"),
                new XAttribute("type", format.MediaType().Split(';')[0])));
        }
        else
        {
            document.Links.Add(new SyndicationLink(self, "self", null, format.MediaType().Split(';')[0], 0));
            document.Links.Add(SyndicationLink.CreateAlternateLink(site.BaseUri, "text/html"));
        }

        document.Items = entries.Select(e => BuildItem(e, format)).ToList();
        return document;
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
        if (entry.Link is { } link && Uri.TryCreate(link, UriKind.Absolute, out var uri))
        {
            item.Links.Add(SyndicationLink.CreateAlternateLink(uri));
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

    private string Scheme(string kind) => new Uri(site.BaseUri, $"feeds/{kind}").AbsoluteUri;
}

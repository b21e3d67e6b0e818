using System.Text;
using System.Xml;

namespace Syndicate.Core.Feeds;

/// <summary>
/// The feed list as OPML 2.0 (http://opml.org/spec2.opml): one folder outline per group and, inside
/// it, one subscription outline per feed pointing at its Atom document and its page, so importing the list
/// subscribes to each feed once. A group without feeds is left out.
/// </summary>
public sealed class OpmlRenderer(FeedSite site)
{
    public const string MediaType = "text/x-opml; charset=utf-8";

    public const FeedFormat SubscribedFormat = FeedFormat.Atom;

    private static readonly XmlWriterSettings WriterSettings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        CheckCharacters = true,
    };

    /// <param name="groups">Folder title and the feeds in it, in the order to list them.</param>
    public byte[] Render(string title, IEnumerable<(string Title, IEnumerable<FeedDefinition> Feeds)> groups)
    {
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, WriterSettings))
        {
            writer.WriteStartDocument();
            writer.WriteStartElement("opml");
            writer.WriteAttributeString("version", "2.0");
            writer.WriteStartElement("head");
            writer.WriteElementString("title", XmlText.Legal(title));
            writer.WriteElementString("docs", "http://opml.org/spec2.opml");
            writer.WriteEndElement();
            writer.WriteStartElement("body");
            foreach (var (groupTitle, feeds) in groups.Select(g => (g.Title, Feeds: g.Feeds.ToList())).Where(g => g.Feeds.Count > 0))
            {
                writer.WriteStartElement("outline");
                writer.WriteAttributeString("text", XmlText.Legal(groupTitle));
                foreach (var feed in feeds)
                {
                    writer.WriteStartElement("outline");
                    writer.WriteAttributeString("type", "rss");
                    writer.WriteAttributeString("text", XmlText.Legal(feed.Title));
                    writer.WriteAttributeString("title", XmlText.Legal(feed.Title));
                    writer.WriteAttributeString("description", XmlText.Legal(feed.Description));
                    writer.WriteAttributeString("xmlUrl", site.FeedUri(feed.Path, SubscribedFormat).AbsoluteUri);
                    writer.WriteAttributeString("htmlUrl", site.FeedPageUri(feed.Path).AbsoluteUri);
                    writer.WriteAttributeString("language", site.Language);
                    writer.WriteEndElement();
                }

                writer.WriteEndElement();
            }

            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        return buffer.ToArray();
    }
}

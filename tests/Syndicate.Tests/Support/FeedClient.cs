using System.ServiceModel.Syndication;
using System.Xml;

namespace Syndicate.Tests.Support;

internal static class FeedClient
{
    /// <summary>GETs a feed and reads it back with SyndicationFeed.Load, as a .NET reader would.</summary>
    public static async Task<SyndicationFeed> GetFeedAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return Load(await response.Content.ReadAsByteArrayAsync());
    }

    public static SyndicationFeed Load(byte[] document)
    {
        using var reader = XmlReader.Create(new MemoryStream(document), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        return SyndicationFeed.Load(reader);
    }

    /// <summary>An entry's full text as written: Atom's content; RSS's description (HTML), which SyndicationFeed.Load reads as content.</summary>
    public static string Text(this SyndicationItem item) =>
        ((TextSyndicationContent)(item.Content ?? item.Summary)).Text;

    /// <summary>The dateline place each entry was filed from, in feed order.</summary>
    public static IReadOnlyList<string> Datelines(this SyndicationFeed feed) =>
        [.. feed.Items.Select(i => i.Categories.Single(c => c.Scheme.EndsWith("/dateline", StringComparison.Ordinal)).Name)];
}

using Syndicate.Tests.Support;

namespace Syndicate.Tests.Hosting;

/// <summary>
/// One Atom feed as several nodes serve it, read again and again while they ingest. Nodes publish a moment apart, so
/// at one instant they may serve different versions; but a version is one document everywhere: the same ETag names
/// the same bytes, and documents with the same entries (ids, published and updated instants) and the same links (the
/// newest archive's changes when a day closes) are the same bytes.
/// </summary>
internal sealed class FeedAgreement
{
    private readonly Dictionary<string, (string Node, byte[] Body)> _byETag = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Node, byte[] Body)> _byVersion = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _nodesByVersion = new(StringComparer.Ordinal);
    private readonly List<string> _disagreements = [];

    /// <summary>Versions (links and entries) that two nodes or more served.</summary>
    public int SharedVersions => _nodesByVersion.Values.Count(nodes => nodes.Count > 1);

    /// <summary>Each time two nodes served different bytes for the same ETag or the same version.</summary>
    public IReadOnlyList<string> Disagreements => _disagreements;

    public void Add(string node, string etag, byte[] body)
    {
        var feed = FeedClient.Load(body);
        var version = string.Join('\n', feed.Links.Select(l => $"{l.RelationshipType} {l.Uri}").Concat(feed.Items.Select(i => $"{i.Id} {i.PublishDate:O} {i.LastUpdatedTime:O}")));
        Compare(_byETag, etag, "ETag " + etag, node, body);
        Compare(_byVersion, version, $"the same links and {feed.Items.Count()} entries", node, body);
        if (!_nodesByVersion.TryGetValue(version, out var nodes))
        {
            _nodesByVersion[version] = nodes = new HashSet<string>(StringComparer.Ordinal);
        }

        nodes.Add(node);
    }

    private void Compare(Dictionary<string, (string Node, byte[] Body)> seen, string key, string what, string node, byte[] body)
    {
        if (!seen.TryGetValue(key, out var first))
        {
            seen[key] = (node, body);
        }
        else if (!first.Body.AsSpan().SequenceEqual(body))
        {
            _disagreements.Add($"{first.Node} and {node} served different bytes ({first.Body.Length} and {body.Length}) under {what}");
        }
    }
}

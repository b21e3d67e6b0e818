using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace Syndicate.Publishing;

/// <summary>
/// Documents rendered once per change, like the feeds: each is kept with what it was rendered from (a feed's
/// published rendering, or a whole snapshot) and goes when that does, so the first request after a change
/// renders it and every later one, concurrent ones included, shares those bytes. The HTML pages and the OPML
/// list of the feeds with items are kept here.
/// </summary>
public sealed class DocumentCache
{
    private readonly ConditionalWeakTable<object, ConcurrentDictionary<string, Lazy<PrecompressedDocument>>> _documents = [];

    /// <param name="source">What the document shows: it is rendered anew only for another object.</param>
    /// <param name="name">Which of the documents rendered from <paramref name="source"/> this is.</param>
    public PrecompressedDocument For(object source, string name, Func<PrecompressedDocument> render) =>
        _documents.GetValue(source, _ => new(StringComparer.Ordinal)).GetOrAdd(name, _ => new Lazy<PrecompressedDocument>(render)).Value;
}

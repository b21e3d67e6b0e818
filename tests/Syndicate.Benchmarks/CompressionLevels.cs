using System.IO.Compression;
using System.Text;
using BenchmarkDotNet.Attributes;
using Syndicate.Core.Feeds;
using Syndicate.Core.Items;
using Syndicate.Core.Time;
using Syndicate.Core.Wire;

namespace Syndicate.Benchmarks;

/// <summary>
/// What each gzip and Brotli level costs on a published feed, to choose the levels documents are compressed at once
/// per change: a 50-entry Atom feed of the real wire items in the recognition corpus (tests/Syndicate.Tests/Fixtures/Corpus),
/// compressed at each level. The set-up prints each level's size; the benchmark its time.
/// </summary>
[MemoryDiagnoser]
public class CompressionLevels
{
    private byte[] _feed = [];

    /// <summary>"gzip-1" (Fastest), "gzip-6" (Optimal), "gzip-9" (SmallestSize), "br-Q" (Brotli quality Q).</summary>
    [Params("gzip-1", "gzip-6", "gzip-9", "br-1", "br-4", "br-5", "br-6", "br-9", "br-11")]
    public string Level { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _feed = CorpusFeed();
        Console.WriteLine($"// {Level}: {_feed.Length} bytes -> {Compress().Length} bytes");
    }

    [Benchmark]
    public byte[] Compress()
    {
        var (coding, level) = (Level.Split('-')[0], int.Parse(Level.Split('-')[1], System.Globalization.CultureInfo.InvariantCulture));
        if (coding == "br")
        {
            var buffer = new byte[BrotliEncoder.GetMaxCompressedLength(_feed.Length)];
            // The window PrecompressedDocument gives a document of this size.
            BrotliEncoder.TryCompress(_feed, buffer, out var written, level, Math.Clamp(System.Numerics.BitOperations.Log2((uint)_feed.Length) + 1, 10, 22));
            return buffer[..written];
        }

        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, level switch { 1 => CompressionLevel.Fastest, 6 => CompressionLevel.Optimal, _ => CompressionLevel.SmallestSize }))
        {
            gzip.Write(_feed);
        }

        return output.ToArray();
    }

    /// <summary>The corpus pages' items, newest first a minute apart, as one feed's 50 entries in Atom.</summary>
    private static byte[] CorpusFeed()
    {
        var entries = new List<FeedEntry>();
        var newest = new DateTimeOffset(2026, 2, 4, 12, 0, 0, TimeSpan.Zero);
        foreach (var page in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Corpus"), "page.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var language = Path.GetFileName(Path.GetDirectoryName(page)!)[..2];
            var reader = new PageReader(AgencyCatalog.Default, AgeGrammar.For(language));
            foreach (var item in reader.Read(File.ReadAllBytes(page), "text/plain; charset=utf-8", null).Items)
            {
                var published = newest.AddMinutes(-entries.Count);
                var agencies = item.Agencies.Select(code => AgencyCatalog.Default.TryFind(code, out var agency) ? agency : new Agency(code, code, [])).ToList();
                entries.Add(new FeedEntry($"e{entries.Count}", ItemTitle.For(item), item.Body, published, published, agencies, item.Dateline, [], item.Section, item.Link));
            }
        }

        var site = new FeedSite(new Uri("https://feeds.example/"), "feeds.example,2026", "Syndicate", "nl");
        var feed = new FeedDefinition("all", "Syndicate", "Every wire item.", _ => true);
        return new FeedRenderer(site).Render(new FeedDocument(feed, [.. entries.Take(50)], TimeSpan.FromMinutes(1)), FeedFormat.Atom);
    }
}

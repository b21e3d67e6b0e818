using System.Diagnostics.Tracing;
using System.Globalization;
using Syndicate.Core.Wire;

namespace Syndicate.Benchmarks;

/// <summary>
/// <c>gc-promotion [keep]</c>: reads <see cref="RecognitionBenchmarks"/>' generated pages of 125 KB to 4 MB in a loop
/// and prints, per size, the bytes the garbage collector promoted (copied to an older generation) per megabyte of page
/// and the collections per page, from the runtime's own events. Promotion is the part of a page's cost that grows
/// faster than the page once its work outgrows the first generation; unlike time it does not depend on what else the
/// machine runs. With <c>keep</c> the items of the last 64 MB of pages stay alive, as the server keeps every item it
/// reads. Not a BenchmarkDotNet benchmark: it counts bytes, not time. Run it on one core (<c>taskset -c 1</c>), and
/// with <c>DOTNET_GCgen0size</c> set to see a machine with a smaller cache (its first generation is smaller).
/// </summary>
internal static class RecognitionPromotion
{
    private const long KeptBytes = 64L << 20;

    public static int Run(string[] args, TextWriter output)
    {
        var keep = args.Contains("keep");
        var reader = ScaledPages.Reader();
        var kept = new Queue<(PageReadResult Result, int Bytes)>();
        var keptBytes = 0L;
        using var collections = new PromotionListener();

        output.WriteLine(keep ? "items of the last 64 MB of pages kept" : "items dropped after each page");
        output.WriteLine("| page | pages read | promoted MB per MB of page | collections per page |");
        output.WriteLine("|---|---|---|---|");
        foreach (var kilobytes in ScaledPages.Kilobytes)
        {
            var page = ScaledPages.Page(kilobytes);
            var count = Math.Max(10, 200_000 / kilobytes);
            for (var i = 0; i < 3; i++)
            {
                reader.Read(page);
            }

            var (promoted, gcs) = (collections.Promoted, collections.Count);
            for (var i = 0; i < count; i++)
            {
                var result = reader.Read(page);
                if (keep)
                {
                    kept.Enqueue((result, page.Length));
                    keptBytes += page.Length;
                    while (keptBytes > KeptBytes)
                    {
                        keptBytes -= kept.Dequeue().Bytes;
                    }
                }
            }

            var megabytes = count * (page.Length / 1048576.0);
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {kilobytes} KB | {count} | {(collections.Promoted - promoted) / 1048576.0 / megabytes:F2} | {(double)(collections.Count - gcs) / count:F2} |"));
        }

        return 0;
    }

    /// <summary>Sums the bytes each collection promoted out of the first and second generations.</summary>
    private sealed class PromotionListener : EventListener
    {
        private long _promoted;
        private long _count;

        public long Promoted => Interlocked.Read(ref _promoted);

        public long Count => Interlocked.Read(ref _count);

        protected override void OnEventSourceCreated(EventSource eventSource)
        {
            if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
            {
                // The GC keyword (0x1): a GCHeapStats event after every collection.
                EnableEvents(eventSource, EventLevel.Informational, (EventKeywords)1);
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs eventData)
        {
            if (eventData is { EventName: "GCHeapStats_V2", Payload: { } payload, PayloadNames: { } names })
            {
                Interlocked.Add(
                    ref _promoted,
                    Convert.ToInt64(payload[names.IndexOf("TotalPromotedSize0")], CultureInfo.InvariantCulture)
                        + Convert.ToInt64(payload[names.IndexOf("TotalPromotedSize1")], CultureInfo.InvariantCulture));
                Interlocked.Increment(ref _count);
            }
        }
    }
}

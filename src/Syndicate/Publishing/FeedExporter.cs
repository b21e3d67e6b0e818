using Microsoft.Extensions.Options;

namespace Syndicate.Publishing;

/// <summary>
/// Writes published feeds under the export folder at their URL paths (feeds/agency/anp.rss), each file
/// atomically: a temporary file in the same folder, then a rename over the old one.
/// </summary>
public sealed class FeedExporter(IOptions<PublishingOptions> options, IHostEnvironment environment)
{
    public string Root { get; } = Path.GetFullPath(options.Value.FeedsDirectory, environment.ContentRootPath);

    /// <summary>Writes the documents of <paramref name="snapshot"/> that differ from <paramref name="previous"/>.</summary>
    /// <returns>How many feed documents were written.</returns>
    public async Task<int> ExportAsync(FeedSnapshot snapshot, FeedSnapshot previous, CancellationToken cancellationToken)
    {
        var written = 0;
        foreach (var feed in snapshot.Feeds)
        {
            if (previous.Find(feed.Source.Feed.Path, feed.Format)?.Document == feed.Document)
            {
                continue;
            }

            await WriteAtomicallyAsync(Path.Combine(Root, feed.RelativePath), feed.Document.Content, cancellationToken);
            written++;
        }

        return written;
    }

    /// <summary>Writes <paramref name="content"/> to <paramref name="path"/> through a temporary file in its folder and a rename.</summary>
    public static async Task WriteAtomicallyAsync(string path, byte[] content, CancellationToken cancellationToken)
    {
        var folder = Path.GetDirectoryName(path)!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 16384, FileOptions.None))
            {
                await stream.WriteAsync(content, cancellationToken);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}

namespace Syndicate.Fetching;

/// <summary>Copies a stream into a buffer, never more than a limit: what lies beyond it is never read.</summary>
internal static class BoundedRead
{
    public static async Task CopyAsync(Stream source, MemoryStream buffer, long limit, CancellationToken cancellationToken)
    {
        var chunk = new byte[81920];
        int read;
        while (buffer.Length < limit
               && (read = await source.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, limit - buffer.Length)), cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
        }
    }
}

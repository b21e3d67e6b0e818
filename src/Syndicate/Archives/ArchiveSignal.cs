using System.Threading.Channels;
using Syndicate.Publishing;

namespace Syndicate.Archives;

/// <summary>Tells the <see cref="ArchiveKeeper"/> that a publish happened (time moved on, a day may be due), without waiting; signals coalesce.</summary>
public sealed class ArchiveSignal : IPublicationObserver
{
    private readonly Channel<bool> _published = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public ChannelReader<bool> Reader => _published.Reader;

    public void Published(FeedSnapshot previous, FeedSnapshot current) => _published.Writer.TryWrite(true);
}

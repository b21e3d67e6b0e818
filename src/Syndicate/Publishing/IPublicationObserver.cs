namespace Syndicate.Publishing;

/// <summary>
/// Told after every publish, with the snapshot before and after it (WebSub's content distribution is one). Called
/// inside the publish, so it must only take note and return: never wait on the network, never throw.
/// </summary>
public interface IPublicationObserver
{
    void Published(FeedSnapshot previous, FeedSnapshot current);
}

using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Syndicate.Core.Feeds;
using Syndicate.Publishing;

namespace Syndicate.Push;

/// <summary>
/// After every publish, every topic whose document changed goes to its subscribers (W3C WebSub §7): a POST of the
/// full feed document (not a diff), with the topic's Content-Type, its <c>Link</c> headers (hub and self), and
/// <c>X-Hub-Signature: sha256=…</c> when the subscriber gave a secret. A failed delivery (no 2xx) is retried after
/// <see cref="WebSubOptions.RetryDelay"/>, then twice as long each time, and given up once the next attempt would
/// start more than <see cref="WebSubOptions.GiveUpAfter"/> after the first. A newer document of the topic replaces
/// a delivery still waiting to be retried; 410 Gone ends the subscription (§7: the subscriber deleted it). A
/// feed's first publish after a start sends nothing: its document is what subscribers were last sent or could fetch.
/// </summary>
public sealed partial class ContentDistribution(
    CallbackClient callbacks,
    SubscriptionStore store,
    FeedRenderer renderer,
    HubTasks tasks,
    IOptionsMonitor<WebSubOptions> options,
    TimeProvider clock,
    ILogger<ContentDistribution> logger) : IPublicationObserver
{
    private readonly ConcurrentDictionary<(string Callback, string Topic), long> _latest = new();
    private long _sequence;

    public void Published(FeedSnapshot previous, FeedSnapshot current)
    {
        var changed = current.Feeds
            .Where(feed => previous.Find(feed.Source.Feed.Path, feed.Format) is { } before && !ReferenceEquals(before.Document, feed.Document))
            .ToDictionary(feed => renderer.Site.FeedUri(feed.Source.Feed.Path, feed.Format).AbsoluteUri, StringComparer.Ordinal);
        if (changed.Count > 0)
        {
            tasks.Run(cancellationToken => DistributeAsync(changed, cancellationToken));
        }
    }

    private async Task DistributeAsync(Dictionary<string, RenderedFeed> changed, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await store.RemoveExpiredAsync(now, cancellationToken);
        foreach (var subscription in await store.ActiveAsync(now, cancellationToken))
        {
            if (changed.TryGetValue(subscription.Topic, out var feed))
            {
                var key = (subscription.Callback, subscription.Topic);
                var sequence = Interlocked.Increment(ref _sequence);
                _latest[key] = sequence;
                tasks.Run(token => DeliverAsync(key, sequence, feed, token));
            }
        }
    }

    private async Task DeliverAsync((string Callback, string Topic) key, long sequence, RenderedFeed feed, CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        var first = clock.GetUtcNow();
        var wait = TimeSpan.Zero;
        var delay = settings.RetryDelay;
        var links = renderer.Site.TopicLinks(feed.Source.Feed.Path, feed.Format);
        var body = feed.Document.Content;
        while (true)
        {
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(first + wait - clock.GetUtcNow() is { Ticks: > 0 } left ? left : TimeSpan.Zero, clock, cancellationToken);
            }

            // Unsubscribed, expired or superseded by a newer document while waiting: nothing more to send.
            if (_latest.GetValueOrDefault(key) != sequence
                || await store.FindActiveAsync(key.Callback, key.Topic, clock.GetUtcNow(), cancellationToken) is not { } subscription)
            {
                return;
            }

            var signature = subscription.Secret is { } secret ? DistributionSignature.Of(secret, body) : null;
            var answer = await callbacks.PostAsync(new Uri(key.Callback), body, feed.Document.ContentType.ToString(), links, signature, cancellationToken);
            await store.RecordAttemptAsync(key.Callback, key.Topic, clock.GetUtcNow(), answer.Status, answer.Error, cancellationToken);
            if (answer.IsSuccess)
            {
                _latest.TryRemove(KeyValuePair.Create(key, sequence));
                return;
            }

            if (answer.Status == StatusCodes.Status410Gone)
            {
                await store.RemoveAsync(key.Callback, key.Topic, cancellationToken);
                LogGone(logger, key.Callback, key.Topic);
                return;
            }

            wait += delay;
            delay *= 2;
            if (wait > settings.GiveUpAfter)
            {
                await store.RecordAbandonedAsync(key.Callback, key.Topic, cancellationToken);
                _latest.TryRemove(KeyValuePair.Create(key, sequence));
                LogAbandoned(logger, key.Callback, key.Topic, settings.GiveUpAfter, answer.Status, answer.Error);
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "WebSub: {Callback} answered 410 Gone to {Topic}; the subscription is ended")]
    private static partial void LogGone(ILogger logger, string callback, string topic);

    [LoggerMessage(Level = LogLevel.Warning, Message = "WebSub: gave up a distribution of {Topic} to {Callback} after {GiveUpAfter} (last status {Status}, {Error})")]
    private static partial void LogAbandoned(ILogger logger, string callback, string topic, TimeSpan giveUpAfter, int? status, string? error);
}

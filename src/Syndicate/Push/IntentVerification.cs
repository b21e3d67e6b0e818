using System.Globalization;
using System.Security.Cryptography;
using Syndicate.Core.Feeds;
using Syndicate.Publishing;

namespace Syndicate.Push;

/// <summary>
/// What follows a hub request's 202 (W3C WebSub §5.2, §5.3): a subscription to a topic the hub does not have is
/// denied (a GET with <c>hub.mode=denied</c> and <c>hub.reason</c>); otherwise the hub asks the callback to confirm
/// (a GET with <c>hub.mode</c>, <c>hub.topic</c>, a fresh <c>hub.challenge</c> and, to subscribe,
/// <c>hub.lease_seconds</c>), and only a 2xx answer whose body is exactly the challenge subscribes (or renews the
/// lease and secret), or unsubscribes.
/// </summary>
public sealed partial class IntentVerification(
    CallbackClient callbacks,
    SubscriptionStore store,
    FeedPublisher publisher,
    FeedRenderer renderer,
    TimeProvider clock,
    ILogger<IntentVerification> logger)
{
    public async Task VerifyAsync(HubRequest request, CancellationToken cancellationToken)
    {
        var topic = request.Topic.AbsoluteUri;
        // A feed the start has not published yet is a topic all the same.
        await publisher.Complete.WaitAsync(cancellationToken);
        if (request.Mode == HubMode.Subscribe && Topics.Find(publisher.Current, renderer.Site, request.Topic) is null)
        {
            var reason = $"{topic} is not a feed of this hub; a feed's Link rel=\"self\" names its topic.";
            await callbacks.GetAsync(request.Callback, [new("hub.mode", "denied"), new("hub.topic", topic), new("hub.reason", reason)], cancellationToken);
            LogDenied(logger, request.Callback, topic);
            return;
        }

        var challenge = Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_');
        List<KeyValuePair<string, string>> parameters =
        [
            new("hub.mode", request.Mode == HubMode.Subscribe ? "subscribe" : "unsubscribe"),
            new("hub.topic", topic),
            new("hub.challenge", challenge),
        ];
        var leaseSeconds = (int)request.Lease.TotalSeconds;
        if (request.Mode == HubMode.Subscribe)
        {
            parameters.Add(new("hub.lease_seconds", leaseSeconds.ToString(CultureInfo.InvariantCulture)));
        }

        var answer = await callbacks.GetAsync(request.Callback, parameters, cancellationToken);
        if (!answer.IsSuccess || answer.Body != challenge)
        {
            LogNotConfirmed(logger, request.Mode, request.Callback, topic, answer.Status, answer.Error ?? "the body is not the challenge");
            return;
        }

        if (request.Mode == HubMode.Unsubscribe)
        {
            await store.RemoveAsync(request.Callback.AbsoluteUri, topic, cancellationToken);
        }
        else
        {
            var now = clock.GetUtcNow();
            await store.SaveAsync(new Subscription(request.Callback.AbsoluteUri, topic, request.Secret, leaseSeconds, now, now + request.Lease), cancellationToken);
        }

        LogConfirmed(logger, request.Mode, request.Callback, topic);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "WebSub: denied {Callback} a subscription to {Topic}, not a topic of this hub")]
    private static partial void LogDenied(ILogger logger, Uri callback, string topic);

    [LoggerMessage(Level = LogLevel.Warning, Message = "WebSub: {Mode} of {Callback} to {Topic} not confirmed (status {Status}: {Reason})")]
    private static partial void LogNotConfirmed(ILogger logger, HubMode mode, Uri callback, string topic, int? status, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "WebSub: {Mode} of {Callback} to {Topic} confirmed")]
    private static partial void LogConfirmed(ILogger logger, HubMode mode, Uri callback, string topic);
}

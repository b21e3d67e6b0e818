using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Syndicate.Push;
using Syndicate.Tests.Support;

namespace Syndicate.Tests.Push;

/// <summary>
/// The built-in hub against a real subscriber on a loopback port. The hub's conformance criteria of W3C WebSub
/// (Recommendation, 23 January 2018, §3 "Conformance Classes", hub) and the sections they rest on, each with the test
/// that shows it:
/// <list type="bullet">
/// <item>§4 discovery: the topic's documents name the hub and themselves (Link rel="hub", rel="self" headers, and in
/// the document) — <see cref="Every_feed_names_the_hub_and_its_topic_in_link_headers_and_in_the_document"/>.</item>
/// <item>MUST accept a subscription request with hub.callback, hub.mode and hub.topic; §5.1 202 Accepted; §5.3
/// verification of intent (GET with hub.mode, hub.topic, hub.challenge, hub.lease_seconds), only an echoed challenge
/// subscribes — <see cref="A_subscriber_is_verified_and_receives_a_signed_distribution_after_an_ingest"/>,
/// <see cref="A_callback_that_does_not_echo_the_challenge_is_not_subscribed"/>.</item>
/// <item>MUST accept a subscription request with a hub.secret; MUST send X-Hub-Signature when one was given (§7.1:
/// sha256 HMAC of the body) — the test above, and <see cref="A_subscriber_holding_another_secret_sees_a_signature_mismatch"/>;
/// §5.1 a secret of 200 bytes or more is refused — <see cref="Bad_requests_are_refused_with_the_parameter_named"/>.</item>
/// <item>MAY respect the requested lease duration: it is held between MinLease and MaxLease and the granted value is
/// sent in the verification — <see cref="A_lease_is_held_to_its_bounds_and_a_second_subscription_renews_it"/>; a lease
/// that ended gets no distribution and is removed — <see cref="A_subscription_whose_lease_ended_gets_nothing_and_is_removed"/>.</item>
/// <item>MUST allow subscribers to re-request already active subscriptions (renewal: new lease, new secret) —
/// <see cref="A_lease_is_held_to_its_bounds_and_a_second_subscription_renews_it"/>.</item>
/// <item>MUST support unsubscription requests (verified like a subscription) —
/// <see cref="An_unsubscribed_callback_gets_no_further_distribution"/>.</item>
/// <item>§5.2 subscription validation: a topic the hub does not have is denied with hub.mode=denied and hub.reason —
/// <see cref="A_subscription_to_an_unknown_topic_is_denied"/>.</item>
/// <item>MUST send content distribution requests with a matching content type of the topic URL; §7 the Link headers
/// — the first test above (the full document, not a diff).</item>
/// <item>§7 a failed delivery SHOULD be retried with a reasonable back-off until it is given up —
/// <see cref="A_callback_answering_500_is_retried_with_back_off_then_given_up"/>.</item>
/// <item>Subscriptions survive a restart — <see cref="Subscriptions_survive_a_restart_and_are_delivered_to"/>.</item>
/// <item>The callback goes through the address guard — <see cref="A_callback_on_a_private_address_is_never_contacted_unless_allowed"/>.</item>
/// </list>
/// Not done (MAY): diffs instead of the full document, signature methods other than sha256, hub.mode=publish (the hub
/// publishes its own feeds).
/// </summary>
public sealed class WebSubHubTests : IAsyncLifetime
{
    private const string Secret = "a secret of the reader's own";

    private WebSubSubscriber _subscriber = null!;

    public async ValueTask InitializeAsync() => _subscriber = await WebSubSubscriber.StartAsync();

    public async ValueTask DisposeAsync() => await _subscriber.DisposeAsync();

    [Fact]
    public async Task Every_feed_names_the_hub_and_its_topic_in_link_headers_and_in_the_document()
    {
        await using var host = new SyndicateHost(settings: WebSubHub.Settings());
        using var client = host.CreateClient();

        foreach (var format in (string[])["atom", "rss", "json"])
        {
            var (topic, hub) = await WebSubHub.DiscoverAsync(client, $"/feeds/agency/anp.{format}");
            var document = await client.GetStringAsync($"/feeds/agency/anp.{format}", TestContext.Current.CancellationToken);

            Assert.EndsWith($"/feeds/agency/anp.{format}", topic, StringComparison.Ordinal);
            Assert.EndsWith("/websub", hub, StringComparison.Ordinal);
            var expected = format switch
            {
                "atom" => $"<link rel=\"hub\" href=\"{hub}\" />",
                "rss" => $"<atom:link href=\"{hub}\" rel=\"hub\" />",
                _ => $"\"hubs\":[{{\"type\":\"WebSub\",\"url\":\"{hub}\"}}]",
            };
            Assert.Contains(expected, document, StringComparison.Ordinal);
        }

        using var view = await client.GetAsync("/feeds/all.atom?limit=5", TestContext.Current.CancellationToken);
        Assert.False(view.Headers.Contains("Link"));
        Assert.DoesNotContain("rel=\"hub\"", await view.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_subscriber_is_verified_and_receives_a_signed_distribution_after_an_ingest()
    {
        await using var host = new SyndicateHost(settings: WebSubHub.Settings());
        using var client = host.CreateClient();
        var (topic, hub) = await WebSubHub.DiscoverAsync(client, "/feeds/all.atom");
        _subscriber.Secret = Secret;

        await WebSubHub.SubscribeAsync(host, client, _subscriber, topic, Secret);
        await host.IngestAsync("sample-text");
        await Eventually.HoldsAsync(() => Task.FromResult(_subscriber.Distributions.Count > 0), "a distribution reaches the subscriber");

        var verification = Assert.Single(_subscriber.Verifications);
        Assert.Equal("subscribe", verification["hub.mode"]);
        Assert.Equal(topic, verification["hub.topic"]);
        Assert.Equal("864000", verification["hub.lease_seconds"]);
        Assert.True(verification["hub.challenge"].Length >= 16);
        Assert.Equal("1", verification["reader"]);
        var distribution = Assert.Single(_subscriber.Distributions);
        var served = await client.GetByteArrayAsync("/feeds/all.atom", TestContext.Current.CancellationToken);
        Assert.Equal(served, distribution.Body);
        Assert.Contains("<entry>", System.Text.Encoding.UTF8.GetString(distribution.Body), StringComparison.Ordinal);
        Assert.Equal("application/atom+xml; charset=utf-8", distribution.ContentType);
        Assert.Contains($"<{hub}>; rel=\"hub\"", distribution.Links);
        Assert.Contains($"<{topic}>; rel=\"self\"", distribution.Links);
        Assert.StartsWith("sha256=", distribution.Signature, StringComparison.Ordinal);
        Assert.True(distribution.SignatureMatches);
        var health = Assert.Single(await WebSubHub.SubscriptionsAsync(host));
        await Eventually.HoldsAsync(async () => (await WebSubHub.SubscriptionsAsync(host))[0].GetProperty("delivered").GetInt64() == 1, "the delivery is counted");
        Assert.True(health.GetProperty("hasSecret").GetBoolean());
        Assert.False(health.TryGetProperty("secret", out _));
    }

    [Fact]
    public async Task A_subscriber_holding_another_secret_sees_a_signature_mismatch()
    {
        await using var host = new SyndicateHost(settings: WebSubHub.Settings());
        using var client = host.CreateClient();
        var (topic, _) = await WebSubHub.DiscoverAsync(client, "/feeds/all.rss");
        _subscriber.Secret = "not the secret it subscribed with";

        await WebSubHub.SubscribeAsync(host, client, _subscriber, topic, Secret);
        await host.IngestAsync("sample-text");
        await Eventually.HoldsAsync(() => Task.FromResult(_subscriber.Distributions.Count > 0), "a distribution reaches the subscriber");

        var distribution = Assert.Single(_subscriber.Distributions);
        Assert.False(distribution.SignatureMatches);
        Assert.True(WebSubSubscriber.SignatureMatches(Secret, distribution.Body, distribution.Signature));
        Assert.Equal("application/rss+xml; charset=utf-8", distribution.ContentType);
    }

    [Fact]
    public async Task An_unsubscribed_callback_gets_no_further_distribution()
    {
        await using var host = new SyndicateHost(settings: WebSubHub.Settings());
        await using var staying = await WebSubSubscriber.StartAsync();
        using var client = host.CreateClient();
        var (topic, _) = await WebSubHub.DiscoverAsync(client, "/feeds/all.json");
        await WebSubHub.SubscribeAsync(host, client, _subscriber, topic);
        await WebSubHub.SubscribeAsync(host, client, staying, topic);

        using var response = await WebSubHub.RequestAsync(client, ("hub.mode", "unsubscribe"), ("hub.callback", _subscriber.Callback.AbsoluteUri), ("hub.topic", topic));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        await Eventually.HoldsAsync(async () => (await WebSubHub.SubscriptionsAsync(host)).Length == 1, "the unsubscription is verified and carried out");
        await host.IngestAsync("sample-text");
        await Eventually.HoldsAsync(() => Task.FromResult(staying.Distributions.Count > 0), "the remaining subscriber gets the distribution");

        var unsubscribe = _subscriber.Verifications[^1];
        Assert.Equal("unsubscribe", unsubscribe["hub.mode"]);
        Assert.Equal("", unsubscribe["hub.lease_seconds"]);
        Assert.Empty(_subscriber.Distributions);
        Assert.Equal(staying.Callback.AbsoluteUri, Assert.Single(await WebSubHub.SubscriptionsAsync(host)).GetProperty("callback").GetString());
    }

    [Fact]
    public async Task A_callback_answering_500_is_retried_with_back_off_then_given_up()
    {
        await using var host = new SyndicateHost(settings: WebSubHub.Settings());
        using var client = host.CreateClient();
        var (topic, _) = await WebSubHub.DiscoverAsync(client, "/feeds/all.atom");
        _subscriber.DistributionStatus = StatusCodes.Status500InternalServerError;

        await WebSubHub.SubscribeAsync(host, client, _subscriber, topic);
        await host.IngestAsync("sample-text");
        await Eventually.HoldsAsync(async () => (await WebSubHub.SubscriptionsAsync(host))[0].GetProperty("abandoned").GetInt64() == 1, "the distribution is given up");

        // Retries wait 50, 100, 200 and 400 ms after the first attempt's start (750 ms in all); the next would start 1,550 ms
        // after it, past GiveUpAfter (1 s): five attempts, all of the same document.
        Assert.Equal(5, _subscriber.Distributions.Count);
        Assert.Single(_subscriber.Distributions.Select(d => Convert.ToBase64String(d.Body)).Distinct());
        var health = (await WebSubHub.SubscriptionsAsync(host))[0];
        Assert.Equal("failing", health.GetProperty("state").GetString());
        Assert.Equal(500, health.GetProperty("lastStatus").GetInt32());
        Assert.Equal(0, health.GetProperty("delivered").GetInt64());
        Assert.NotEqual(JsonValueKind.Null, health.GetProperty("failingSince").ValueKind);
    }

    [Fact]
    public async Task A_subscription_to_an_unknown_topic_is_denied()
    {
        await using var host = new SyndicateHost(settings: WebSubHub.Settings());
        using var client = host.CreateClient();
        var (topic, _) = await WebSubHub.DiscoverAsync(client, "/feeds/all.atom");
        var unknown = topic.Replace("/feeds/all.atom", "/feeds/agency/nobody.atom", StringComparison.Ordinal);

        using var response = await WebSubHub.RequestAsync(client, ("hub.mode", "subscribe"), ("hub.callback", _subscriber.Callback.AbsoluteUri), ("hub.topic", unknown));
        await Eventually.HoldsAsync(() => Task.FromResult(_subscriber.Verifications.Count > 0), "the hub answers the callback");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var denial = Assert.Single(_subscriber.Verifications);
        Assert.Equal("denied", denial["hub.mode"]);
        Assert.Equal(unknown, denial["hub.topic"]);
        Assert.Contains("not a feed of this hub", denial["hub.reason"], StringComparison.Ordinal);
        Assert.Empty(await WebSubHub.SubscriptionsAsync(host));
    }

    [Fact]
    public async Task A_callback_that_does_not_echo_the_challenge_is_not_subscribed()
    {
        await using var host = new SyndicateHost(settings: WebSubHub.Settings());
        using var client = host.CreateClient();
        var (topic, _) = await WebSubHub.DiscoverAsync(client, "/feeds/all.atom");
        _subscriber.AnswerVerification = _ => Results.Text("something else", "text/plain");

        await host.Services.GetRequiredService<IntentVerification>().VerifyAsync(Request(HubMode.Subscribe, topic), TestContext.Current.CancellationToken);

        Assert.Single(_subscriber.Verifications);
        Assert.Empty(await WebSubHub.SubscriptionsAsync(host));
    }

    [Fact]
    public async Task A_callback_on_a_private_address_is_never_contacted_unless_allowed()
    {
        await using var host = new SyndicateHost();
        using var client = host.CreateClient();
        var (topic, _) = await WebSubHub.DiscoverAsync(client, "/feeds/all.atom");

        await host.Services.GetRequiredService<IntentVerification>().VerifyAsync(Request(HubMode.Subscribe, topic), TestContext.Current.CancellationToken);

        Assert.Empty(_subscriber.Verifications);
        Assert.Empty(await WebSubHub.SubscriptionsAsync(host));
        Assert.False(host.Services.GetRequiredService<IOptions<WebSubOptions>>().Value.AllowPrivateNetwork);
    }

    [Fact]
    public async Task A_lease_is_held_to_its_bounds_and_a_second_subscription_renews_it()
    {
        await using var host = new SyndicateHost(settings: WebSubHub.Settings());
        using var client = host.CreateClient();
        var (topic, _) = await WebSubHub.DiscoverAsync(client, "/feeds/all.atom");
        (string, string)[] subscribe = [("hub.mode", "subscribe"), ("hub.callback", _subscriber.Callback.AbsoluteUri), ("hub.topic", topic)];

        using var shortLease = await WebSubHub.RequestAsync(client, [.. subscribe, ("hub.lease_seconds", "10")]);
        await Eventually.HoldsAsync(async () => (await WebSubHub.SubscriptionsAsync(host)).Length == 1, "the first subscription is kept");
        var first = (await WebSubHub.SubscriptionsAsync(host))[0];
        using var longLease = await WebSubHub.RequestAsync(client, [.. subscribe, ("hub.lease_seconds", "999999999"), ("hub.secret", Secret)]);
        await Eventually.HoldsAsync(async () => (await WebSubHub.SubscriptionsAsync(host))[0].GetProperty("hasSecret").GetBoolean(), "the renewal is kept");
        var renewed = Assert.Single(await WebSubHub.SubscriptionsAsync(host));

        Assert.Equal(["3600", "2592000"], _subscriber.Verifications.Select(v => v["hub.lease_seconds"]));
        Assert.Equal(3600, first.GetProperty("leaseSeconds").GetInt32());
        Assert.Equal(2592000, renewed.GetProperty("leaseSeconds").GetInt32());
        Assert.True(renewed.GetProperty("expiresAt").GetDateTimeOffset() > first.GetProperty("expiresAt").GetDateTimeOffset());
        Assert.Equal(first.GetProperty("createdAt").GetDateTimeOffset(), renewed.GetProperty("createdAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task A_subscription_whose_lease_ended_gets_nothing_and_is_removed()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = new SyndicateHost(settings: WebSubHub.Settings(), clock: clock);
        await using var later = await WebSubSubscriber.StartAsync();
        using var client = host.CreateClient();
        var (topic, _) = await WebSubHub.DiscoverAsync(client, "/feeds/all.atom");
        await WebSubHub.SubscribeAsync(host, client, _subscriber, topic);

        clock.Advance(TimeSpan.FromDays(11));
        await WebSubHub.SubscribeAsync(host, client, later, topic);
        await host.IngestAsync("sample-text");
        await Eventually.HoldsAsync(() => Task.FromResult(later.Distributions.Count > 0), "the subscriber with a running lease gets the distribution");

        Assert.Empty(_subscriber.Distributions);
        Assert.Equal(later.Callback.AbsoluteUri, Assert.Single(await WebSubHub.SubscriptionsAsync(host)).GetProperty("callback").GetString());
    }

    [Fact]
    public async Task Subscriptions_survive_a_restart_and_are_delivered_to()
    {
        using var directory = new TemporaryDirectory();
        await using (var first = new SyndicateHost(directory, WebSubHub.Settings()))
        {
            using var client = first.CreateClient();
            var (topic, _) = await WebSubHub.DiscoverAsync(client, "/feeds/all.atom");
            await WebSubHub.SubscribeAsync(first, client, _subscriber, topic, Secret);
        }

        await using var second = new SyndicateHost(directory, WebSubHub.Settings());
        _subscriber.Secret = Secret;
        Assert.Single(await WebSubHub.SubscriptionsAsync(second));
        await second.IngestAsync("sample-text");
        await Eventually.HoldsAsync(() => Task.FromResult(_subscriber.Distributions.Count > 0), "a distribution reaches the subscriber after the restart");

        Assert.True(Assert.Single(_subscriber.Distributions).SignatureMatches);
        Assert.Single(_subscriber.Verifications);
    }

    [Theory]
    [InlineData("hub.mode=subscribe&hub.topic=http%3A%2F%2Flocalhost%2Ffeeds%2Fall.atom", "hub.callback")]
    [InlineData("hub.mode=subscribe&hub.callback=ftp%3A%2F%2Fexample.org%2F&hub.topic=http%3A%2F%2Flocalhost%2Ffeeds%2Fall.atom", "hub.callback")]
    [InlineData("hub.mode=watch&hub.callback=http%3A%2F%2Fexample.org%2F&hub.topic=http%3A%2F%2Flocalhost%2Ffeeds%2Fall.atom", "hub.mode")]
    [InlineData("hub.mode=publish&hub.url=http%3A%2F%2Flocalhost%2Ffeeds%2Fall.atom", "hub.mode=publish")]
    [InlineData("hub.mode=subscribe&hub.callback=http%3A%2F%2Fexample.org%2F", "hub.topic")]
    [InlineData("hub.mode=subscribe&hub.callback=http%3A%2F%2Fexample.org%2F&hub.topic=http%3A%2F%2Flocalhost%2Ffeeds%2Fall.atom&hub.lease_seconds=-5", "hub.lease_seconds")]
    [InlineData("hub.mode=subscribe&hub.callback=http%3A%2F%2Fexample.org%2F&hub.topic=http%3A%2F%2Flocalhost%2Ffeeds%2Fall.atom&hub.secret=SECRET200", "hub.secret")]
    public async Task Bad_requests_are_refused_with_the_parameter_named(string form, string named)
    {
        await using var host = new SyndicateHost(settings: WebSubHub.Settings());
        using var client = host.CreateClient();
        using var content = new StringContent(form.Replace("SECRET200", new string('s', 200), StringComparison.Ordinal), System.Text.Encoding.ASCII, "application/x-www-form-urlencoded");

        using var response = await client.PostAsync("/websub", content, TestContext.Current.CancellationToken);
        var problem = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(named, problem, StringComparison.Ordinal);
    }

    private HubRequest Request(HubMode mode, string topic) =>
        new(mode, _subscriber.Callback, new Uri(topic), TimeSpan.FromDays(1), null);
}

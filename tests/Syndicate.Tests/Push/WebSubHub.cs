using System.Net.Http.Json;
using System.Text.Json;
using Syndicate.Tests.Support;

namespace Syndicate.Tests.Push;

/// <summary>What the WebSub tests do with a server: its hub settings, a request to <c>/websub</c>, its feeds' topics, the admin's view of the subscriptions.</summary>
internal static class WebSubHub
{
    /// <summary>Callbacks on loopback allowed (the subscriber runs there); retries fast, so a test sees them given up.</summary>
    public static Dictionary<string, string?> Settings(params (string Key, string Value)[] more)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Syndicate:WebSub:AllowPrivateNetwork"] = "true",
            ["Syndicate:WebSub:RetryDelay"] = "00:00:00.050",
            ["Syndicate:WebSub:GiveUpAfter"] = "00:00:01",
        };
        foreach (var (key, value) in more)
        {
            settings[key] = value;
        }

        return settings;
    }

    public static Task<HttpResponseMessage> RequestAsync(HttpClient client, params (string Name, string Value)[] fields) =>
        client.PostAsync("/websub", new FormUrlEncodedContent(fields.Select(f => KeyValuePair.Create(f.Name, f.Value))), TestContext.Current.CancellationToken);

    /// <summary>The feed's topic and hub as its Link headers name them (discovery, WebSub §4).</summary>
    public static async Task<(string Topic, string Hub)> DiscoverAsync(HttpClient client, string feedPath)
    {
        using var response = await client.GetAsync(feedPath, TestContext.Current.CancellationToken);
        var links = response.Headers.GetValues("Link").SelectMany(l => l.Split(", ")).ToList();
        string Target(string rel) => links.Single(l => l.EndsWith($"; rel=\"{rel}\"", StringComparison.Ordinal)).Split(';')[0].Trim('<', '>');
        return (Target("self"), Target("hub"));
    }

    public static async Task<JsonElement[]> SubscriptionsAsync(SyndicateHost host)
    {
        using var admin = host.CreateAdminClient();
        return await admin.GetFromJsonAsync<JsonElement[]>("/admin/api/websub", TestContext.Current.CancellationToken) ?? [];
    }

    /// <summary>Subscribes and waits until the hub has verified the subscription and keeps it.</summary>
    public static async Task SubscribeAsync(SyndicateHost host, HttpClient client, WebSubSubscriber subscriber, string topic, string? secret = null)
    {
        (string, string)[] fields = [("hub.mode", "subscribe"), ("hub.callback", subscriber.Callback.AbsoluteUri), ("hub.topic", topic)];
        using var response = await RequestAsync(client, [.. fields, .. secret is null ? [] : new[] { ("hub.secret", secret) }]);
        Assert.Equal(System.Net.HttpStatusCode.Accepted, response.StatusCode);
        await Eventually.HoldsAsync(
            async () => (await SubscriptionsAsync(host)).Any(s => s.GetProperty("callback").GetString() == subscriber.Callback.AbsoluteUri && s.GetProperty("topic").GetString() == topic),
            $"the hub keeps the subscription of {subscriber.Callback} to {topic}");
    }
}

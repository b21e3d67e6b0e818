using System.Globalization;
using System.Text;

namespace Syndicate.Push;

public enum HubMode
{
    Subscribe,
    Unsubscribe,
}

/// <summary>A subscriber's request to the hub (W3C WebSub §5.1), read from its form and checked.</summary>
/// <param name="Lease">The lease asked for, already held between the hub's least and longest; the default when none was asked.</param>
/// <param name="Secret">The subscriber's secret for signing distributions, if it gave one (shorter than 200 bytes).</param>
public sealed record HubRequest(HubMode Mode, Uri Callback, Uri Topic, TimeSpan Lease, string? Secret)
{
    /// <summary>WebSub §5.1: "The secret MUST be less than 200 bytes in length."</summary>
    public const int MaxSecretBytes = 199;

    private const int MaxUrlLength = 2048;

    /// <summary>The request the form makes, or the problem with it (a sentence naming the parameter).</summary>
    public static (HubRequest? Request, string? Problem) Read(IFormCollection form, WebSubOptions options)
    {
        var mode = form["hub.mode"].ToString();
        HubMode parsed;
        switch (mode)
        {
            case "subscribe":
                parsed = HubMode.Subscribe;
                break;
            case "unsubscribe":
                parsed = HubMode.Unsubscribe;
                break;
            case "publish":
                return (null, "hub.mode=publish is not taken: this hub distributes the server's own feeds when they change.");
            default:
                return (null, $"hub.mode must be subscribe or unsubscribe, not '{mode}'.");
        }

        if (Url(form["hub.callback"].ToString()) is not { } callback)
        {
            return (null, "hub.callback must be an absolute http or https URL without a fragment.");
        }

        if (Url(form["hub.topic"].ToString()) is not { } topic)
        {
            return (null, "hub.topic must be an absolute http or https URL: a feed's address as its rel=\"self\" link gives it.");
        }

        var lease = options.DefaultLease;
        var leaseText = form["hub.lease_seconds"].ToString();
        if (leaseText.Length > 0)
        {
            if (!long.TryParse(leaseText, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || seconds <= 0)
            {
                return (null, $"hub.lease_seconds must be a positive whole number of seconds, not '{leaseText}'.");
            }

            lease = TimeSpan.FromSeconds(Math.Clamp(seconds, (long)options.MinLease.TotalSeconds, (long)options.MaxLease.TotalSeconds));
        }

        var secret = form["hub.secret"].ToString();
        if (Encoding.UTF8.GetByteCount(secret) > MaxSecretBytes)
        {
            return (null, $"hub.secret must be shorter than 200 bytes; it has {Encoding.UTF8.GetByteCount(secret)}.");
        }

        return (new HubRequest(parsed, callback, topic, lease, secret.Length > 0 ? secret : null), null);
    }

    private static Uri? Url(string text) =>
        text.Length is > 0 and <= MaxUrlLength
        && Uri.TryCreate(text, UriKind.Absolute, out var uri)
        && uri.Scheme is "http" or "https"
        && uri.Fragment.Length == 0
        && !text.Contains('#', StringComparison.Ordinal)
            ? uri
            : null;
}

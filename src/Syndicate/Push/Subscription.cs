namespace Syndicate.Push;

/// <summary>A verified WebSub subscription: the subscriber at <paramref name="Callback"/> receives every change of <paramref name="Topic"/> until <paramref name="ExpiresAt"/>.</summary>
/// <param name="Secret">Signs every distribution (X-Hub-Signature), when the subscriber gave one.</param>
public sealed record Subscription(string Callback, string Topic, string? Secret, int LeaseSeconds, DateTimeOffset VerifiedAt, DateTimeOffset ExpiresAt);

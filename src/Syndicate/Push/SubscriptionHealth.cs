namespace Syndicate.Push;

/// <summary>A subscription as admins see it: its lease and how its distributions fare. The secret is never shown, only whether there is one.</summary>
/// <param name="Delivered">Distributions the callback accepted (2xx).</param>
/// <param name="Abandoned">Distributions given up after retrying for <see cref="WebSubOptions.GiveUpAfter"/>.</param>
/// <param name="LastStatus">The HTTP status of the last attempt; null when it got no answer (see <paramref name="LastError"/>).</param>
/// <param name="FailingSince">The first failed attempt since the last delivery; null when the last attempt succeeded.</param>
public sealed record SubscriptionHealth(
    string Callback,
    string Topic,
    bool HasSecret,
    int LeaseSeconds,
    DateTimeOffset CreatedAt,
    DateTimeOffset VerifiedAt,
    DateTimeOffset ExpiresAt,
    long Delivered,
    long Abandoned,
    DateTimeOffset? LastAttemptAt,
    int? LastStatus,
    string? LastError,
    DateTimeOffset? LastDeliveredAt,
    DateTimeOffset? FailingSince)
{
    /// <summary>"healthy", "failing" (the last attempt failed), or "new" (nothing sent yet).</summary>
    public string State => LastAttemptAt is null ? "new" : FailingSince is null ? "healthy" : "failing";
}

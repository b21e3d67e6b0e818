using Dapper;
using Syndicate.Storage;

namespace Syndicate.Push;

/// <summary>The verified WebSub subscriptions and their delivery health, in the <c>websub_subscriptions</c> table.</summary>
public sealed class SubscriptionStore(Database database)
{
    private const string Columns = """
        callback AS Callback, topic AS Topic, secret AS Secret, lease_seconds AS LeaseSeconds, verified_at AS VerifiedAt, expires_at AS ExpiresAt
        """;

    /// <summary>Adds the subscription, or renews it: a new lease and secret, its delivery health kept.</summary>
    public async Task SaveAsync(Subscription subscription, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO websub_subscriptions (callback, topic, secret, lease_seconds, created_at, verified_at, expires_at)
            VALUES (@Callback, @Topic, @Secret, @LeaseSeconds, @VerifiedAt, @VerifiedAt, @ExpiresAt)
            ON CONFLICT (callback, topic) DO UPDATE SET
                secret = excluded.secret, lease_seconds = excluded.lease_seconds, verified_at = excluded.verified_at, expires_at = excluded.expires_at
            """,
            new
            {
                subscription.Callback,
                subscription.Topic,
                subscription.Secret,
                subscription.LeaseSeconds,
                VerifiedAt = UnixTime.Milliseconds(subscription.VerifiedAt),
                ExpiresAt = UnixTime.Milliseconds(subscription.ExpiresAt),
            },
            cancellationToken: cancellationToken));
    }

    public async Task<bool> RemoveAsync(string callback, string topic, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM websub_subscriptions WHERE callback = @callback AND topic = @topic",
            new { callback, topic },
            cancellationToken: cancellationToken)) > 0;
    }

    /// <summary>Deletes the subscriptions whose lease ended at or before <paramref name="now"/>.</summary>
    public async Task<int> RemoveExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM websub_subscriptions WHERE expires_at <= @now",
            new { now = UnixTime.Milliseconds(now) },
            cancellationToken: cancellationToken));
    }

    /// <summary>The subscription, if its lease still runs at <paramref name="now"/>.</summary>
    public async Task<Subscription?> FindActiveAsync(string callback, string topic, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<SubscriptionRow>(new CommandDefinition(
            $"SELECT {Columns} FROM websub_subscriptions WHERE callback = @callback AND topic = @topic AND expires_at > @now",
            new { callback, topic, now = UnixTime.Milliseconds(now) },
            cancellationToken: cancellationToken));
        return row?.ToSubscription();
    }

    /// <summary>Every subscription whose lease still runs at <paramref name="now"/>.</summary>
    public async Task<IReadOnlyList<Subscription>> ActiveAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<SubscriptionRow>(new CommandDefinition(
            $"SELECT {Columns} FROM websub_subscriptions WHERE expires_at > @now ORDER BY topic, callback",
            new { now = UnixTime.Milliseconds(now) },
            cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToSubscription())];
    }

    public async Task<int> CountAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<int>(new CommandDefinition("SELECT COUNT(*) FROM websub_subscriptions", cancellationToken: cancellationToken));
    }

    /// <summary>Every subscription with its delivery health, by topic and callback.</summary>
    public async Task<IReadOnlyList<SubscriptionHealth>> ListHealthAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<HealthRow>(new CommandDefinition(
            """
            SELECT callback AS Callback, topic AS Topic, secret IS NOT NULL AS HasSecret, lease_seconds AS LeaseSeconds, created_at AS CreatedAt,
                   verified_at AS VerifiedAt, expires_at AS ExpiresAt, delivered AS Delivered, abandoned AS Abandoned,
                   last_attempt_at AS LastAttemptAt, last_status AS LastStatus, last_error AS LastError,
                   last_delivered_at AS LastDeliveredAt, failing_since AS FailingSince
            FROM websub_subscriptions ORDER BY topic, callback
            """,
            cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToHealth())];
    }

    /// <summary>Records one distribution attempt: delivered (a 2xx), or failed with a status or an error.</summary>
    public async Task RecordAttemptAsync(string callback, string topic, DateTimeOffset at, int? status, string? error, CancellationToken cancellationToken)
    {
        var delivered = error is null && status is >= 200 and < 300;
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE websub_subscriptions SET
                last_attempt_at = @at, last_status = @status, last_error = @error,
                delivered = delivered + CASE WHEN @delivered THEN 1 ELSE 0 END,
                last_delivered_at = CASE WHEN @delivered THEN @at ELSE last_delivered_at END,
                failing_since = CASE WHEN @delivered THEN NULL ELSE COALESCE(failing_since, @at) END
            WHERE callback = @callback AND topic = @topic
            """,
            new { callback, topic, at = UnixTime.Milliseconds(at), status, error, delivered },
            cancellationToken: cancellationToken));
    }

    public async Task RecordAbandonedAsync(string callback, string topic, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE websub_subscriptions SET abandoned = abandoned + 1 WHERE callback = @callback AND topic = @topic",
            new { callback, topic },
            cancellationToken: cancellationToken));
    }

    private sealed class SubscriptionRow
    {
        public required string Callback { get; init; }

        public required string Topic { get; init; }

        public string? Secret { get; init; }

        public long LeaseSeconds { get; init; }

        public long VerifiedAt { get; init; }

        public long ExpiresAt { get; init; }

        public Subscription ToSubscription() =>
            new(Callback, Topic, Secret, (int)LeaseSeconds, UnixTime.Instant(VerifiedAt), UnixTime.Instant(ExpiresAt));
    }

    private sealed class HealthRow
    {
        public required string Callback { get; init; }

        public required string Topic { get; init; }

        public bool HasSecret { get; init; }

        public long LeaseSeconds { get; init; }

        public long CreatedAt { get; init; }

        public long VerifiedAt { get; init; }

        public long ExpiresAt { get; init; }

        public long Delivered { get; init; }

        public long Abandoned { get; init; }

        public long? LastAttemptAt { get; init; }

        public long? LastStatus { get; init; }

        public string? LastError { get; init; }

        public long? LastDeliveredAt { get; init; }

        public long? FailingSince { get; init; }

        public SubscriptionHealth ToHealth() => new(
            Callback, Topic, HasSecret, (int)LeaseSeconds, UnixTime.Instant(CreatedAt), UnixTime.Instant(VerifiedAt), UnixTime.Instant(ExpiresAt),
            Delivered, Abandoned, UnixTime.Instant(LastAttemptAt), (int?)LastStatus, LastError, UnixTime.Instant(LastDeliveredAt), UnixTime.Instant(FailingSince));
    }
}

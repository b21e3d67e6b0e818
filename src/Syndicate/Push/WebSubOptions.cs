namespace Syndicate.Push;

/// <summary>The built-in WebSub hub (<c>Syndicate:WebSub</c>): leases, callbacks and content distribution.</summary>
public sealed class WebSubOptions
{
    public const string Section = "Syndicate:WebSub";

    /// <summary>Whether callbacks may be on loopback, private and link-local addresses (off: only public ones).</summary>
    public bool AllowPrivateNetwork { get; set; }

    /// <summary>The lease given when a subscriber asks for none.</summary>
    public TimeSpan DefaultLease { get; set; } = TimeSpan.FromDays(10);

    /// <summary>The shortest lease given: a shorter request is raised to it.</summary>
    public TimeSpan MinLease { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The longest lease given: a longer request is cut to it.</summary>
    public TimeSpan MaxLease { get; set; } = TimeSpan.FromDays(30);

    /// <summary>One request to a callback (verification or distribution) may take this long.</summary>
    public TimeSpan CallbackTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>At most this much of a callback's answer is read (the verification's challenge echo).</summary>
    public int MaxResponseBytes { get; set; } = 64 * 1024;

    /// <summary>The wait before the first retry of a failed distribution; every further retry waits twice as long.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A distribution not delivered this long after its first attempt is given up.</summary>
    public TimeSpan GiveUpAfter { get; set; } = TimeSpan.FromHours(6);

    /// <summary>At most this many subscriptions are kept; a new one beyond it is refused (429).</summary>
    public int MaxSubscriptions { get; set; } = 10_000;

    /// <summary>At most this many requests to callbacks run at once.</summary>
    public int MaxConcurrentRequests { get; set; } = 8;
}

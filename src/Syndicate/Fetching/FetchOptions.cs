namespace Syndicate.Fetching;

/// <summary>How sources are fetched (<c>Syndicate:Fetch</c>).</summary>
public sealed class FetchOptions
{
    public const string Section = "Syndicate:Fetch";

    /// <summary>Sent with every request, so site owners know who polls them.</summary>
    public string UserAgent { get; set; } = "Syndicate/1.0 (wire feed generator)";

    /// <summary>One attempt may take this long.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>All attempts of one fetch together may take this long.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries after a transient failure (a 5xx other than 503, 408, a timeout, a lost connection), 1 to 10.</summary>
    public int Retries { get; set; } = 2;

    /// <summary>The first retry's delay; later retries wait exponentially longer, with jitter.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The least time between the end of one request to a host and the start of the next.</summary>
    public TimeSpan MinHostSpacing { get; set; } = TimeSpan.FromSeconds(1);

    public int MaxRedirects { get; set; } = 5;

    /// <summary>After this many failed fetches in a row a source backs off: its next fetches wait longer and longer.</summary>
    public int BackoffAfterFailures { get; set; } = 3;

    /// <summary>The first back-off; every further failure doubles it.</summary>
    public TimeSpan BackoffBase { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The longest back-off, and the wait after a 429 or 503 that gave no Retry-After.</summary>
    public TimeSpan BackoffMax { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Whether sources may reach loopback, private and link-local addresses (off: only public ones).</summary>
    public bool AllowPrivateNetworks { get; set; }

    /// <summary>What a source's requests may reach: private networks when the server or the source allows them.</summary>
    public NetworkReach ReachFor(bool sourceAllowsPrivateNetwork) =>
        AllowPrivateNetworks || sourceAllowsPrivateNetwork ? NetworkReach.PrivateAllowed : NetworkReach.PublicOnly;

    /// <summary>File sources must lie below this folder (relative paths from the repository root; empty: the root itself).</summary>
    public string FileRoot { get; set; } = "";
}

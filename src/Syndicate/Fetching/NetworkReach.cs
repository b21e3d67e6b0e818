namespace Syndicate.Fetching;

/// <summary>Which addresses an outbound request may reach.</summary>
public enum NetworkReach
{
    /// <summary>Public internet addresses only: never this host, a private network or a reserved range.</summary>
    PublicOnly,

    /// <summary>Any address, loopback and private networks included (an intranet source).</summary>
    PrivateAllowed,
}

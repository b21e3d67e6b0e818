namespace Syndicate.Operations;

/// <summary>Who may read <c>/metrics</c> (<c>Syndicate:Metrics</c>): clients in these networks, and anyone sending the admin key.</summary>
public sealed class MetricsOptions
{
    public const string Section = "Syndicate:Metrics";

    public static readonly IReadOnlyList<string> LoopbackNetworks = ["127.0.0.0/8", "::1/128"];

    /// <summary>CIDR networks, such as 10.0.0.0/8 or fd00::/8; when not set, loopback only.</summary>
    public List<string>? AllowedNetworks { get; set; }

    public IReadOnlyList<string> EffectiveNetworks => AllowedNetworks is { Count: > 0 } networks ? networks : LoopbackNetworks;
}

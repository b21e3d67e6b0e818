using System.Net;
using Microsoft.Extensions.Options;

namespace Syndicate.Operations;

/// <summary>Every entry of <c>Syndicate:Metrics:AllowedNetworks</c> must be a CIDR network; each bad one is named.</summary>
public sealed class MetricsOptionsValidator : IValidateOptions<MetricsOptions>
{
    public ValidateOptionsResult Validate(string? name, MetricsOptions options)
    {
        var failures = (options.AllowedNetworks ?? [])
            .Select((network, i) => (Network: network, Index: i))
            .Where(n => !IPNetwork.TryParse(n.Network, out _))
            .Select(n => $"{MetricsOptions.Section}:AllowedNetworks:{n.Index} '{n.Network}' is not a CIDR network; write one such as 10.0.0.0/8, 192.168.1.5/32 or fd00::/8.")
            .ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

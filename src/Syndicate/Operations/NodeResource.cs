using OpenTelemetry.Resources;
using Syndicate.Settings;

namespace Syndicate.Operations;

/// <summary>Who reports the metrics: service <c>syndicate</c>, instance the node's name (<c>target_info</c> in <c>/metrics</c>).</summary>
public sealed class NodeResource(NodeName node) : IResourceDetector
{
    public Resource Detect() => new([new("service.name", "syndicate"), new("service.instance.id", node.Value)]);
}

namespace Syndicate.Settings;

/// <summary>
/// This server's name among the nodes sharing its database: <c>Syndicate:Cluster:InstanceId</c>, or for <c>AUTO</c>
/// (the default) the host name and a suffix new at every start. The clustered scheduler knows the node by it, and
/// <c>/readyz</c> and <c>/metrics</c> say it.
/// </summary>
public sealed record NodeName(string Value)
{
    public const string Automatic = "AUTO";

    public static NodeName Of(string? configured) =>
        new(configured is null || configured == Automatic ? $"{Environment.MachineName}-{Guid.NewGuid().ToString("N")[..8]}" : configured);

    public override string ToString() => Value;
}

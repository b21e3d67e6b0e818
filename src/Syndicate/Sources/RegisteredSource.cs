namespace Syndicate.Sources;

/// <summary>A source as the registry holds it: its definition, its schedule, whether it is paused, and who owns it.</summary>
public sealed record RegisteredSource(SourceDefinition Definition, SourceSchedule Schedule, bool Paused, SourceOwner ManagedBy)
{
    public string Id => Definition.Id;

    /// <summary>Why the server paused the source by itself (its schedule cannot fire); null when it runs or an admin paused it.</summary>
    public string? PauseReason { get; init; }
}

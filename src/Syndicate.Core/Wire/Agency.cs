namespace Syndicate.Core.Wire;

/// <summary>A news agency as credited in datelines.</summary>
/// <param name="Code">Canonical upper-case code, as the Dutch wire credits it (ANP, RTR, AFP).</param>
/// <param name="Name">Display name.</param>
/// <param name="Aliases">Other ways pages credit it (Reuters, dpa), matched case-insensitively.</param>
public sealed record Agency(string Code, string Name, IReadOnlyList<string> Aliases)
{
    /// <summary>The lower-case code used in feed URLs.</summary>
    public string Slug => Code.ToLowerInvariant();
}

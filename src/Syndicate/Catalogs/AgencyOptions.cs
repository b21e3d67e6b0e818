using Syndicate.Core.Wire;

namespace Syndicate.Catalogs;

/// <summary>An agency from configuration (<c>Syndicate:Agencies:N</c>).</summary>
public sealed class AgencyOptions
{
    /// <summary>The canonical code as credited ("NU"); its lower case is the feed slug.</summary>
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>Other ways pages credit it, matched case-insensitively.</summary>
    public List<string> Aliases { get; set; } = [];

    public Agency ToAgency() => new(Code.ToUpperInvariant(), string.IsNullOrWhiteSpace(Name) ? Code : Name, Aliases);
}

namespace Syndicate.Sources;

/// <summary>Who a source's definition and schedule follow.</summary>
public enum SourceOwner
{
    /// <summary>appsettings.json: every import overwrites the source with the file's version.</summary>
    Config,

    /// <summary>The admin API changed or created it; imports from the file leave it alone.</summary>
    Api,
}

namespace Syndicate.Core.Places;

/// <summary>The three kinds of region feed, broadest first.</summary>
public enum RegionLevel
{
    /// <summary>A news desk's region: europe, north-america, middle-east.</summary>
    News,

    /// <summary>A UN M49 sub-region or intermediate region: western-europe, sub-saharan-africa, western-africa.</summary>
    Subregion,

    /// <summary>An ISO 3166-1 country.</summary>
    Country,
}

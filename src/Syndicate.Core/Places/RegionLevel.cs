namespace Syndicate.Core.Places;

public enum RegionLevel
{
    /// <summary>A news desk's region: europe, north-america, middle-east.</summary>
    News,

    /// <summary>An ISO 3166-1 country.</summary>
    Country,
}

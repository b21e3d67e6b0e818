namespace Syndicate.Core.Time;

/// <summary>How a site turns an exact age into the number it prints.</summary>
public enum AgeRounding
{
    /// <summary>"16 minutes ago" means at least 16 and less than 17 minutes.</summary>
    Floor,

    /// <summary>"16 minutes ago" means at least 15.5 and less than 16.5 minutes.</summary>
    Round,
}

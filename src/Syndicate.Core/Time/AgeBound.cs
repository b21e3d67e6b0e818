namespace Syndicate.Core.Time;

/// <summary>What a relative age says about its count.</summary>
public enum AgeBound
{
    /// <summary>"2 uur geleden", also hedged: "circa 2 uur geleden" is read as its number.</summary>
    Exactly,

    /// <summary>"minder dan een uur geleden", "a few minutes ago" (fewer than ten), "bijna 2 uur".</summary>
    LessThan,

    /// <summary>"meer dan een uur geleden", "over 2 years ago".</summary>
    MoreThan,
}

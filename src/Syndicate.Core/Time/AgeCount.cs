namespace Syndicate.Core.Time;

/// <summary>
/// A count as a page prints it: <see cref="Value"/> / <see cref="Parts"/> ("2,5" is 5 halves), or a
/// vague one ("a few", "enkele") that says only fewer than ten.
/// </summary>
internal readonly record struct AgeCount(int Value, int Parts = 1, AgeBound Bound = AgeBound.Exactly)
{
    public static readonly AgeCount Few = new(10, 1, AgeBound.LessThan);

    /// <summary>A multiple of ten from twenty up that a units word may follow: "twenty" in "twenty five".</summary>
    public bool IsTens => Parts == 1 && Bound == AgeBound.Exactly && Value >= 20 && Value % 10 == 0;

    public bool IsDigit => Parts == 1 && Bound == AgeBound.Exactly && Value is >= 1 and <= 9;

    /// <summary>"2,5", "1.3": a half when the tenths are five, else tenths.</summary>
    public static AgeCount Decimal(int whole, int tenths) =>
        tenths == 5 ? new(whole * 2 + 1, 2) : new(whole * 10 + tenths, 10);
}

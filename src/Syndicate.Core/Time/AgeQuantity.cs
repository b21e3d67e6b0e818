namespace Syndicate.Core.Time;

/// <summary>
/// How long ago a relative age says: <see cref="Numerator"/> / <see cref="Parts"/> of <see cref="Unit"/>,
/// precise to one part. Compounds ("2 uur en 5 minuten") add up in their smallest unit.
/// </summary>
internal readonly record struct AgeQuantity(AgeUnit Unit, int Numerator, int Parts, AgeBound Bound)
{
    private const int MaxNumerator = 100_000;

    public static AgeQuantity Of(AgeCount count, AgeUnitWord unit) =>
        Reduced(unit.Unit, count.Value * unit.Numerator, count.Parts * unit.Parts, count.Bound);

    /// <summary>"een half" after a count: the count and a half.</summary>
    public static AgeCount AndAHalf(AgeCount count) => count with { Value = (count.Value * 2) + count.Parts, Parts = count.Parts * 2 };

    /// <summary>This quantity and a smaller one, as "2 uur en 5 minuten"; null when they do not add up.</summary>
    public AgeQuantity? Plus(AgeQuantity smaller)
    {
        if (smaller.Unit >= Unit || Bound != AgeBound.Exactly || smaller.Bound != AgeBound.Exactly
            || IsCalendar(Unit) != IsCalendar(smaller.Unit))
        {
            return null;
        }

        var factor = Length(Unit) / Length(smaller.Unit);
        var numerator = ((long)Numerator * factor * smaller.Parts) + ((long)smaller.Numerator * Parts);
        return numerator > MaxNumerator
            ? null
            : Reduced(smaller.Unit, (int)numerator, Parts * smaller.Parts, AgeBound.Exactly);
    }

    public RelativeAge ToAge(string text, AgeBound bound) =>
        new(text, Numerator, Unit) { Parts = Parts, Bound = bound == AgeBound.Exactly ? Bound : bound };

    private static bool IsCalendar(AgeUnit unit) => unit is AgeUnit.Month or AgeUnit.Year;

    /// <summary>A unit's length in seconds, or in months for months and years.</summary>
    private static long Length(AgeUnit unit) => unit switch
    {
        AgeUnit.Second => 1,
        AgeUnit.Minute => 60,
        AgeUnit.Hour => 3600,
        AgeUnit.Day => 86_400,
        AgeUnit.Week => 604_800,
        AgeUnit.Month => 1,
        _ => 12,
    };

    private static AgeQuantity Reduced(AgeUnit unit, int numerator, int parts, AgeBound bound)
    {
        var divisor = (int)System.Numerics.BigInteger.GreatestCommonDivisor(numerator, parts);
        return divisor > 1
            ? new(unit, numerator / divisor, parts / divisor, bound)
            : new(unit, numerator, parts, bound);
    }
}

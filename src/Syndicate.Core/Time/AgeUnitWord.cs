namespace Syndicate.Core.Time;

/// <summary>
/// What a unit word counts: <see cref="Numerator"/> / <see cref="Parts"/> of <see cref="Unit"/>
/// ("kwartier" is a quarter of an hour, "Dreiviertelstunde" three quarters).
/// </summary>
internal readonly record struct AgeUnitWord(AgeUnit Unit, int Numerator = 1, int Parts = 1);

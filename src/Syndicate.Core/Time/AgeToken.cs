namespace Syndicate.Core.Time;

internal enum AgeTokenKind : byte
{
    Word,
    Number,
    Decimal,
    Clock,
    DayFirstDate,
    IsoDate,
    Comma,
    Colon,
}

/// <summary>
/// One piece of an age's text, located by <paramref name="Start"/> and <paramref name="Length"/>.
/// <paramref name="First"/>, <paramref name="Second"/> and <paramref name="Third"/> hold a number's
/// value, a decimal's whole and tenths, a clock's hour and minute, or a numeric date's day, month and year.
/// </summary>
/// <param name="Glued">No space separates it from the token before ("5m", "2:32PM").</param>
/// <param name="Dotted">A full stop follows it ("min.", "28.").</param>
internal readonly record struct AgeToken(
    AgeTokenKind Kind, int Start, int Length, bool Glued, bool Dotted, int First = 0, int Second = 0, int Third = 0);

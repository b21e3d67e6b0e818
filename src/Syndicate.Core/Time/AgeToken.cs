namespace Syndicate.Core.Time;

internal enum AgeTokenKind : byte
{
    Word,
    Number,
    Decimal,
    Clock,
    /// <summary>"28-11-2026", "11/8/2023", "28/11": a day and a month in an order the language decides, and a year or none (0).</summary>
    NumericDate,
    IsoDate,
    Comma,
    Colon,

    /// <summary>A dash with spaces around it: "14/11/2025 - 08:00".</summary>
    Dash,

    /// <summary>A bar, bullet, at sign or spaced slash between a date and its clock: "24.04.2024 • 11:31 Uhr", "Nov 8, 2023 / 02:40 PM".</summary>
    Separator,

    /// <summary>A signed whole-hour offset glued to a zone: "+2" in "GMT+2"; <see cref="AgeToken.First"/> holds the signed hours.</summary>
    Offset,

    /// <summary>A year's last two digits after an apostrophe: "'08", "’20"; <see cref="AgeToken.First"/> holds the year.</summary>
    ShortYear,
}

/// <summary>
/// One piece of an age's text, located by <paramref name="Start"/> and <paramref name="Length"/>.
/// <paramref name="First"/>, <paramref name="Second"/> and <paramref name="Third"/> hold a number's
/// value, a decimal's whole and tenths, a clock's hour and minute, a numeric date's first, second and
/// last number (the year, a two-digit one made four-digit), or an offset's signed hours and minutes.
/// </summary>
/// <param name="Glued">No space separates it from the token before ("5m", "2:32PM").</param>
/// <param name="Dotted">A full stop follows it ("min.", "28.").</param>
internal readonly record struct AgeToken(
    AgeTokenKind Kind, int Start, int Length, bool Glued, bool Dotted, int First = 0, int Second = 0, int Third = 0);

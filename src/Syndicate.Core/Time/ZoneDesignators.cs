namespace Syndicate.Core.Time;

/// <summary>
/// The zone a clock time names after it ("02:40 PM CST", "15:56 BST", "14:16 UTC+1"), in every language. A North
/// American designator names the region's local time, summer or winter, because sites print "EST" in July; the
/// others are fixed offsets, and "GMT" and "UTC" may carry one ("GMT+2"); ISO 8601's "Z" is UTC. "IST" is India's (UTC+5:30), as the
/// Indian sites that print it mean; Irish and Israeli sites print their own zones in other ways. Australian and New
/// Zealand designators name their region's local time too. Designators that are words of a supported language are
/// left out ("EET", "WAT").
/// </summary>
internal static class ZoneDesignators
{
    private const string Utc = "Etc/UTC";

    private static readonly string[] Zones =
    [
        "America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles", Utc, "Etc/GMT-1", "Etc/GMT-2", "Asia/Kolkata",
        "America/Anchorage", "Pacific/Honolulu", "Etc/GMT-3", "Etc/GMT-8", "Etc/GMT-9", "Australia/Sydney", "Pacific/Auckland",
    ];

    public static readonly WordTable<int> Table = new(
        (0, "est edt et"),
        (1, "cst cdt ct"),
        (2, "mst mdt mt"),
        (3, "pst pdt pt"),
        (4, "gmt utc z"),
        (5, "bst cet mez"),
        (6, "cest mesz sast"),
        (7, "ist"),
        (8, "akst akdt"),
        (9, "hst"),
        (10, "eest msk"),
        (11, "hkt sgt awst"),
        (12, "jst kst"),
        (13, "aest aedt"),
        (14, "nzst nzdt"));

    public static string Zone(int designator) => Zones[designator];

    public static bool TakesOffset(int designator) => Zones[designator] == Utc;

    /// <summary>
    /// The zone <paramref name="hours"/> and <paramref name="minutes"/> ahead of UTC; the IANA "Etc" zones count the
    /// other way and have whole hours only, so an offset with minutes is the zone that has kept it all year for decades
    /// ("+05:30" India's, "+05:45" Nepal's); null for one no zone keeps all year ("+03:30", "-03:30").
    /// </summary>
    public static string? Offset(int hours, int minutes = 0) => (hours, minutes) switch
    {
        (0, 0) => Utc,
        (_, 0) => $"Etc/GMT{(hours > 0 ? "-" : "+")}{Math.Abs(hours)}",
        (4, 30) => "Asia/Kabul",
        (5, 30) => "Asia/Kolkata",
        (5, 45) => "Asia/Kathmandu",
        (6, 30) => "Asia/Yangon",
        (9, 30) => "Australia/Darwin",
        (-9, -30) => "Pacific/Marquesas",
        _ => null,
    };
}

namespace Syndicate.Archives;

/// <summary>The feeds' daily archives (<c>Syndicate:Archives</c>).</summary>
public sealed class ArchiveOptions
{
    public const string Section = "Syndicate:Archives";

    /// <summary>
    /// How long after a UTC day ends its archive is closed: items seen a little late (an age read after midnight) still
    /// go into their own day. An item first seen after its day closed goes into the next archive to close.
    /// </summary>
    public TimeSpan CloseAfter { get; set; } = TimeSpan.FromHours(2);

    /// <summary>Whether this server closes the days that are due after its publishes; off, it serves the archives already closed.</summary>
    public bool CloseDays { get; set; } = true;
}

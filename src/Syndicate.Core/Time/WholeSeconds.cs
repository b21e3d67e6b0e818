namespace Syndicate.Core.Time;

/// <summary>Instants to the whole second, as HTTP dates and the feeds' dates carry them.</summary>
public static class WholeSeconds
{
    /// <summary>The instant in UTC with its fraction of a second dropped.</summary>
    public static DateTimeOffset Truncate(DateTimeOffset instant) =>
        new(instant.UtcTicks - (instant.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
}

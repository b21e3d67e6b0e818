namespace Syndicate.Core.Time;

/// <summary>An age as a page prints it ("16 minuten geleden"), understood.</summary>
public abstract record Age(string Text)
{
    /// <summary>The window of instants this age allows when read at <paramref name="clock"/>.</summary>
    public abstract TimeWindow ToWindow(CaptureClock clock);
}

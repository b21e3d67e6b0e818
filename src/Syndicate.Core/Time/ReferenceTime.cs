namespace Syndicate.Core.Time;

/// <summary>Which instant a capture's ages were computed at.</summary>
public static class ReferenceTime
{
    /// <summary>How far a response's Date header may lie from the local receive time and still be believed.</summary>
    public static readonly TimeSpan DateHeaderTolerance = TimeSpan.FromHours(24);

    /// <summary>
    /// The response's Date header when present and within <see cref="DateHeaderTolerance"/> of the local
    /// receive time (the server computed the ages by its clock, even behind a cache), else the receive time.
    /// </summary>
    public static DateTimeOffset Choose(DateTimeOffset? dateHeader, DateTimeOffset receivedAt) =>
        dateHeader is { } header && (header - receivedAt).Duration() <= DateHeaderTolerance ? header : receivedAt;
}

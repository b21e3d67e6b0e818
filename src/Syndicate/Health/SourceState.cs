namespace Syndicate.Health;

/// <summary>How a source is doing, in one word.</summary>
public enum SourceState
{
    /// <summary>The last fetch read the page as before.</summary>
    Healthy,

    /// <summary>Something needs a look: a failure, a throttled source, a page without items, readable ages or placed datelines, or a structure change.</summary>
    Degraded,

    /// <summary>Failing repeatedly: the source backs off until it recovers.</summary>
    Failing,
}

namespace Syndicate.Metrics;

/// <summary>How a fetch ended, as the <c>outcome</c> label of <c>syndicate_fetches_total</c>.</summary>
public enum FetchOutcome
{
    Ok,
    NotModified,
    Failed,

    /// <summary>The guard refused the address, or the file lies outside the file root.</summary>
    Refused,

    /// <summary>The site answered 429 or 503.</summary>
    Throttled,
}

public static class FetchOutcomeLabels
{
    public static string Label(this FetchOutcome outcome) => outcome switch
    {
        FetchOutcome.Ok => "ok",
        FetchOutcome.NotModified => "not_modified",
        FetchOutcome.Refused => "refused",
        FetchOutcome.Throttled => "throttled",
        _ => "failed",
    };
}

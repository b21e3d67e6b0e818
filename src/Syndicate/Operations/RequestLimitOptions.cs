namespace Syndicate.Operations;

/// <summary>Limits on what a request may carry (<c>Syndicate:Requests</c>).</summary>
public sealed class RequestLimitOptions
{
    public const string Section = "Syndicate:Requests";

    /// <summary>The largest request body Kestrel reads; larger ones are answered 413. The admin API's JSON bodies are a few hundred bytes.</summary>
    public long MaxBodyBytes { get; set; } = 64 * 1024;
}

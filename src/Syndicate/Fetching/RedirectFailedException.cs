namespace Syndicate.Fetching;

/// <summary>A redirect chain that never reaches a page: a loop, or more hops than allowed. Not retried.</summary>
public sealed class RedirectFailedException(string message) : Exception(message);

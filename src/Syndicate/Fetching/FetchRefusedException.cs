namespace Syndicate.Fetching;

/// <summary>A fetch Syndicate will not make: a non-public address, a file outside the allowed folder.</summary>
public sealed class FetchRefusedException(string reason) : Exception(reason);

namespace Syndicate.Api;

/// <summary>A query parameter a feed URL cannot take, and why.</summary>
public sealed record InvalidQueryParameter(string Parameter, string Detail);

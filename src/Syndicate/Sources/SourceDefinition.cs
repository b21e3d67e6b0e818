using Syndicate.Core.Time;
using Syndicate.Core.Wire;

namespace Syndicate.Sources;

/// <summary>What a source is, apart from when it is polled: where its page is and how to read it.</summary>
/// <param name="Id">Unique, URL-safe name of the source.</param>
/// <param name="Url">An http or https URL, or a file path (relative paths from the content root).</param>
/// <param name="Language">The language the page prints ages in (two-letter code).</param>
/// <param name="TimeZone">The IANA time zone the site prints clock times in.</param>
/// <param name="Country">The ISO 3166-1 country the source reports from, if any.</param>
/// <param name="Section">The section items belong to when the page names none.</param>
/// <param name="AgeRounding">How the site rounds the ages it prints.</param>
public sealed record SourceDefinition(
    string Id, string Url, string Language, string TimeZone, string? Country, string? Section, AgeRounding AgeRounding)
{
    public const string DefaultLanguage = "nl";

    public const string DefaultTimeZone = "Europe/Amsterdam";

    /// <summary>CSS selectors for a page whose structure defeats the wire grammar, if any.</summary>
    public WireSelectors? Selectors { get; init; }

    /// <summary>Whether the source may reach loopback, private and link-local addresses.</summary>
    public bool AllowPrivateNetwork { get; init; }
}

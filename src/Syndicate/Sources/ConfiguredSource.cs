using Syndicate.Core.Time;
using Syndicate.Core.Wire;

namespace Syndicate.Sources;

/// <summary>A page Syndicate polls for wire items, as appsettings.json lists it (<c>Syndicate:Sources:N</c>).</summary>
public sealed class ConfiguredSource
{
    public const string DefaultSchedule = "0 */5 * * * ?";

    /// <summary>Unique, URL-safe name of the source.</summary>
    public string Id { get; set; } = "";

    /// <summary>An http or https URL, or a file path (relative paths from the repository root).</summary>
    public string Url { get; set; } = "";

    /// <summary>A Quartz cron expression (seconds first): "0 */5 * * * ?" polls every five minutes.</summary>
    public string Schedule { get; set; } = DefaultSchedule;

    /// <summary>The language the page prints ages in (two-letter code).</summary>
    public string Language { get; set; } = SourceDefinition.DefaultLanguage;

    /// <summary>The IANA time zone the site prints clock times in.</summary>
    public string TimeZone { get; set; } = SourceDefinition.DefaultTimeZone;

    /// <summary>The ISO 3166-1 country the source reports from; it wins close calls between same-named places.</summary>
    public string? Country { get; set; }

    /// <summary>The section items belong to when the page names none.</summary>
    public string? Section { get; set; }

    /// <summary>CSS selectors for a page whose structure defeats the wire grammar; used only when the grammar finds nothing.</summary>
    public WireSelectors? Selectors { get; set; }

    /// <summary>Whether this source may reach loopback, private and link-local addresses (an intranet page).</summary>
    public bool AllowPrivateNetwork { get; set; }

    /// <summary>How the site rounds the ages it prints.</summary>
    public AgeRounding AgeRounding { get; set; } = AgeRounding.Floor;

    public SourceDefinition ToDefinition() =>
        new(Id, Url, Language, TimeZone, Country, Section, AgeRounding) { Selectors = Selectors, AllowPrivateNetwork = AllowPrivateNetwork };
}

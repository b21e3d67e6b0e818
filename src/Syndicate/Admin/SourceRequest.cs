using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Syndicate.Core.Time;
using Syndicate.Core.Wire;
using Syndicate.Sources;

namespace Syndicate.Admin;

/// <summary>
/// A source's definition and schedule as the admin API reads them. <c>POST</c> takes a new source: <c>id</c> and
/// <c>url</c> are required, and fields left out take the defaults of a source in appsettings.json (language nl, time
/// zone Europe/Amsterdam, floor rounding, no private network, every five minutes). <c>PUT</c> takes every field but
/// <c>id</c> (null for none where a field is optional). <c>PATCH</c> takes a JSON Merge Patch of it.
/// </summary>
/// <param name="Id">1 to 64 lower-case letters, digits and hyphens. Required when adding; when changing it may be left out.</param>
/// <param name="Url">An http or https URL whose host resolves to a public address (unless private networks are allowed), or a file path under Syndicate:Fetch:FileRoot that exists.</param>
/// <param name="Language">The language the page prints ages in: nl, en, de, fr or es.</param>
/// <param name="TimeZone">The IANA time zone clock times on the page are in, and the schedule's cron is read in.</param>
/// <param name="Country">Optional: the ISO 3166-1 country the source reports from; it wins close calls between same-named places.</param>
/// <param name="Section">Optional: the section of items the page gives none.</param>
/// <param name="AgeRounding">How the site rounds ages: Floor ("16 minutes" means 16 to 17) or Round.</param>
/// <param name="AllowPrivateNetwork">Whether this source may reach loopback and private addresses (an intranet page).</param>
/// <param name="Selectors">Optional: CSS selectors for a page whose structure defeats the wire grammar (only item is required).</param>
/// <param name="Schedule">When to poll the source.</param>
public sealed record SourceRequest(
    string? Id = null,
    string? Url = null,
    string? Language = null,
    string? TimeZone = null,
    string? Country = null,
    string? Section = null,
    [property: JsonConverter(typeof(AgeRoundingNames))] AgeRounding? AgeRounding = null,
    bool? AllowPrivateNetwork = null,
    WireSelectors? Selectors = null,
    ScheduleRequest? Schedule = null)
{
    /// <summary>The fields a PUT must give: the whole definition but the id.</summary>
    public static readonly IReadOnlyList<string> Fields =
        ["url", "language", "timeZone", "country", "section", "ageRounding", "allowPrivateNetwork", "selectors", "schedule"];

    /// <summary>The fields no change may remove (the others may be null).</summary>
    public static readonly IReadOnlyList<string> RequiredFields = ["url", "language", "timeZone", "ageRounding", "allowPrivateNetwork", "schedule"];

    private static readonly ConfiguredSource Defaults = new();

    public static SourceRequest From(RegisteredSource source)
    {
        var definition = source.Definition;
        return new SourceRequest(
            definition.Id,
            definition.Url,
            definition.Language,
            definition.TimeZone,
            definition.Country,
            definition.Section,
            definition.AgeRounding,
            definition.AllowPrivateNetwork,
            definition.Selectors,
            ScheduleRequest.From(source.Schedule));
    }

    /// <summary>
    /// Each of <paramref name="fields"/> that <paramref name="body"/> does not give, with <paramref name="problem"/>; an
    /// optional field may be given as null, a required one may not.
    /// </summary>
    public static Dictionary<string, string[]> Lacking(JsonObject body, IEnumerable<string> fields, string problem) =>
        fields
            .Where(field => !body.Any(p => string.Equals(p.Key, field, StringComparison.OrdinalIgnoreCase)
                                           && (p.Value is not null || !RequiredFields.Contains(field))))
            .ToDictionary(field => field, _ => new[] { problem });

    /// <summary>The definition and schedule asked for, and the problems with them keyed by field (schedule fields under <c>schedule.</c>).</summary>
    /// <param name="floor">The shortest poll interval allowed (<c>Syndicate:MinPollInterval</c>).</param>
    /// <param name="now">From when the schedule must fire.</param>
    public (SourceDefinition Definition, SourceSchedule? Schedule, Dictionary<string, string[]> Errors) Validate(string id, TimeSpan floor, DateTimeOffset now)
    {
        var definition = new SourceDefinition(
            id,
            Url ?? "",
            Language ?? Defaults.Language,
            TimeZone ?? Defaults.TimeZone,
            Country,
            Section,
            AgeRounding ?? Defaults.AgeRounding)
        {
            AllowPrivateNetwork = AllowPrivateNetwork ?? Defaults.AllowPrivateNetwork,
            Selectors = Selectors,
        };
        var errors = new Dictionary<string, string[]>();
        if (SourceRules.IdProblem(id) is { } idProblem)
        {
            errors["id"] = [idProblem];
        }

        foreach (var problem in SourceRules.DefinitionProblems(definition))
        {
            errors[JsonNamingPolicy.CamelCase.ConvertName(problem.Field)] = [problem.Problem];
        }

        var (schedule, scheduleErrors) = (Schedule ?? new ScheduleRequest(ConfiguredSource.DefaultSchedule))
            .Validate("schedule.", definition.TimeZone, floor, now);
        foreach (var (field, problems) in scheduleErrors)
        {
            errors[field] = problems;
        }

        return (definition, schedule, errors);
    }
}

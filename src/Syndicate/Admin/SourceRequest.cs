using System.Text.Json;
using System.Text.Json.Serialization;
using Syndicate.Core.Time;
using Syndicate.Sources;

namespace Syndicate.Admin;

/// <summary>
/// A source to add, or a source's new definition. Fields left out take the defaults of a source in
/// appsettings.json (language nl, time zone Europe/Amsterdam, floor rounding, every five minutes).
/// </summary>
/// <param name="Id">Required when adding: 1 to 64 lower-case letters, digits and hyphens. When updating it may be left out.</param>
/// <param name="Url">An http or https URL, or a file path.</param>
/// <param name="Schedule">When adding, the schedule (default every five minutes); when updating, left out keeps the current one.</param>
public sealed record SourceRequest(
    string? Id,
    string? Url,
    string? Language,
    string? TimeZone,
    string? Country,
    string? Section,
    [property: JsonConverter(typeof(JsonStringEnumConverter<AgeRounding>))] AgeRounding? AgeRounding,
    ScheduleRequest? Schedule)
{
    /// <summary>The definition asked for, and the problems with it (and with its schedule, if given) keyed by field.</summary>
    public (SourceDefinition Definition, SourceSchedule? Schedule, Dictionary<string, string[]> Errors) Validate(string id)
    {
        var defaults = new ConfiguredSource();
        var definition = new SourceDefinition(
            id,
            Url ?? "",
            Language ?? defaults.Language,
            TimeZone ?? defaults.TimeZone,
            Country,
            Section,
            AgeRounding ?? defaults.AgeRounding);
        var errors = new Dictionary<string, string[]>();
        if (SourceRules.IdProblem(id) is { } idProblem)
        {
            errors["id"] = [idProblem];
        }

        foreach (var problem in SourceRules.DefinitionProblems(definition))
        {
            errors[JsonNamingPolicy.CamelCase.ConvertName(problem.Field)] = [problem.Problem];
        }

        SourceSchedule? schedule = null;
        if (Schedule is not null)
        {
            (schedule, var scheduleErrors) = Schedule.Validate("schedule.");
            foreach (var (field, problems) in scheduleErrors)
            {
                errors[field] = problems;
            }
        }

        return (definition, schedule, errors);
    }
}

using Microsoft.Extensions.Options;
using Syndicate.Settings;

namespace Syndicate.Sources;

/// <summary>
/// Every configured source must be valid, have its own id, and have a schedule that fires and polls no more often
/// than <c>Syndicate:MinPollInterval</c>; each problem names the source's setting. A file with such a problem stops
/// the start, and a changed file with one is not imported.
/// </summary>
public sealed class ConfiguredSourcesValidator(TimeProvider clock) : IValidateOptions<ConfiguredSourcesOptions>
{
    private static readonly TimeSpan ShortestFloor = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LongestFloor = TimeSpan.FromDays(1);

    public ValidateOptionsResult Validate(string? name, ConfiguredSourcesOptions options)
    {
        var problems = new List<string>();
        var floor = options.MinPollInterval;
        if (floor < ShortestFloor || floor > LongestFloor)
        {
            problems.Add($"Syndicate:MinPollInterval {floor} must be between {ShortestFloor} and {LongestFloor}.");
            floor = new ConfiguredSourcesOptions().MinPollInterval;
        }

        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < options.Sources.Count; i++)
        {
            var source = options.Sources[i];
            var path = $"Syndicate:Sources:{i}";
            if (SourceRules.IdProblem(source.Id) is { } idProblem)
            {
                problems.Add($"{path}:Id {idProblem}");
            }
            else if (!ids.Add(source.Id))
            {
                problems.Add($"{path}:Id '{source.Id}' is used by another source; ids must be unique.");
            }

            problems.AddRange(SourceRules.DefinitionProblems(source.ToDefinition()).Select(p => $"{path}:{p.Field} {p.Problem}"));
            if (SourceRules.ScheduleProblem(new SourceSchedule.Cron(source.Schedule), source.TimeZone, floor, clock.GetUtcNow()) is { } schedule)
            {
                problems.Add($"{path}:Schedule {schedule}");
            }
        }

        return ValidatedOptions.Result(problems);
    }
}

using Microsoft.Extensions.Options;
using Syndicate.Settings;

namespace Syndicate.Sources;

/// <summary>Every configured source must be valid and have its own id; each problem names the source's setting.</summary>
public sealed class ConfiguredSourcesValidator : IValidateOptions<ConfiguredSourcesOptions>
{
    public ValidateOptionsResult Validate(string? name, ConfiguredSourcesOptions options)
    {
        var problems = new List<string>();
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
            if (SourceRules.CronProblem(source.Schedule) is { } cron)
            {
                problems.Add($"{path}:Schedule {cron}");
            }
        }

        return ValidatedOptions.Result(problems);
    }
}

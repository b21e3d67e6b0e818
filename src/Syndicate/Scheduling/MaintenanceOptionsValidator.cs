using Microsoft.Extensions.Options;
using Syndicate.Sources;

namespace Syndicate.Scheduling;

public sealed class MaintenanceOptionsValidator : IValidateOptions<MaintenanceOptions>
{
    public ValidateOptionsResult Validate(string? name, MaintenanceOptions options) =>
        SourceRules.CronProblem(options.Schedule) is { } problem
            ? ValidateOptionsResult.Fail($"{MaintenanceOptions.Section}:Schedule {problem}")
            : ValidateOptionsResult.Success;
}

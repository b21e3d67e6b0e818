using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using Syndicate.Settings;

namespace Syndicate.Scheduling;

public sealed partial class SchedulingOptionsValidator : IValidateOptions<SchedulingOptions>
{
    private static readonly TimeSpan LongestStartDelay = TimeSpan.FromHours(1);

    public ValidateOptionsResult Validate(string? name, SchedulingOptions options)
    {
        var problems = new List<string>();
        if (!SchedulerName().IsMatch(options.SchedulerName))
        {
            problems.Add($"Syndicate:SchedulerName '{options.SchedulerName}' must be 1 to 80 letters, digits, hyphens or underscores, such as syndicate.");
        }

        if (options.SchedulerStartDelay < TimeSpan.Zero || options.SchedulerStartDelay > LongestStartDelay)
        {
            problems.Add($"Syndicate:SchedulerStartDelay {options.SchedulerStartDelay} must be between 00:00:00 and 01:00:00.");
        }

        if (options.MaxConcurrentIngests is < 1 or > 100_000)
        {
            problems.Add($"Syndicate:MaxConcurrentIngests {options.MaxConcurrentIngests} must be between 1 and 100000, such as 1000 (at least as many as sources fire together).");
        }

        return ValidatedOptions.Result(problems);
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,80}$")]
    private static partial Regex SchedulerName();
}

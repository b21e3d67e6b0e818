using Microsoft.Extensions.Options;
using Syndicate.Settings;

namespace Syndicate.Scheduling;

public sealed class ClusterOptionsValidator : IValidateOptions<ClusterOptions>
{
    private static readonly TimeSpan Shortest = TimeSpan.FromSeconds(1);

    private static readonly TimeSpan Longest = TimeSpan.FromHours(1);

    public ValidateOptionsResult Validate(string? name, ClusterOptions options)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(options.InstanceId) || options.InstanceId.Length > 200)
        {
            problems.Add("Syndicate:Cluster:InstanceId must be 1 to 200 characters, or AUTO (the default) for a unique one per node.");
        }

        foreach (var (setting, value) in new[]
        {
            ("CheckinInterval", options.CheckinInterval),
            ("CheckinMisfireThreshold", options.CheckinMisfireThreshold),
            ("MisfireThreshold", options.MisfireThreshold),
        })
        {
            if (value < Shortest || value > Longest)
            {
                problems.Add($"Syndicate:Cluster:{setting} {value} must be between 00:00:01 and 01:00:00.");
            }
        }

        return ValidatedOptions.Result(problems);
    }
}

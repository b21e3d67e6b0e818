using Microsoft.Extensions.Options;
using Syndicate.Settings;
using Syndicate.Sources;
using Syndicate.Storage;

namespace Syndicate.Scheduling;

/// <summary>The cluster's intervals, and on PostgreSQL (where they are used) a misfire threshold no longer than the shortest poll interval.</summary>
public sealed class ClusterOptionsValidator(IOptions<StorageOptions> storage, IOptions<ConfiguredSourcesOptions> sources) : IValidateOptions<ClusterOptions>
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

        var floor = sources.Value.MinPollInterval;
        if (storage.Value.Storage.Parsed == StorageProvider.Postgres && options.MisfireThreshold > floor)
        {
            problems.Add(
                $"Syndicate:Cluster:MisfireThreshold {options.MisfireThreshold} must not be longer than Syndicate:MinPollInterval {floor}: "
                + "a fire held up longer than a poll interval would run with the fires behind it in a burst.");
        }

        return ValidatedOptions.Result(problems);
    }
}

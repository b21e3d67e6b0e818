using Microsoft.Extensions.Options;
using Syndicate.Settings;

namespace Syndicate.Storage;

/// <summary>Every retention limit in its range, each problem naming the setting and a value that works.</summary>
public sealed class RetentionOptionsValidator : IValidateOptions<RetentionOptions>
{
    private static readonly TimeSpan ShortestAge = TimeSpan.FromHours(1);

    public ValidateOptionsResult Validate(string? name, RetentionOptions r)
    {
        var problems = new List<string>();
        void Check(bool ok, string problem)
        {
            if (!ok)
            {
                problems.Add($"{RetentionOptions.Section}:{problem}");
            }
        }

        Check(r.ItemsMaxAge == TimeSpan.Zero || r.ItemsMaxAge >= ShortestAge,
            $"ItemsMaxAge {r.ItemsMaxAge} must be at least 01:00:00, or 00:00:00 to keep items forever (default 90.00:00:00).");
        Check(r.SightingsMaxAge >= ShortestAge, $"SightingsMaxAge {r.SightingsMaxAge} must be at least 01:00:00 (default 30.00:00:00).");
        Check(r.FetchesMaxAge >= ShortestAge, $"FetchesMaxAge {r.FetchesMaxAge} must be at least 01:00:00 (default 30.00:00:00).");
        Check(r.MaxItemsPerPage >= 1, $"MaxItemsPerPage {r.MaxItemsPerPage} must be at least 1 (default 500).");
        Check(r.MaxItemsPerSource >= r.MaxItemsPerPage,
            $"MaxItemsPerSource {r.MaxItemsPerSource} must be at least MaxItemsPerPage ({r.MaxItemsPerPage}), or the items of one page would be deleted (default 50000).");
        Check(r.MaxSightingsPerSource >= 1 && r.MaxSightings >= r.MaxSightingsPerSource,
            $"MaxSightingsPerSource {r.MaxSightingsPerSource} must be at least 1 and MaxSightings {r.MaxSightings} at least as large (defaults 100000 and 1000000).");
        Check(r.MaxFetchesPerSource >= FetchStore.HistoryLength && r.MaxFetches >= r.MaxFetchesPerSource,
            $"MaxFetchesPerSource {r.MaxFetchesPerSource} must be at least {FetchStore.HistoryLength} (the schedule suggestion reads that many) and MaxFetches {r.MaxFetches} at least as large (defaults 1000 and 100000).");
        return ValidatedOptions.Result(problems);
    }
}

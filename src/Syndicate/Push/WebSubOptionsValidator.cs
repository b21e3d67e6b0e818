using Microsoft.Extensions.Options;
using Syndicate.Settings;

namespace Syndicate.Push;

/// <summary>Every WebSub setting in its range, each problem naming the setting and a value that works.</summary>
public sealed class WebSubOptionsValidator : IValidateOptions<WebSubOptions>
{
    public ValidateOptionsResult Validate(string? name, WebSubOptions w)
    {
        var problems = new List<string>();
        void Check(bool ok, string problem)
        {
            if (!ok)
            {
                problems.Add($"{WebSubOptions.Section}:{problem}");
            }
        }

        Check(w.MinLease >= TimeSpan.FromMinutes(1) && w.MaxLease >= w.MinLease && w.DefaultLease >= w.MinLease && w.DefaultLease <= w.MaxLease,
            "MinLease must be at least a minute, MaxLease at least MinLease, and DefaultLease between them (such as 01:00:00, 30.00:00:00 and 10.00:00:00).");
        Check(w.CallbackTimeout > TimeSpan.Zero && w.CallbackTimeout <= TimeSpan.FromMinutes(5), "CallbackTimeout must be positive and at most 00:05:00 (default 00:00:10).");
        Check(w.MaxResponseBytes is >= 1024 and <= 16 * 1024 * 1024, "MaxResponseBytes must be between 1024 and 16777216 (default 65536).");
        Check(w.RetryDelay > TimeSpan.Zero && w.GiveUpAfter >= w.RetryDelay,
            "RetryDelay must be positive and GiveUpAfter at least as long (such as 00:00:30 and 06:00:00).");
        Check(w.MaxSubscriptions is >= 1 and <= 10_000_000, "MaxSubscriptions must be between 1 and 10000000 (default 10000).");
        Check(w.MaxConcurrentRequests is >= 1 and <= 256, "MaxConcurrentRequests must be between 1 and 256 (default 8).");
        return ValidatedOptions.Result(problems);
    }
}

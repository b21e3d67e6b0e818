using Microsoft.Extensions.Options;

namespace Syndicate.Operations;

public sealed class RateLimitOptionsValidator : IValidateOptions<RateLimitOptions>
{
    public ValidateOptionsResult Validate(string? name, RateLimitOptions options) =>
        options.RequestsPerMinute is >= 1 and <= 100_000_000
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"{RateLimitOptions.Section}:RequestsPerMinute {options.RequestsPerMinute} must be between 1 and 100000000 (default 600).");
}

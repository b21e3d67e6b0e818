using Microsoft.Extensions.Options;

namespace Syndicate.Operations;

public sealed class RequestLimitOptionsValidator : IValidateOptions<RequestLimitOptions>
{
    public ValidateOptionsResult Validate(string? name, RequestLimitOptions options) =>
        options.MaxBodyBytes is >= 1024 and <= 100 * 1024 * 1024
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"{RequestLimitOptions.Section}:MaxBodyBytes {options.MaxBodyBytes} must be between 1024 and 104857600 (default 65536).");
}

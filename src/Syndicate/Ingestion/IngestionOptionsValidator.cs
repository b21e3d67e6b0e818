using Microsoft.Extensions.Options;

namespace Syndicate.Ingestion;

public sealed class IngestionOptionsValidator : IValidateOptions<IngestionOptions>
{
    public ValidateOptionsResult Validate(string? name, IngestionOptions options) =>
        options.MaxPageBytes < 1024
            ? ValidateOptionsResult.Fail($"Syndicate:MaxPageBytes {options.MaxPageBytes} is too small; pages need at least 1024 bytes (default 5242880).")
            : ValidateOptionsResult.Success;
}

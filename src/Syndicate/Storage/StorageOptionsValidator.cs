using Microsoft.Extensions.Options;

namespace Syndicate.Storage;

public sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options) =>
        string.IsNullOrWhiteSpace(options.DatabasePath)
            ? ValidateOptionsResult.Fail("Syndicate:DatabasePath is empty; give a file path such as data/syndicate.db.")
            : ValidateOptionsResult.Success;
}

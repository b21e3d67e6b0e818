using Microsoft.Extensions.Options;
using Syndicate.Settings;

namespace Syndicate.Archives;

public sealed class ArchiveOptionsValidator : IValidateOptions<ArchiveOptions>
{
    public ValidateOptionsResult Validate(string? name, ArchiveOptions options) => ValidatedOptions.Result(
        options.CloseAfter >= TimeSpan.Zero && options.CloseAfter < TimeSpan.FromDays(1)
            ? []
            : [$"{ArchiveOptions.Section}:CloseAfter {options.CloseAfter} must be at least 00:00:00 and less than a day (default 02:00:00)."]);
}

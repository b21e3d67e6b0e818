using Microsoft.Extensions.Options;

namespace Syndicate.Admin;

/// <summary>A key too short to resist guessing stops the server at start-up; the message never shows the key.</summary>
public sealed class AdminOptionsValidator : IValidateOptions<AdminOptions>
{
    public ValidateOptionsResult Validate(string? name, AdminOptions options) =>
        options.ApiKey is { } key && key.Length is > 0 and < AdminOptions.MinimumKeyLength
            ? ValidateOptionsResult.Fail(
                $"Syndicate:Admin:ApiKey (or {AdminOptions.KeyVariable}) is {key.Length} characters long; use at least {AdminOptions.MinimumKeyLength}, for example the output of: openssl rand -hex 32.")
            : ValidateOptionsResult.Success;
}

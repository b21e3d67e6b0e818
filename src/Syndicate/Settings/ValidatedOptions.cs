using Microsoft.Extensions.Options;

namespace Syndicate.Settings;

/// <summary>
/// The one way a setting is registered: bound from its configuration section and checked at start-up by a
/// validator class that names the setting and the fix, so a bad value stops the server before it serves.
/// </summary>
public static class ValidatedOptions
{
    public static OptionsBuilder<TOptions> AddValidatedOptions<TOptions, TValidator>(
        this IServiceCollection services, IConfiguration configuration, string section)
        where TOptions : class
        where TValidator : class, IValidateOptions<TOptions>
    {
        services.AddSingleton<IValidateOptions<TOptions>, TValidator>();
        return services.AddOptions<TOptions>().Bind(configuration.GetSection(section)).ValidateOnStart();
    }

    /// <summary>The validation result for a list of problems, each a sentence naming its setting.</summary>
    public static ValidateOptionsResult Result(IReadOnlyCollection<string> problems) =>
        problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
}

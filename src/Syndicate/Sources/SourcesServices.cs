using Syndicate.Settings;

namespace Syndicate.Sources;

public static class SourcesServices
{
    /// <summary>The sources listed in appsettings.json, checked at start-up.</summary>
    public static IServiceCollection AddConfiguredSources(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<ConfiguredSourcesOptions, ConfiguredSourcesValidator>(configuration, ConfiguredSourcesOptions.Section);
        return services;
    }
}

using Microsoft.Extensions.Options;

namespace Syndicate.Admin;

public static class AdminServices
{
    /// <summary>The admin key (from <c>Syndicate:Admin:ApiKey</c>, else <c>SYNDICATE_ADMIN_KEY</c>), the sign-in throttle and the OpenAPI document.</summary>
    public static IServiceCollection AddSyndicateAdmin(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AdminOptions>()
            .Bind(configuration.GetSection(AdminOptions.Section))
            .PostConfigure(options =>
            {
                if (string.IsNullOrEmpty(options.ApiKey))
                {
                    options.ApiKey = configuration[AdminOptions.KeyVariable];
                }
            })
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<AdminOptions>, AdminOptionsValidator>();
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<AdminSignIn>();
        services.AddOpenApi();
        return services;
    }

    /// <summary>The admin page, the admin API, and the OpenAPI document at <c>/openapi/v1.json</c>.</summary>
    public static IEndpointRouteBuilder MapSyndicateAdmin(this IEndpointRouteBuilder app)
    {
        app.MapAdminPage();
        app.MapAdminApi();
        app.MapOpenApi();
        return app;
    }
}

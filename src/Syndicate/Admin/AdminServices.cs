using Syndicate.Settings;

namespace Syndicate.Admin;

public static class AdminServices
{
    /// <summary>
    /// The admin key (from <c>Syndicate:Admin:ApiKey</c>, else <c>SYNDICATE_ADMIN_KEY</c>), the sign-in throttle, the door
    /// check of new and changed sources, and the OpenAPI document.
    /// </summary>
    public static IServiceCollection AddAdmin(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<AdminOptions, AdminOptionsValidator>(configuration, AdminOptions.Section)
            .PostConfigure(options =>
            {
                if (string.IsNullOrEmpty(options.ApiKey))
                {
                    options.ApiKey = configuration[AdminOptions.KeyVariable];
                }
            });
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<AdminSignIn>();
        services.AddSingleton<SourceReachability>();
        services.AddOpenApi();
        return services;
    }

    /// <summary>The admin page, the admin API, and the OpenAPI document at <c>/openapi/v1.json</c>.</summary>
    public static IEndpointRouteBuilder MapAdmin(this IEndpointRouteBuilder app)
    {
        app.MapAdminPage();
        app.MapAdminApi();
        app.MapOpenApi();
        return app;
    }
}

using Syndicate.Fetching;
using Syndicate.Publishing;
using Syndicate.Settings;

namespace Syndicate.Push;

public static class PushServices
{
    /// <summary>
    /// The built-in WebSub hub: its settings, the subscriptions in the database, the guarded client for callbacks,
    /// the verification of intent, and the content distribution told of every publish.
    /// </summary>
    public static IServiceCollection AddPush(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<WebSubOptions, WebSubOptionsValidator>(configuration, WebSubOptions.Section);
        services.AddGuardedHttpClient(CallbackClient.HttpClientName)
            .ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan);
        services.AddSingleton<CallbackClient>();
        services.AddSingleton<SubscriptionStore>();
        services.AddSingleton<HubTasks>();
        services.AddHostedService(sp => sp.GetRequiredService<HubTasks>());
        services.AddSingleton<IntentVerification>();
        services.AddSingleton<ContentDistribution>();
        services.AddSingleton<IPublicationObserver>(sp => sp.GetRequiredService<ContentDistribution>());
        return services;
    }

    /// <summary>The hub's endpoint, <c>/websub</c>.</summary>
    public static IEndpointRouteBuilder MapPush(this IEndpointRouteBuilder app) => app.MapHubApi();
}

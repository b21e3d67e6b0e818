using System.Net;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using Syndicate.Settings;

namespace Syndicate.Fetching;

/// <summary>
/// The HTTP client sources are fetched with: guarded connections pooled per network reach (public only, or
/// private networks allowed), redirects followed and checked hop by hop, a descriptive User-Agent, per-host
/// politeness (for the host a fetch starts at, around all its attempts), the body read within each attempt, and the standard resilience pipeline (attempt and total
/// timeouts, jittered retries on transient failures of GETs only, a circuit breaker per host). 429 and 503
/// are not retried: they postpone the source instead.
/// </summary>
public static class FetchingServices
{
    public static IServiceCollection AddFetching(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<FetchOptions, FetchOptionsValidator>(configuration, FetchOptions.Section);
        services.AddSingleton<HostPoliteness>();
        services.AddTransient<HostPolitenessHandler>();
        services.AddTransient<ResponseBodyReader>();

        // Politeness is outside the resilience pipeline: waiting for the host's turn (a queue of a host's sources that fire
        // together) is not part of an attempt's or a fetch's timeout, and the retries of a fetch happen within its turn.
        services.AddGuardedHttpClient(PageFetcher.HttpClientName)
            .AddHttpMessageHandler<HostPolitenessHandler>()
            .ConfigureHttpClient((sp, client) =>
            {
                client.Timeout = Timeout.InfiniteTimeSpan;
                client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", Fetch(sp).UserAgent);
            })
            .AddStandardResilienceHandler()
            .Configure((resilience, sp) =>
            {
                var fetch = Fetch(sp);
                resilience.AttemptTimeout.Timeout = fetch.AttemptTimeout;
                resilience.TotalRequestTimeout.Timeout = fetch.TotalTimeout;
                resilience.Retry.MaxRetryAttempts = fetch.Retries;
                resilience.Retry.UseJitter = true;
                resilience.Retry.Delay = fetch.RetryDelay;
                resilience.Retry.ShouldRetryAfterHeader = false;
                resilience.Retry.ShouldHandle = args => ValueTask.FromResult(IsRetryable(args.Outcome));
                resilience.Retry.DisableForUnsafeHttpMethods();
                resilience.CircuitBreaker.SamplingDuration = TimeSpan.FromTicks(Math.Max(fetch.AttemptTimeout.Ticks * 2, TimeSpan.FromMinutes(5).Ticks));
                resilience.CircuitBreaker.MinimumThroughput = 4;
                resilience.CircuitBreaker.FailureRatio = 0.9;
                resilience.CircuitBreaker.ShouldHandle = args => ValueTask.FromResult(IsRetryable(args.Outcome));
            })
            .SelectPipelineByAuthority();
        services.AddHttpClient(PageFetcher.HttpClientName)
            .AddHttpMessageHandler<ResponseBodyReader>()
            .AddHttpMessageHandler<RedirectGuard>();
        services.AddSingleton(sp => new PageFetcher(
            sp.GetRequiredService<IHttpClientFactory>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IOptionsMonitor<FetchOptions>>(),
            sp.GetRequiredService<IHostEnvironment>().ContentRootPath,
            Fetch(sp).FileRoot));
        return services;
    }

    /// <summary>
    /// A named client for requests Syndicate makes to addresses others chose (sources now, WebSub callbacks later):
    /// its connections go through <see cref="GuardedConnector"/>, pooled per <see cref="NetworkReach"/> (set it on a
    /// request with <see cref="GuardedConnectionPools.Reach"/>; public only when unset). Redirects are not followed;
    /// add <see cref="RedirectGuard"/> to follow them hop by hop, inside any retry policy. A resolver or connector
    /// registered before (a test's) is kept.
    /// </summary>
    public static IHttpClientBuilder AddGuardedHttpClient(this IServiceCollection services, string name)
    {
        services.TryAddSingleton<IHostNameResolver, DnsHostNameResolver>();
        services.TryAddSingleton<ISocketConnector, TcpSocketConnector>();
        services.TryAddSingleton<GuardedConnector>();
        services.TryAddTransient<RedirectGuard>();
        return services.AddHttpClient(name).ConfigurePrimaryHttpMessageHandler(sp => new GuardedConnectionPools(sp.GetRequiredService<GuardedConnector>()));
    }

    /// <summary>Transient failures are retried; a refused address or redirect, a redirect loop, 429 and 503 are not.</summary>
    private static bool IsRetryable(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException { InnerException: FetchRefusedException } } => false,
        { Exception: FetchRefusedException or RedirectFailedException } => false,
        { Result.StatusCode: HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable } => false,
        _ => HttpClientResiliencePredicates.IsTransient(outcome),
    };

    private static FetchOptions Fetch(IServiceProvider services) => services.GetRequiredService<IOptionsMonitor<FetchOptions>>().CurrentValue;
}

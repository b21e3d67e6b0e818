using System.Net;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using Syndicate.Settings;

namespace Syndicate.Fetching;

/// <summary>
/// The HTTP client sources are fetched with: guarded connections (public addresses only), a
/// descriptive User-Agent, limited redirects, per-host politeness, and the standard resilience
/// pipeline (attempt and total timeouts, jittered retries on transient failures only, a circuit
/// breaker per host). 429 and 503 are not retried: they postpone the source instead.
/// </summary>
public static class FetchingServices
{
    public static IServiceCollection AddFetching(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<FetchOptions, FetchOptionsValidator>(configuration, FetchOptions.Section);
        services.TryAddSingleton<IHostNameResolver, DnsHostNameResolver>();
        services.TryAddSingleton<ISocketConnector, TcpSocketConnector>();
        services.AddSingleton<GuardedConnector>();
        services.AddSingleton<HostPoliteness>();
        services.AddTransient<HostPolitenessHandler>();

        services.AddHttpClient(PageFetcher.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(sp => new SocketsHttpHandler
            {
                ConnectCallback = sp.GetRequiredService<GuardedConnector>().ConnectAsync,
                UseProxy = false,
                AllowAutoRedirect = true,
                MaxAutomaticRedirections = Fetch(sp).MaxRedirects,
                AutomaticDecompression = DecompressionMethods.All,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            })
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
                resilience.CircuitBreaker.SamplingDuration = TimeSpan.FromTicks(Math.Max(fetch.AttemptTimeout.Ticks * 2, TimeSpan.FromMinutes(5).Ticks));
                resilience.CircuitBreaker.MinimumThroughput = 4;
                resilience.CircuitBreaker.FailureRatio = 0.9;
                resilience.CircuitBreaker.ShouldHandle = args => ValueTask.FromResult(IsRetryable(args.Outcome));
            })
            .SelectPipelineByAuthority();
        services.AddHttpClient(PageFetcher.HttpClientName).AddHttpMessageHandler<HostPolitenessHandler>();
        services.AddSingleton(sp => new PageFetcher(
            sp.GetRequiredService<IHttpClientFactory>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IHostEnvironment>().ContentRootPath,
            Fetch(sp).FileRoot));
        return services;
    }

    /// <summary>Transient failures are retried; a refused address, 429 and 503 are not.</summary>
    private static bool IsRetryable(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException { InnerException: FetchRefusedException } } => false,
        { Result.StatusCode: HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable } => false,
        _ => HttpClientResiliencePredicates.IsTransient(outcome),
    };

    private static FetchOptions Fetch(IServiceProvider services) => services.GetRequiredService<IOptionsMonitor<FetchOptions>>().CurrentValue;
}

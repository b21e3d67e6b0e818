using System.Net;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using Syndicate.Configuration;
using Syndicate.Sources;

namespace Syndicate.Hosting;

/// <summary>
/// The HTTP client sources are fetched with: guarded connections (public addresses only), a
/// descriptive User-Agent, limited redirects, per-host politeness, and the standard resilience
/// pipeline (attempt and total timeouts, jittered retries on transient failures only, a circuit
/// breaker per host). 429 and 503 are not retried: they postpone the source instead.
/// </summary>
public static class SourceHttpClient
{
    public static IServiceCollection AddSourceHttpClient(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<FetchOptions>()
            .Bind(configuration.GetSection(FetchOptions.Section))
            .Validate(f => f.AttemptTimeout > TimeSpan.Zero && f.TotalTimeout >= f.AttemptTimeout, "Syndicate:Fetch:AttemptTimeout must be positive and TotalTimeout at least as long (such as 00:00:10 and 00:00:30).")
            .Validate(f => f.Retries is >= 1 and <= 10, "Syndicate:Fetch:Retries must be between 1 and 10.")
            .Validate(f => f.MaxRedirects is >= 0 and <= 20, "Syndicate:Fetch:MaxRedirects must be between 0 and 20.")
            .Validate(f => f.MinHostSpacing >= TimeSpan.Zero && f.RetryDelay >= TimeSpan.Zero, "Syndicate:Fetch:MinHostSpacing and RetryDelay must not be negative.")
            .ValidateOnStart();
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

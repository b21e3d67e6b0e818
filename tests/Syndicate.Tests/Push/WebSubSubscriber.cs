using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Syndicate.Tests.Push;

/// <summary>
/// A WebSub subscriber on Kestrel at 127.0.0.1, as a feed reader would run one: its callback confirms a verification
/// of intent by echoing the challenge (or answers as a test tells it), records every request the hub sends, and
/// checks each distribution's X-Hub-Signature against the secret it believes it gave.
/// </summary>
internal sealed class WebSubSubscriber : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Verification> _verifications = new();
    private readonly ConcurrentQueue<Distribution> _distributions = new();

    private WebSubSubscriber(WebApplication app) => _app = app;

    /// <summary>A GET the hub sent: its query parameters.</summary>
    public sealed record Verification(IReadOnlyDictionary<string, string> Parameters)
    {
        public string this[string name] => Parameters.GetValueOrDefault(name, "");
    }

    /// <summary>A POST the hub sent, and whether its signature matched the secret the subscriber holds.</summary>
    public sealed record Distribution(byte[] Body, string ContentType, IReadOnlyList<string> Links, string? Signature, bool? SignatureMatches);

    /// <summary>What the callback answers a verification: the challenge by default.</summary>
    public Func<Verification, IResult> AnswerVerification { get; set; } = v => Results.Text(v["hub.challenge"], "text/plain");

    /// <summary>The status the callback answers a distribution with (200 by default).</summary>
    public int DistributionStatus { get; set; } = StatusCodes.Status200OK;

    /// <summary>The secret the subscriber checks signatures against; null checks nothing.</summary>
    public string? Secret { get; set; }

    public Uri Root => new(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    public Uri Callback => new(Root, "/callback?reader=1");

    public IReadOnlyList<Verification> Verifications => [.. _verifications];

    public IReadOnlyList<Distribution> Distributions => [.. _distributions];

    public static async Task<WebSubSubscriber> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var subscriber = new WebSubSubscriber(app);
        app.MapGet("/callback", (Delegate)subscriber.Verify);
        app.MapPost("/callback", (Delegate)subscriber.ReceiveAsync);
        await app.StartAsync();
        return subscriber;
    }

    public static bool SignatureMatches(string secret, byte[] body, string? signature) =>
        signature is not null
        && CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes("sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body))),
            Encoding.ASCII.GetBytes(signature));

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private IResult Verify(HttpContext context)
    {
        var verification = new Verification(context.Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.Ordinal));
        _verifications.Enqueue(verification);
        return AnswerVerification(verification);
    }

    private async Task<IResult> ReceiveAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer);
        var body = buffer.ToArray();
        var signature = context.Request.Headers["X-Hub-Signature"].ToString() is { Length: > 0 } s ? s : null;
        _distributions.Enqueue(new Distribution(
            body,
            context.Request.ContentType ?? "",
            [.. context.Request.Headers.Link.SelectMany(l => l!.Split(", "))],
            signature,
            Secret is null ? null : SignatureMatches(Secret, body, signature)));
        return Results.StatusCode(DistributionStatus);
    }
}

using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Syndicate.Operations;

/// <summary>
/// The JSON of <c>/healthz</c> and <c>/readyz</c>:
/// <c>{"status":"Degraded","checks":{"sources":{"status":"Degraded","description":"...","data":{...}}}}</c>.
/// </summary>
public static class HealthResponse
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        var body = new Report(
            report.Status.ToString(),
            report.Entries.ToDictionary(e => e.Key, e => new Check(e.Value.Status.ToString(), e.Value.Description, e.Value.Data)));
        return JsonSerializer.SerializeAsync(context.Response.Body, body, Json, context.RequestAborted);
    }

    private sealed record Report(string Status, IReadOnlyDictionary<string, Check> Checks);

    private sealed record Check(string Status, string? Description, IReadOnlyDictionary<string, object> Data);
}

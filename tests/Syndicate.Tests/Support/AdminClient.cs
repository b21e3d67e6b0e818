using System.Net.Http.Json;
using System.Text;
using Syndicate.Admin;

namespace Syndicate.Tests.Support;

/// <summary>Admin API calls the tests make often, read back into the server's own contracts.</summary>
internal static class AdminClient
{
    /// <summary>A JSON Merge Patch body.</summary>
    public static StringContent MergePatchBody(string json) => new(json, Encoding.UTF8, "application/merge-patch+json");

    /// <summary>A JSON body exactly as written, for bodies an anonymous object cannot say (nulls, wrong types, bad JSON).</summary>
    public static StringContent JsonBody(string json) => new(json, Encoding.UTF8, "application/json");

    public static async Task<SourceStatus> GetSourceAsync(this HttpClient client, string id) =>
        (await client.GetFromJsonAsync<SourceStatus>($"/admin/api/sources/{id}", TestContext.Current.CancellationToken))!;

    public static async Task<FetchView[]> GetFetchesAsync(this HttpClient client, string id) =>
        (await client.GetFromJsonAsync<FetchView[]>($"/admin/api/sources/{id}/fetches", TestContext.Current.CancellationToken))!;

    public static async Task<SourceStatus> PutScheduleAsync(this HttpClient client, string id, object schedule)
    {
        using var response = await client.PutAsJsonAsync($"/admin/api/sources/{id}/schedule", schedule, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<SourceStatus>(TestContext.Current.CancellationToken))!;
    }

    public static async Task<SourceStatus> PostAsync(this HttpClient client, string id, string action)
    {
        using var response = await client.PostAsync($"/admin/api/sources/{id}/{action}", null, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<SourceStatus>(TestContext.Current.CancellationToken))!;
    }
}

using System.Text.Json.Nodes;

namespace Syndicate.Admin;

/// <summary>JSON Merge Patch (RFC 7396, <c>application/merge-patch+json</c>): what a PATCH of a source does to its document.</summary>
public static class MergePatch
{
    public const string MediaType = "application/merge-patch+json";

    /// <summary>
    /// The target with the patch applied (RFC 7396 §2): a member set to null is removed, an object is merged member by
    /// member, anything else replaces the member. Member names match the target's without regard to case, as the
    /// API reads them.
    /// </summary>
    public static JsonNode? Apply(JsonNode? target, JsonNode? patch)
    {
        if (patch is not JsonObject members)
        {
            return patch?.DeepClone();
        }

        var result = target is JsonObject existing ? (JsonObject)existing.DeepClone() : [];
        foreach (var (name, value) in members)
        {
            var key = result.Select(p => p.Key).FirstOrDefault(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase)) ?? name;
            if (value is null)
            {
                result.Remove(key);
            }
            else
            {
                result[key] = Apply(result[key], value);
            }
        }

        return result;
    }
}

using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Syndicate.Core.Feeds;

[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(JsonFeed))]
internal sealed partial class JsonFeedContext : JsonSerializerContext
{
    /// <summary>
    /// Writes letters such as "ï" as themselves rather than \u escapes: the document is UTF-8 JSON
    /// served as application/feed+json, never embedded in HTML, so only JSON's own escaping is needed.
    /// </summary>
    public static JsonFeedContext Utf8 { get; } = new(new JsonSerializerOptions
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    });
}

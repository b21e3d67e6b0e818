using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace Syndicate.Admin;

/// <summary>
/// A request body read as a JSON object and bound to a request type field by field, so that malformed JSON, a field
/// the type does not have, or a value of the wrong type answers a problem naming the field (<c>schedule.intervalSeconds</c>),
/// never an empty 400.
/// </summary>
public static class JsonBody
{
    /// <summary>The body as a JSON object, or the problem with it keyed by the field it is in (<c>body</c> when none).</summary>
    public static async Task<(JsonObject? Body, Dictionary<string, string[]> Errors)> ReadObjectAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
        {
            return (null, Error("body", $"must be JSON (Content-Type: application/json), not '{request.ContentType ?? "none"}'."));
        }

        try
        {
            return await JsonNode.ParseAsync(request.Body, cancellationToken: cancellationToken) is JsonObject body
                ? (body, [])
                : (null, Error("body", "must be a JSON object, such as {\"url\": \"https://example.org/news\"}."));
        }
        catch (JsonException e)
        {
            return (null, Error(FieldOf(e.Path), $"is not valid JSON: {e.Message}"));
        }
    }

    /// <summary>
    /// <paramref name="body"/> as a <typeparamref name="T"/>, or the problems with it keyed by field: each unknown field
    /// (with the ones there are) and each value of the wrong type (with the type it must have), nested objects included.
    /// </summary>
    public static (T? Value, Dictionary<string, string[]> Errors) Bind<T>(JsonObject body, JsonSerializerOptions options)
        where T : class
    {
        var errors = new Dictionary<string, string[]>();
        Check(body, options.GetTypeInfo(typeof(T)), "", options, errors);
        return errors.Count > 0 ? (null, errors) : (body.Deserialize<T>(options), errors);
    }

    private static void Check(JsonObject body, JsonTypeInfo type, string prefix, JsonSerializerOptions options, Dictionary<string, string[]> errors)
    {
        foreach (var (name, value) in body)
        {
            var field = prefix + name;
            var property = type.Properties.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
            if (property is null)
            {
                errors[field] = [$"is not a field here; the fields are {string.Join(", ", type.Properties.Select(p => p.Name))}."];
            }
            else if (value is JsonObject nested && options.GetTypeInfo(property.PropertyType) is { Kind: JsonTypeInfoKind.Object } nestedType)
            {
                Check(nested, nestedType, field + ".", options, errors);
            }
            else if (!Reads(type, name, value, options))
            {
                errors[field] = [$"must be {Expected(property.PropertyType)}, not {Found(value)}."];
            }
        }
    }

    /// <summary>Whether the value reads as its property, with the property's own converter: the type is read with that field alone.</summary>
    private static bool Reads(JsonTypeInfo type, string name, JsonNode? value, JsonSerializerOptions options)
    {
        try
        {
            new JsonObject { [name] = value?.DeepClone() }.Deserialize(type.Type, options);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string Expected(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return underlying switch
        {
            _ when underlying == typeof(string) => "a string",
            _ when underlying == typeof(bool) => "true or false",
            _ when underlying == typeof(int) || underlying == typeof(long) => "a whole number",
            { IsEnum: true } => $"one of {string.Join(", ", Enum.GetNames(underlying).Select(n => $"\"{n}\""))}",
            _ => "an object",
        };
    }

    private static string Found(JsonNode? value) => value?.GetValueKind() switch
    {
        null or JsonValueKind.Null => "null",
        JsonValueKind.String => $"the string {value.ToJsonString()}",
        JsonValueKind.Number => $"the number {value.ToJsonString()}",
        JsonValueKind.True or JsonValueKind.False => value.ToJsonString(),
        JsonValueKind.Array => "an array",
        _ => "an object",
    };

    private static string FieldOf(string? path) =>
        path is null || path.Length <= 2 ? "body" : path.TrimStart('$', '.');

    private static Dictionary<string, string[]> Error(string field, string problem) => new() { [field] = [problem] };
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace Syndicate.Core.Wire.Quality;

/// <summary>
/// One page of a labelled corpus: its language, the layout categories it shows, and the wire items a
/// reader finds on it, labelled by hand from the page's text (an <c>expected.json</c>).
/// </summary>
public sealed record LabelledPage(string Name, string Language, IReadOnlyList<string> Categories, IReadOnlyList<LabelledItem> Items)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Reads an <c>expected.json</c>; null with the reason when it is not one.</summary>
    public static LabelledPage? Parse(string name, string json, out string? problem)
    {
        problem = null;
        try
        {
            var file = JsonSerializer.Deserialize<ExpectedFile>(json, Json);
            if (file?.Lang is null || file.Items is null || file.Items.Any(i => i?.BodyStart is null))
            {
                problem = $"{name}: expected.json needs \"lang\" and \"items\", each item a \"bodyStart\".";
                return null;
            }

            return new LabelledPage(name, file.Lang, file.Categories ?? [], file.Items!);
        }
        catch (JsonException e)
        {
            problem = $"{name}: expected.json is not valid JSON ({e.Message}).";
            return null;
        }
    }

    private sealed record ExpectedFile(
        [property: JsonPropertyName("lang")] string? Lang,
        [property: JsonPropertyName("categories")] IReadOnlyList<string>? Categories,
        [property: JsonPropertyName("items")] IReadOnlyList<LabelledItem?>? Items);
}

/// <summary>An item as labelled: the fields a reader sees, and the opening words of its body.</summary>
public sealed record LabelledItem(
    string? Headline,
    string? Dateline,
    string? Place,
    IReadOnlyList<string> Agencies,
    string BodyStart,
    string? Age,
    string? Section,
    IReadOnlyList<string>? Services = null);

using System.Text.Json;

namespace Syndicate.Tests.Conformance;

/// <summary>
/// The rules of JSON Feed 1.1 (jsonfeed.org/version/1.1) a document can break: required members and their types,
/// "strongly recommended" ones as warnings, unique item ids, RFC 3339 dates, authors with at least one member, and
/// members the specification does not define only as extensions (a leading underscore).
/// </summary>
internal static class JsonFeedRules
{
    private static readonly HashSet<string> FeedMembers =
    [
        "version", "title", "home_page_url", "feed_url", "description", "user_comment", "next_url", "icon", "favicon",
        "authors", "author", "language", "expired", "hubs", "items",
    ];

    private static readonly HashSet<string> ItemMembers =
    [
        "id", "url", "external_url", "title", "content_html", "content_text", "summary", "image", "banner_image",
        "date_published", "date_modified", "authors", "author", "tags", "language", "attachments",
    ];

    public static IReadOnlyList<Finding> Check(JsonElement feed, Uri servedAt, DateTimeOffset now)
    {
        var findings = new Findings();
        findings.Must(String(feed, "version") == "https://jsonfeed.org/version/1.1", "version", "feed", $"version '{String(feed, "version")}'");
        findings.Must(String(feed, "title") is not null, "title", "feed", "no title string");
        findings.Should(IsWebUrl(String(feed, "home_page_url")), "home_page_url", "feed", "no home_page_url (strongly recommended)");
        findings.Should(String(feed, "feed_url") == servedAt.AbsoluteUri, "feed_url", "feed", $"feed_url '{String(feed, "feed_url")}' is not {servedAt} (strongly recommended)");
        Extensions(findings, feed, FeedMembers, "feed");
        Authors(findings, feed, "feed");
        findings.Must(feed.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Array, "items", "feed", "no items array");
        if (items.ValueKind != JsonValueKind.Array)
        {
            return findings.All;
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (item, index) in items.EnumerateArray().Select((e, i) => (e, i)))
        {
            var where = $"item {index + 1}";
            var id = String(item, "id");
            findings.Must(!string.IsNullOrEmpty(id), "item id", where, "no id string");
            findings.Must(id is null || ids.Add(id), "item id", where, $"the id {id} is another item's too");
            findings.Must(String(item, "content_text") is not null || String(item, "content_html") is not null, "item content", where, "neither content_text nor content_html");
            findings.Should(IsWebUrl(String(item, "url")), "item url", where, "no url (the permalink; 'should be present regardless')");
            findings.Must(!item.TryGetProperty("external_url", out _) || IsWebUrl(String(item, "external_url")), "item external_url", where, "external_url is no URL");
            foreach (var name in new[] { "date_published", "date_modified" })
            {
                if (item.TryGetProperty(name, out _))
                {
                    var valid = Dates.TryRfc3339(String(item, name) ?? "", out var instant);
                    findings.Must(valid, "item dates", where, $"{name} '{String(item, name)}' is not RFC 3339");
                    findings.Should(!valid || Dates.IsPlausible(instant, now), "item dates", where, $"{name} is before 1990 or in the future");
                }
            }

            if (item.TryGetProperty("tags", out var tags))
            {
                findings.Must(tags.ValueKind == JsonValueKind.Array && tags.EnumerateArray().All(t => t.ValueKind == JsonValueKind.String), "item tags", where, "tags is not an array of strings");
            }

            Authors(findings, item, where);
            Extensions(findings, item, ItemMembers, where);
        }

        return findings.All;
    }

    /// <summary>1.1: "authors" is an array of objects with at least one of name, url, avatar; "author" is deprecated.</summary>
    private static void Authors(Findings findings, JsonElement element, string where)
    {
        findings.Should(!element.TryGetProperty("author", out _), "authors", where, "the deprecated author (1.0) instead of authors");
        if (element.TryGetProperty("authors", out var authors))
        {
            findings.Must(
                authors.ValueKind == JsonValueKind.Array && authors.EnumerateArray().All(a => a.ValueKind == JsonValueKind.Object
                    && new[] { "name", "url", "avatar" }.Any(m => a.TryGetProperty(m, out var v) && v.ValueKind == JsonValueKind.String)),
                "authors", where, "an author without name, url or avatar");
        }
    }

    private static void Extensions(Findings findings, JsonElement element, HashSet<string> defined, string where)
    {
        foreach (var member in element.EnumerateObject())
        {
            findings.Must(defined.Contains(member.Name) || member.Name.StartsWith('_'), "extensions", where, $"'{member.Name}' is neither defined nor an extension (_name)");
        }
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static bool IsWebUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";
}

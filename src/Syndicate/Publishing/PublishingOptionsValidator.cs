using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using Syndicate.Settings;

namespace Syndicate.Publishing;

public sealed partial class PublishingOptionsValidator : IValidateOptions<PublishingOptions>
{
    public ValidateOptionsResult Validate(string? name, PublishingOptions options)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(options.FeedsDirectory))
        {
            problems.Add("Syndicate:FeedsDirectory is empty; give a folder such as feeds.");
        }

        if (!string.IsNullOrEmpty(options.PublicBaseUrl)
            && (!Uri.TryCreate(options.PublicBaseUrl, UriKind.Absolute, out var baseUri) || baseUri.Scheme is not ("http" or "https")
                || !options.PublicBaseUrl.EndsWith('/')))
        {
            problems.Add($"Syndicate:PublicBaseUrl '{options.PublicBaseUrl}' must be an absolute http(s) URL ending in '/', such as https://feeds.example.org/, or empty for the first address the server listens on.");
        }

        if (!TagAuthority().IsMatch(options.TagAuthority))
        {
            problems.Add($"Syndicate:TagAuthority '{options.TagAuthority}' must be a domain and a date (RFC 4151), such as example.org,2026.");
        }

        if (string.IsNullOrWhiteSpace(options.Title))
        {
            problems.Add("Syndicate:Title is empty; give the feeds' title prefix, such as Syndicate.");
        }

        if (!LanguageTag().IsMatch(options.Language))
        {
            problems.Add($"Syndicate:Language '{options.Language}' is not a language tag (RFC 5646); give one such as nl or en-GB.");
        }

        if (options.FeedSize is < 1 or > 500)
        {
            problems.Add($"Syndicate:FeedSize {options.FeedSize} must be between 1 and 500.");
        }

        if (!(options.MaxSourceShare is > 0 and <= 1))
        {
            problems.Add($"Syndicate:MaxSourceShare {options.MaxSourceShare} must be more than 0 and at most 1, such as 0.5 (1: no limit).");
        }

        if (options.PublishInterval < TimeSpan.Zero || options.PublishInterval > TimeSpan.FromSeconds(10))
        {
            problems.Add($"Syndicate:PublishInterval {options.PublishInterval} must be between 00:00:00 and 00:00:10, such as 00:00:00.5.");
        }

        if (options.StartReadChunk is < 1 or > 1_000_000)
        {
            problems.Add($"Syndicate:StartReadChunk {options.StartReadChunk} must be between 1 and 1000000, such as 5000.");
        }

        if (options.StartReadAtMost < options.StartReadChunk || options.StartReadAtMost > 10_000_000)
        {
            problems.Add($"Syndicate:StartReadAtMost {options.StartReadAtMost} must be at least Syndicate:StartReadChunk ({options.StartReadChunk}) and at most 10000000, such as 50000.");
        }

        if (options.ViewReadBeforeSearch is < 0 or > 1_000_000)
        {
            problems.Add($"Syndicate:ViewReadBeforeSearch {options.ViewReadBeforeSearch} must be between 0 and 1000000, such as 5000.");
        }

        if (options.ViewSearchReadsAtMost is < 1 or > 10_000_000)
        {
            problems.Add($"Syndicate:ViewSearchReadsAtMost {options.ViewSearchReadsAtMost} must be between 1 and 10000000, such as 20000.");
        }

        return ValidatedOptions.Result(problems);
    }

    [GeneratedRegex(@"^[A-Za-z0-9.-]+\.[A-Za-z]{2,},\d{4}(-\d{2}(-\d{2})?)?$")]
    private static partial Regex TagAuthority();

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]
    private static partial Regex LanguageTag();
}

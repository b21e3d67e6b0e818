using Microsoft.Extensions.Options;
using Quartz;
using Syndicate.Core.Places;
using Syndicate.Core.Time;
using Syndicate.Sources;

namespace Syndicate.Configuration;

/// <summary>Checks the settings at start-up; every failure names the setting and how to fix it.</summary>
public sealed partial class SyndicateOptionsValidator : IValidateOptions<SyndicateOptions>
{
    public ValidateOptionsResult Validate(string? name, SyndicateOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.DatabasePath))
        {
            failures.Add("Syndicate:DatabasePath is empty; give a file path such as data/syndicate.db.");
        }

        if (string.IsNullOrWhiteSpace(options.FeedsDirectory))
        {
            failures.Add("Syndicate:FeedsDirectory is empty; give a folder such as feeds.");
        }

        if (!Uri.TryCreate(options.PublicBaseUrl, UriKind.Absolute, out var baseUri) || baseUri.Scheme is not ("http" or "https")
            || !options.PublicBaseUrl.EndsWith('/'))
        {
            failures.Add($"Syndicate:PublicBaseUrl '{options.PublicBaseUrl}' must be an absolute http(s) URL ending in '/', such as http://localhost:5000/.");
        }

        if (!TagAuthority().IsMatch(options.TagAuthority))
        {
            failures.Add($"Syndicate:TagAuthority '{options.TagAuthority}' must be a domain and a date (RFC 4151), such as example.org,2026.");
        }

        if (options.MaxPageBytes < 1024)
        {
            failures.Add($"Syndicate:MaxPageBytes {options.MaxPageBytes} is too small; pages need at least 1024 bytes (default 5242880).");
        }

        if (options.FeedSize is < 1 or > 500)
        {
            failures.Add($"Syndicate:FeedSize {options.FeedSize} must be between 1 and 500.");
        }

        try
        {
            _ = new PlaceResolver(Gazetteer.Default, RegionCatalog.Default, options.PlaceOverrides);
        }
        catch (ArgumentException e)
        {
            failures.Add($"Syndicate:PlaceOverrides: {e.Message.Split(" (Parameter")[0]}");
        }

        for (var i = 0; i < options.Agencies.Count; i++)
        {
            if (!AgencyCode().IsMatch(options.Agencies[i].Code))
            {
                failures.Add($"Syndicate:Agencies:{i}:Code '{options.Agencies[i].Code}' must be 2 to 16 letters or digits, such as NU.");
            }
        }

        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < options.Sources.Count; i++)
        {
            failures.AddRange(ValidateSource(options.Sources[i], $"Syndicate:Sources:{i}", ids));
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>The problems with one source's settings, each naming its field under <paramref name="path"/>.</summary>
    public static IEnumerable<string> ValidateSource(SourceOptions source, string path, ISet<string> seenIds)
    {
        if (!SourceId().IsMatch(source.Id))
        {
            yield return $"{path}:Id '{source.Id}' must be 1 to 64 lower-case letters, digits and hyphens.";
        }
        else if (!seenIds.Add(source.Id))
        {
            yield return $"{path}:Id '{source.Id}' is used by another source; ids must be unique.";
        }

        foreach (var problem in DefinitionProblems(source.ToDefinition()))
        {
            yield return $"{path}:{problem.Field} {problem.Problem}";
        }

        if (CronProblem(source.Schedule) is { } cron)
        {
            yield return $"{path}:Schedule {cron}";
        }
    }

    /// <summary>Whether <paramref name="id"/> can name a source: 1 to 64 lower-case letters, digits and hyphens.</summary>
    public static bool IsSourceId(string id) => SourceId().IsMatch(id);

    /// <summary>The problems with a source's definition other than its id, each with the field it is about.</summary>
    public static IEnumerable<FieldProblem> DefinitionProblems(SourceDefinition source)
    {
        if (string.IsNullOrWhiteSpace(source.Url))
        {
            yield return new("Url", "is empty; give an http(s) URL or a file path.");
        }
        else if (Uri.TryCreate(source.Url, UriKind.Absolute, out var uri) && uri.Scheme is not ("http" or "https" or "file")
                 && !Path.IsPathRooted(source.Url))
        {
            yield return new("Url", $"'{source.Url}' has scheme '{uri.Scheme}'; only http, https and file paths are allowed.");
        }

        if (!AgeGrammar.IsSupported(source.Language))
        {
            yield return new("Language", $"'{source.Language}' is not supported; use one of {string.Join(", ", AgeGrammar.SupportedLanguages)}.");
        }

        if (source.Selectors?.Validate() is { } selectorProblem)
        {
            yield return new("Selectors", $"are not valid: {selectorProblem}");
        }

        if (source.Country is { } country && !RegionCatalog.Default.TryFindCountry(country, out _))
        {
            yield return new("Country", $"'{country}' is not an ISO 3166-1 alpha-2 country code; use one such as NL.");
        }

        if (!CaptureClock.IsKnownTimeZone(source.TimeZone))
        {
            yield return new("TimeZone", $"'{source.TimeZone}' is not an IANA time zone; use an id such as Europe/Amsterdam.");
        }
    }

    /// <summary>Why <paramref name="expression"/> is not a Quartz cron expression, in the parser's words; null when it is one.</summary>
    public static string? CronProblem(string expression) =>
        CronExpression.TryParse(expression, out _)
            ? null
            : $"'{expression}' is not a Quartz cron expression: {CronError(expression)} (example: \"0 */5 * * * ?\" for every five minutes).";

    private static string CronError(string expression)
    {
        try
        {
            CronExpression.Parse(expression);
            return "invalid";
        }
        catch (FormatException e)
        {
            return e.Message;
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$")]
    private static partial System.Text.RegularExpressions.Regex SourceId();

    [System.Text.RegularExpressions.GeneratedRegex("^[A-Za-z0-9]{2,16}$")]
    private static partial System.Text.RegularExpressions.Regex AgencyCode();

    [System.Text.RegularExpressions.GeneratedRegex(@"^[A-Za-z0-9.-]+\.[A-Za-z]{2,},\d{4}(-\d{2}(-\d{2})?)?$")]
    private static partial System.Text.RegularExpressions.Regex TagAuthority();
}

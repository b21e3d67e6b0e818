using System.Text.RegularExpressions;
using Quartz;
using Syndicate.Core.Places;
using Syndicate.Core.Time;

namespace Syndicate.Sources;

/// <summary>What makes a source valid, wherever it comes from: appsettings.json or the admin API.</summary>
public static partial class SourceRules
{
    /// <summary>Why <paramref name="id"/> cannot name a source, as a sentence after the field's name; null when it can.</summary>
    public static string? IdProblem(string id) =>
        SourceId().IsMatch(id) ? null : $"'{id}' must be 1 to 64 lower-case letters, digits and hyphens.";

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

        if (!TimeZoneDatabase.IsKnown(source.TimeZone))
        {
            yield return new("TimeZone", $"'{source.TimeZone}' is not an IANA time zone; use an id such as Europe/Amsterdam.");
        }
    }

    /// <summary>
    /// Why a source cannot be polled on <paramref name="schedule"/> from <paramref name="now"/> on, as a sentence after the
    /// field's name: a cron expression that does not parse or never fires again, or any schedule that polls more often
    /// than <paramref name="floor"/> (<c>Syndicate:MinPollInterval</c>). Null when it can.
    /// </summary>
    /// <param name="timeZone">The source's zone, which cron expressions are read in; an unknown zone reads them in UTC.</param>
    public static string? ScheduleProblem(SourceSchedule schedule, string timeZone, TimeSpan floor, DateTimeOffset now)
    {
        var zone = TimeZoneDatabase.IsKnown(timeZone) ? timeZone : "UTC";
        if (schedule is SourceSchedule.Cron cron)
        {
            if (CronProblem(cron.Expression) is { } problem)
            {
                return problem;
            }

            if (cron.NextFire(zone, now) is null)
            {
                return $"'{cron.Expression}' never fires: no time after {now:u} matches it (example: \"0 */5 * * * ?\" for every five minutes).";
            }
        }

        return schedule.ShortestGap(zone, now) is { } gap && gap < floor
            ? $"{schedule.Describe()} polls as often as {Durations.Every(gap)}; Syndicate:MinPollInterval allows at most {Durations.Every(floor)}."
            : null;
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

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$")]
    private static partial Regex SourceId();
}

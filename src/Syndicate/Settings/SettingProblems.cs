using Microsoft.Extensions.Options;

namespace Syndicate.Settings;

/// <summary>
/// What start-up validation found wrong, once each: one bad setting can fail several options that are built from it
/// (the scheduler's and the HTTP client's among them), and each reports the same sentence.
/// </summary>
public static class SettingProblems
{
    /// <summary>
    /// The distinct problems behind <paramref name="failure"/>: each failed validation, or a settings file that does not
    /// parse (with the parser's line and position); empty when it is neither.
    /// </summary>
    public static IReadOnlyList<string> Of(Exception failure) => failure switch
    {
        OptionsValidationException validation => [.. validation.Failures.Distinct(StringComparer.Ordinal)],
        AggregateException aggregate => [.. aggregate.InnerExceptions.SelectMany(Of).Distinct(StringComparer.Ordinal)],
        InvalidDataException { InnerException: not null } file => [string.Join(" ", Causes(file))],
        _ => [],
    };

    private static IEnumerable<string> Causes(Exception failure)
    {
        for (var cause = failure; cause is not null; cause = cause.InnerException)
        {
            yield return cause.Message;
        }
    }
}

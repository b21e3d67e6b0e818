using Microsoft.Extensions.Options;

namespace Syndicate.Settings;

/// <summary>
/// What start-up validation found wrong, once each: one bad setting can fail several options that are built from it
/// (the scheduler's and the HTTP client's among them), and each reports the same sentence.
/// </summary>
public static class SettingProblems
{
    /// <summary>The distinct problems behind <paramref name="failure"/>; empty when it is not a validation failure.</summary>
    public static IReadOnlyList<string> Of(Exception failure) => failure switch
    {
        OptionsValidationException validation => [.. validation.Failures.Distinct(StringComparer.Ordinal)],
        AggregateException aggregate => [.. aggregate.InnerExceptions.SelectMany(Of).Distinct(StringComparer.Ordinal)],
        _ => [],
    };
}

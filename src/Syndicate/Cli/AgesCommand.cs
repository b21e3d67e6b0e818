using System.Globalization;
using Syndicate.Core.Time;

namespace Syndicate.Cli;

/// <summary>
/// The "ages" verb: reads lines "reference TAB zone TAB lang TAB text" and writes for each, in order,
/// "lo TAB hi" in ISO 8601 UTC (lo empty when unbounded), or an empty line when the text is no age. The text is a
/// label as a page prints it: an age, or a meta line with an age inside ("Sport | 20 minuten geleden").
/// A malformed line gets an empty line too, and a message naming its line number on the error writer.
/// Sites are assumed to floor their ages.
/// </summary>
internal static class AgesCommand
{
    private const string UtcFormat = "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'";

    public static int Run(TextReader input, TextWriter output) => Run(input, output, Console.Error);

    /// <returns>0: every line gets its answer, malformed ones an empty one.</returns>
    public static int Run(TextReader input, TextWriter output, TextWriter errors)
    {
        var number = 0;
        for (var line = input.ReadLine(); line is not null; line = input.ReadLine())
        {
            number++;
            if (TryRead(line, out var clock, out var grammar, out var text, out var problem))
            {
                output.WriteLine(grammar.TryFind(text, out var found) ? Format(found.Age.ToWindow(clock)) : string.Empty);
            }
            else
            {
                output.WriteLine();
                errors.WriteLine($"ages: line {number}: {problem}");
            }
        }

        return 0;
    }

    private static bool TryRead(string line, out CaptureClock clock, out AgeGrammar grammar, out string text, out string problem)
    {
        clock = null!;
        grammar = null!;
        text = string.Empty;
        var fields = line.Split('\t', 4);
        if (fields.Length < 4)
        {
            problem = "expected four tab-separated fields: reference, zone, language, text";
        }
        else if (!DateTimeOffset.TryParse(fields[0], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var reference))
        {
            problem = $"'{fields[0]}' is not an ISO 8601 reference time";
        }
        else if (!TimeZoneDatabase.IsKnown(fields[1]))
        {
            problem = $"'{fields[1]}' is not a known IANA time zone";
        }
        else if (!AgeGrammar.IsSupported(fields[2]))
        {
            problem = $"language '{fields[2]}' is not supported; supported: {string.Join(", ", AgeGrammar.SupportedLanguages)}";
        }
        else
        {
            clock = new CaptureClock(reference, fields[1], AgeRounding.Floor);
            grammar = AgeGrammar.Preferring(fields[2]);
            text = fields[3];
            problem = string.Empty;
            return true;
        }

        return false;
    }

    private static string Format(TimeWindow window) =>
        $"{window.Lo?.UtcDateTime.ToString(UtcFormat, CultureInfo.InvariantCulture)}\t{window.Hi.UtcDateTime.ToString(UtcFormat, CultureInfo.InvariantCulture)}";
}

using Syndicate.Core.Places;

namespace Syndicate.Cli;

/// <summary>
/// The <c>places</c> verb: reads one dateline per line, optionally followed by a tab and the source's home country
/// (ISO 3166-1 alpha-2, the prior for close calls between same-named places), and writes
/// <c>dateline TAB country TAB news-region</c> (ISO code upper case and region slug, both empty when unresolved; the
/// first place of a double dateline). A line whose home country is no known code gets empty answers and a message
/// naming its line number on the error writer.
/// </summary>
internal static class PlacesCommand
{
    public static int Run(TextReader input, TextWriter output) => Run(input, output, Console.Error);

    /// <returns>0: every line gets its answer, malformed ones an empty one.</returns>
    public static int Run(TextReader input, TextWriter output, TextWriter errors)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(errors);
        var resolver = new PlaceResolver(Gazetteer.Default, RegionCatalog.Default);
        var number = 0;
        while (input.ReadLine() is { } line)
        {
            number++;
            var fields = line.Split('\t', 2);
            var dateline = fields[0];
            var homeCountry = fields.Length > 1 ? fields[1].Trim() : null;
            if (homeCountry is { Length: > 0 } && !RegionCatalog.Default.TryFindCountry(homeCountry, out _))
            {
                output.WriteLine($"{dateline}\t\t");
                errors.WriteLine($"places: line {number}: '{homeCountry}' is not an ISO 3166-1 alpha-2 country code");
                continue;
            }

            var place = resolver.Resolve(dateline, homeCountry).First;
            output.WriteLine($"{dateline}\t{place?.CountryCode}\t{place?.Country.NewsRegion.Slug}");
        }

        return 0;
    }
}

using Syndicate.Core.Places;

namespace Syndicate.Cli;

/// <summary>
/// The <c>places</c> verb: reads one dateline per line and writes <c>dateline TAB country TAB news-region</c>
/// (ISO code upper case and region slug, both empty when unresolved; the first place of a double dateline).
/// </summary>
internal static class PlacesCommand
{
    public static int Run(TextReader input, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        var resolver = new PlaceResolver(Gazetteer.Default, RegionCatalog.Default);
        while (input.ReadLine() is { } dateline)
        {
            var place = resolver.Resolve(dateline).First;
            output.WriteLine($"{dateline}\t{place?.CountryCode}\t{place?.Country.NewsRegion.Slug}");
        }

        return 0;
    }
}

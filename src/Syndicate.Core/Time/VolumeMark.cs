using System.Text.RegularExpressions;

namespace Syndicate.Core.Time;

/// <summary>
/// A periodical's volume in Roman numerals after its issue's date, closing the header with whatever follows it
/// ("venerdì 21 luglio 2017 Anno XXXV", "Domenica 2 agosto 2020 Anno XXXVIII - Numero 212 - € 1,40"); a volume before
/// the date is a label the grammar reads already ("Numero 185 - Anno VI – 20 Ottobre 2007").
/// </summary>
internal static partial class VolumeMark
{
    /// <summary>Where the volume after the line's date starts, its space included; -1 when none follows a year.</summary>
    public static int Start(string line) => Volume().Match(line) is { Success: true } volume ? volume.Index : -1;

    [GeneratedRegex(@"(?<=\d{4}) +(?:Anno|Ano|Año|Année|Vol\.|Volume) [IVXLC]+(?=$| +[-–—|] )", RegexOptions.CultureInvariant)]
    private static partial Regex Volume();
}

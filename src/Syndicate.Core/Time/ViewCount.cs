using System.Text.RegularExpressions;

namespace Syndicate.Core.Time;

/// <summary>
/// The number of views or reads closing a meta line after its date: "Super User 10 Settembre 2024 447 Visite", "16 maart
/// 2018 15:00 UFO 3 Reacties 3,163 Bekeken", "06.06.2007 10:33 | 7735 x gelesen", "[03.07.2008 10:40] - 181 lecturas -".
/// </summary>
internal static partial class ViewCount
{
    private const string Views = @"(?i:views?|reads|hits|bekeken|weergaven|aufrufe|gelesen|zugriffe|vues|lectures|visitas|lecturas|vistas|visite|letture|visualizzazioni|visualizações|leituras|acessos)";

    /// <summary>Where the count closing <paramref name="line"/> starts, its spaces included; -1 when none closes it.</summary>
    public static int Start(string line) => Count().Match(line) is { Success: true } count ? count.Index : -1;

    [GeneratedRegex(@" +\d{1,3}(?:[.,]\d{3})*(?:[.,]\dk)? ?(?:[x×] )?" + Views + @"(?: *[-–|·])?$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex Count();
}

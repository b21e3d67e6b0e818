namespace Syndicate.Core.Places;

/// <summary>Dutch names of the UN M49 sub-regions and intermediate regions (CLDR has none for them).</summary>
internal static class SubregionNamesNl
{
    private static readonly Dictionary<string, string> ByEnglishName = new(StringComparer.Ordinal)
    {
        ["Northern Africa"] = "Noord-Afrika",
        ["Sub-Saharan Africa"] = "Afrika bezuiden de Sahara",
        ["Eastern Africa"] = "Oost-Afrika",
        ["Middle Africa"] = "Centraal-Afrika",
        ["Southern Africa"] = "Zuidelijk Afrika",
        ["Western Africa"] = "West-Afrika",
        ["Latin America and the Caribbean"] = "Latijns-Amerika en het Caribisch gebied",
        ["Caribbean"] = "Caribisch gebied",
        ["Central America"] = "Midden-Amerika",
        ["South America"] = "Zuid-Amerika",
        ["Northern America"] = "Noordelijk Amerika",
        ["Central Asia"] = "Centraal-Azië",
        ["Eastern Asia"] = "Oost-Azië",
        ["South-eastern Asia"] = "Zuidoost-Azië",
        ["Southern Asia"] = "Zuid-Azië",
        ["Western Asia"] = "West-Azië",
        ["Eastern Europe"] = "Oost-Europa",
        ["Northern Europe"] = "Noord-Europa",
        ["Southern Europe"] = "Zuid-Europa",
        ["Western Europe"] = "West-Europa",
        ["Australia and New Zealand"] = "Australië en Nieuw-Zeeland",
        ["Melanesia"] = "Melanesië",
        ["Micronesia"] = "Micronesië",
        ["Polynesia"] = "Polynesië",
    };

    public static string Of(string englishName) => ByEnglishName.TryGetValue(englishName, out var dutch)
        ? dutch
        : throw new InvalidDataException($"countries.tsv names M49 region \"{englishName}\", which has no Dutch name in {nameof(SubregionNamesNl)}.");
}

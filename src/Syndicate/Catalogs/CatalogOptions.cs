namespace Syndicate.Catalogs;

/// <summary>
/// Additions to the built-in catalogs (<c>Syndicate:Agencies</c>, <c>Syndicate:PlaceOverrides</c>). Read once at
/// start-up: a change needs a restart.
/// </summary>
public sealed class CatalogOptions
{
    public const string Section = "Syndicate";

    /// <summary>Dateline place → ISO country code ("BE") or GeoNames id ("2660646"); wins over the gazetteer.</summary>
    public Dictionary<string, string> PlaceOverrides { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Agencies besides the built-in ones, or more aliases for a built-in one (same code).</summary>
    public List<AgencyOptions> Agencies { get; set; } = [];
}

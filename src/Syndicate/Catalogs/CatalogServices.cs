using Microsoft.Extensions.Options;
using Syndicate.Core.Places;
using Syndicate.Core.Wire;
using Syndicate.Settings;

namespace Syndicate.Catalogs;

public static class CatalogServices
{
    /// <summary>The agencies (built in and configured), the regions, and the dateline resolver with its overrides.</summary>
    public static IServiceCollection AddCatalogs(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<CatalogOptions, CatalogOptionsValidator>(configuration, CatalogOptions.Section);
        services.AddSingleton(sp => new AgencyCatalog(AgencyCatalog.BuiltIn.Concat(Options(sp).Agencies.Select(a => a.ToAgency()))));
        services.AddSingleton(RegionCatalog.Default);
        services.AddSingleton(sp => new PlaceResolver(Gazetteer.Default, sp.GetRequiredService<RegionCatalog>(), Options(sp).PlaceOverrides));
        return services;
    }

    private static CatalogOptions Options(IServiceProvider services) => services.GetRequiredService<IOptions<CatalogOptions>>().Value;
}

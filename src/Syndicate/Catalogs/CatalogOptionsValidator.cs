using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using Syndicate.Core.Places;
using Syndicate.Settings;

namespace Syndicate.Catalogs;

/// <summary>Agency codes must be short letters or digits, and every place override must name a known country or place.</summary>
public sealed partial class CatalogOptionsValidator : IValidateOptions<CatalogOptions>
{
    public ValidateOptionsResult Validate(string? name, CatalogOptions options)
    {
        var problems = new List<string>();
        try
        {
            _ = new PlaceResolver(Gazetteer.Default, RegionCatalog.Default, options.PlaceOverrides);
        }
        catch (ArgumentException e)
        {
            problems.Add($"Syndicate:PlaceOverrides: {e.Message.Split(" (Parameter")[0]}");
        }

        for (var i = 0; i < options.Agencies.Count; i++)
        {
            if (!AgencyCode().IsMatch(options.Agencies[i].Code))
            {
                problems.Add($"Syndicate:Agencies:{i}:Code '{options.Agencies[i].Code}' must be 2 to 16 letters or digits, such as NU.");
            }
        }

        return ValidatedOptions.Result(problems);
    }

    [GeneratedRegex("^[A-Za-z0-9]{2,16}$")]
    private static partial Regex AgencyCode();
}

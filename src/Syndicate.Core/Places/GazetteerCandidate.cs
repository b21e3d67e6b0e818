namespace Syndicate.Core.Places;

/// <summary>A place a name may mean, and whether the name is only one of its unclassified alternate names.</summary>
internal readonly record struct GazetteerCandidate(GazetteerPlace Place, bool ByAlternateName)
{
    /// <summary>
    /// The order of the candidates for one name, best first: main names and usual names in the seven languages
    /// (GeoNames' preferred names, CLDR exemplar cities) before alternate names
    /// (an alternate name of Chittagong is "Islamabad"), then the larger population, then the national capital,
    /// then the lower GeoNames id so the order never depends on the data's order.
    /// </summary>
    public static int Compare(GazetteerCandidate x, GazetteerCandidate y)
    {
        var order = x.ByAlternateName.CompareTo(y.ByAlternateName);
        if (order == 0)
        {
            order = y.Place.Population.CompareTo(x.Place.Population);
        }

        if (order == 0)
        {
            order = y.Place.IsCapital.CompareTo(x.Place.IsCapital);
        }

        return order != 0 ? order : x.Place.GeonameId.CompareTo(y.Place.GeonameId);
    }
}

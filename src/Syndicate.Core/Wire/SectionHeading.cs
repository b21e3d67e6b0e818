using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace Syndicate.Core.Wire;

/// <summary>A heading over a list of items: "Meer uit Buitenland" names the section Buitenland.</summary>
internal static partial class SectionHeading
{
    public static bool TryParse(string text, [NotNullWhen(true)] out string? section)
    {
        var match = Heading().Match(text);
        section = match.Success ? match.Groups["section"].Value.Trim() : null;
        return match.Success;
    }

    [GeneratedRegex(@"^(?:meer uit|meer over|more from|more in|mehr aus|plus de|plus d'|más de|más noticias de)\s*(?<section>\p{L}[\p{L}\p{M} &'-]{1,40})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Heading();
}

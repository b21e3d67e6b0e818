using System.Text.RegularExpressions;

namespace Syndicate.Core.Wire;

/// <summary>
/// The desk code and slug a news agency's digest prints before each story ("DEL35 BIZ-LD STOCKS Sensex plunges ...",
/// "DEL24PM-GIRL CHILD DAY Empowering ...", "DEL33 HEALTH-2NDLD CORONAVIRUS" on a line of its own): the code is a desk's
/// letters and a number, the slug words in capitals, the first with a hyphen. On a digest run into paragraphs the codes
/// also mark where each story starts ("... 3rd year New Delhi: Covid exhaustion ... DEL21 DEF-BEATING RETREAT-HYMN Govt
/// removed ..."), and a story's headline runs into its opening ("... fresh cases New Delhi: India's COVID-19 caseload").
/// </summary>
internal static partial class DeskSlug
{
    private const int MaxAcronymLength = 2;
    private const int MaxHeadlineLength = 200;

    // A page with this many codes is a digest, whose paragraphs are split where a code stands.
    private const int MinCodesOnDigest = 3;

    private const string Code = @"\p{Lu}{2,4}\d{1,3}(?:[\p{Lu}\d]*-[\p{Lu}\d-]*|\s+[\p{Lu}\d]+-[\p{Lu}\d-]*)";

    /// <summary>Whether the text is all code and slug.</summary>
    public static bool IsAlone(string text) => Slug().Match(text) is { Success: true } slug && slug.Length == text.Length;

    /// <summary>
    /// The text without its code and slug. A short word in capitals right before the first word in lower case is the
    /// headline's ("PM" in "BOM9 GJ-LD MODI PM launches ...", "UP" in "DEL7 VACCINE-STATES UP UP tops ...").
    /// </summary>
    public static string Strip(string text)
    {
        var slug = Slug().Match(text);
        if (!slug.Success || slug.Length == text.Length)
        {
            return text;
        }

        var last = slug.Groups["last"];
        var keepLast = last.Success && last.Length <= MaxAcronymLength && last.Value.All(char.IsLetter);
        return text[(keepLast ? last.Index : slug.Length)..];
    }

    /// <summary>Whether the blocks hold enough codes, at a block's start or inside one, to be a digest.</summary>
    public static bool IsDigest(IReadOnlyList<TextBlock> blocks)
    {
        var codes = 0;
        foreach (var block in blocks)
        {
            codes += AnyCode().Count(block.Text);
            if (codes >= MinCodesOnDigest)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A digest's paragraph split where each code inside it starts a story.</summary>
    public static List<string> Stories(string text)
    {
        var stories = new List<string>();
        var start = 0;
        foreach (var code in CodeInside().EnumerateMatches(text))
        {
            stories.Add(text[start..code.Index].TrimEnd());
            start = code.Index;
        }

        stories.Add(text[start..]);
        return stories;
    }

    /// <summary>
    /// Where the opening run into a story's headline may start, "Headline Place: Text", for the caller to try as an opening
    /// (last first): each capitalised word of one to three before a colon within a headline's length of the start, the
    /// longest place first ("CBI New Delhi:", then "New Delhi:"). A headline may hold a colon of its own ("COVID-19: India
    /// logs 15,144 fresh cases New Delhi: India's ...") and ends no sentence.
    /// </summary>
    public static List<int> OpeningStarts(string text)
    {
        var starts = new List<int>();
        var sentence = text.IndexOf(". ", StringComparison.Ordinal);
        foreach (var place in PlaceAndColon().EnumerateMatches(text))
        {
            if (place.Index > MaxHeadlineLength || (sentence >= 0 && place.Index > sentence))
            {
                break;
            }

            var words = new List<int> { place.Index };
            for (var i = place.Index; i < place.Index + place.Length - 2; i++)
            {
                if (text[i] == ' ' && char.IsUpper(text[i + 1]))
                {
                    words.Add(i + 1);
                }
            }

            starts.InsertRange(0, words);
        }

        return starts;
    }

    [GeneratedRegex(@"^" + Code + @"(?:\s+(?<last>[\p{Lu}\d][\p{Lu}\d-]*))*(?:\s+|$)", RegexOptions.CultureInvariant)]
    private static partial Regex Slug();

    [GeneratedRegex(@"(?:^|(?<=\s))" + Code, RegexOptions.CultureInvariant)]
    private static partial Regex AnyCode();

    [GeneratedRegex(@"(?<=\s)" + Code, RegexOptions.CultureInvariant)]
    private static partial Regex CodeInside();

    [GeneratedRegex(@"(?<=\s)\p{Lu}[\p{L}\p{M}'’.-]*(?:\s\p{Lu}[\p{L}\p{M}'’.-]*){0,2}(?:/\p{Lu}[\p{L}\p{M}'’.-]*(?:\s\p{Lu}[\p{L}\p{M}'’.-]*){0,2})?(?:\s\([^()]{2,30}\))?:\s(?=\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceAndColon();
}

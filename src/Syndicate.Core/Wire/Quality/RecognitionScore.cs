namespace Syndicate.Core.Wire.Quality;

/// <summary>
/// How well recognition did on a set of labelled pages: items found, missed and invented, and for
/// the items found, how many of each field are right. Scores add up, so a page, a language or a
/// category is scored the same way as the whole corpus.
/// </summary>
public sealed record RecognitionScore(int Expected, int Found, int Matched, IReadOnlyDictionary<string, FieldCount> Fields)
{
    public static IReadOnlyList<string> FieldNames { get; } = ["headline", "dateline", "place", "agencies", "body", "age", "section"];

    public static RecognitionScore Empty { get; } = new(0, 0, 0, FieldNames.ToDictionary(f => f, _ => new FieldCount(0, 0)));

    public double Precision => Found == 0 ? (Expected == 0 ? 1 : 0) : (double)Matched / Found;

    public double Recall => Expected == 0 ? (Found == 0 ? 1 : 0) : (double)Matched / Expected;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public RecognitionScore Add(RecognitionScore other) => new(
        Expected + other.Expected,
        Found + other.Found,
        Matched + other.Matched,
        FieldNames.ToDictionary(f => f, f => Fields[f].Add(other.Fields[f])));
}

/// <summary>Right fields out of the fields scored.</summary>
public sealed record FieldCount(int Right, int Total)
{
    public double Accuracy => Total == 0 ? 1 : (double)Right / Total;

    public FieldCount Add(FieldCount other) => new(Right + other.Right, Total + other.Total);
}

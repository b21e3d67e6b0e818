namespace Syndicate.Core.Time;

/// <summary>Alternative fixed phrases of one or more words: "just now", "moments ago".</summary>
internal sealed class Phrases
{
    public static readonly Phrases None = new();

    public Phrases(params string[] phrases) => Words =
    [
        .. phrases.SelectMany(Spellings.Of).Select(phrase => phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries)),
    ];

    /// <summary>Each phrase as its words.</summary>
    public string[][] Words { get; }

    public bool IsEmpty => Words.Length == 0;
}

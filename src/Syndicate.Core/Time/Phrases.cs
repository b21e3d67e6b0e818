namespace Syndicate.Core.Time;

/// <summary>Alternative fixed phrases of one or more words: "just now", "moments ago".</summary>
internal sealed class Phrases
{
    public static readonly Phrases None = new();

    public Phrases(params string[] phrases) =>
        Table = new WordTable<bool>([.. phrases.Select(phrase => (true, phrase.Replace(' ', '_')))]);

    public WordTable<bool> Table { get; }
}

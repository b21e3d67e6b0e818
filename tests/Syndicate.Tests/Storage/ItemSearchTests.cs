using Microsoft.Extensions.Logging.Abstractions;
using Syndicate.Core.Feeds;
using Syndicate.Storage;
using Syndicate.Tests.Support;

namespace Syndicate.Tests.Storage;

/// <summary>
/// The search index answers what the words' folded text holds, whichever way it looks them up: on SQLite by a rare
/// trigram of the words and then the words in those items' text, or, when every trigram is common, by the words as
/// phrases; on PostgreSQL by its trigram index. 2,500 items hold the common words, every seventh one of the rare ones.
/// </summary>
public abstract class ItemSearchTests(StorageProvider provider) : DatabaseTests(provider)
{
    private const int Items = 2_500;

    private static readonly string[] Rare = ["geothermie", "geopolitiek", "termometer", "ijsvogel"];

    /// <summary>Item n's text: words every item holds, one of the rare words for some, and its number.</summary>
    private static string TextOf(int n) =>
        $"de minister van economie zegt dat de thermometer daalt {(n % 7 == 0 ? Rare[n / 7 % Rare.Length] : "niets")} bericht {n}";

    private ItemSearch Search => new(Database, NullLogger<ItemSearch>.Instance);

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await using var connection = await Database.OpenAsync(CancellationToken.None);
        await using var transaction = await connection.BeginTransactionAsync();
        for (var n = 0; n < Items; n++)
        {
            await ItemSearch.InsertAsync(connection, transaction, $"item-{n}", TextOf(n), CancellationToken.None);
        }

        await transaction.CommitAsync();
    }

    [Theory]
    [InlineData("geothermie")] // a rare word: its trigrams "eot" and "oth" are held by few items
    [InlineData("geopolitiek")]
    [InlineData("termometer")] // every trigram of it is in "thermometer" too, which all hold: looked up as a phrase
    [InlineData("economie termometer")]
    [InlineData("geo bericht")]
    [InlineData("bericht 1234")]
    [InlineData("bericht 12")] // a short word: matched in the text
    [InlineData("economie daalt")] // every item
    [InlineData("ijsvogel geothermie")] // no item holds both
    [InlineData("onbekend")] // none
    public async Task The_index_names_exactly_the_items_whose_text_holds_every_word(string words)
    {
        var keywords = KeywordFilter.Parse(words)!;
        var expected = Enumerable.Range(0, Items).Where(n => keywords.Words.All(TextOf(n).Contains)).Select(n => $"item-{n}").ToHashSet();

        var found = await Search.FindAsync(keywords.Words, Items, CancellationToken.None);

        Assert.Equal(expected.Order(StringComparer.Ordinal), found!.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("geothermie")]
    [InlineData("termometer")]
    [InlineData("economie")]
    public async Task More_items_than_asked_for_give_no_set(string word)
    {
        var holding = Enumerable.Range(0, Items).Count(n => TextOf(n).Contains(word, StringComparison.Ordinal));

        Assert.Null(await Search.FindAsync([word], holding - 1, CancellationToken.None));
        Assert.Equal(holding, (await Search.FindAsync([word], holding, CancellationToken.None))!.Count);
    }

    public sealed class OnSqlite() : ItemSearchTests(StorageProvider.Sqlite);

    public sealed class OnPostgres() : ItemSearchTests(StorageProvider.Postgres);
}

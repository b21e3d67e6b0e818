using System.Data.Common;
using Dapper;
using Syndicate.Core.Feeds;

namespace Syndicate.Storage;

/// <summary>
/// The stored items' search text, in the table <c>item_search</c> (on SQLite an FTS5 table of trigram tokens, on
/// PostgreSQL a pg_trgm index): written with each item by
/// <see cref="ItemStore"/>, looked up by the <c>q</c> filter of the feeds over every stored item.
/// </summary>
public sealed partial class ItemSearch(Database database, ILogger<ItemSearch> logger)
{
    /// <summary>
    /// The ids of the stored items whose search text holds each of <paramref name="words"/> as (part of) a word; null when
    /// more than <paramref name="atMost"/> do. A word most items hold makes a set too large to be worth reading: a caller
    /// that walks items newest first finds enough of them by <see cref="KeywordFilter.Matches"/> sooner.
    /// </summary>
    /// <param name="words">Folded words (<see cref="KeywordFilter.Words"/>): letters and digits only, lower case, at least one.</param>
    public async Task<IReadOnlySet<string>?> FindAsync(IReadOnlyList<string> words, int atMost, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var parameters = new DynamicParameters();
        var conditions = await database.Dialect.ContainsAllAsync(connection, words, parameters, cancellationToken);
        parameters.Add("Limit", atMost + 1);
        var ids = (await connection.QueryAsync<string>(new CommandDefinition(
            $"SELECT item_id FROM item_search WHERE {string.Join(" AND ", conditions)} LIMIT @Limit", parameters, cancellationToken: cancellationToken)))
            .ToHashSet(StringComparer.Ordinal);
        return ids.Count > atMost ? null : ids;
    }

    /// <summary>Gives every item stored before the search table existed its search text; nothing to do on later starts.</summary>
    public async Task IndexMissingAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var missing = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT (SELECT COUNT(*) FROM items) - (SELECT COUNT(*) FROM item_search)", cancellationToken: cancellationToken));
        if (missing == 0)
        {
            return;
        }

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var items = await connection.QueryAsync<(string Id, string Title, string? Dateline, string Body)>(new CommandDefinition(
            "SELECT id, title, dateline, body FROM items WHERE id NOT IN (SELECT item_id FROM item_search)", transaction: transaction, cancellationToken: cancellationToken));
        var credits = (await connection.QueryAsync<(string ItemId, string Agency)>(new CommandDefinition(
            "SELECT item_id, agency FROM item_agencies ORDER BY item_id, position", transaction: transaction, cancellationToken: cancellationToken)))
            .ToLookup(c => c.ItemId, c => c.Agency);
        var indexed = 0;
        foreach (var item in items)
        {
            await InsertAsync(connection, transaction, item.Id, KeywordFilter.SearchText(item.Title, item.Dateline, credits[item.Id], item.Body), cancellationToken);
            indexed++;
        }

        await transaction.CommitAsync(cancellationToken);
        LogIndexed(logger, indexed);
    }

    internal static Task<int> InsertAsync(DbConnection connection, DbTransaction transaction, string itemId, string text, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO item_search (item_id, text) VALUES (@ItemId, @Text)", new { ItemId = itemId, Text = text }, transaction, cancellationToken: cancellationToken));

    internal static async Task ReplaceAsync(DbConnection connection, DbTransaction transaction, string itemId, string text, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM item_search WHERE item_id = @ItemId", new { ItemId = itemId }, transaction, cancellationToken: cancellationToken));
        await InsertAsync(connection, transaction, itemId, text, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Indexed the search text of {Count} items stored before the search index existed")]
    private static partial void LogIndexed(ILogger logger, int count);
}

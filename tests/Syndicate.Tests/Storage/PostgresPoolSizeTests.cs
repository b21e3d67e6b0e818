using Npgsql;
using Syndicate.Storage;

namespace Syndicate.Tests.Storage;

/// <summary>A node's pools are small unless the operator says otherwise, so several nodes fit in one server's connections.</summary>
public sealed class PostgresPoolSizeTests
{
    [Fact]
    public void A_connection_string_without_a_pool_size_gets_the_node_default()
    {
        using var database = new PostgresDatabase("Host=127.0.0.1;Port=5432;Username=syndicate;Database=syndicate");

        Assert.Equal(PostgresDatabase.DefaultMaxPoolSize, new NpgsqlConnectionStringBuilder(database.ConnectionString).MaxPoolSize);
    }

    [Theory]
    [InlineData("Maximum Pool Size=40")]
    [InlineData("maximum pool size=40")]
    public void The_operator_s_pool_size_is_kept(string setting)
    {
        using var database = new PostgresDatabase($"Host=127.0.0.1;Port=5432;Username=syndicate;Database=syndicate;{setting}");

        Assert.Equal(40, new NpgsqlConnectionStringBuilder(database.ConnectionString).MaxPoolSize);
    }
}

using Syndicate.Tests.Support;

namespace Syndicate.Tests.Settings;

/// <summary>Every setting is checked at start-up by its folder's validator, with a message naming the setting and the fix.</summary>
public sealed class SettingsValidationTests
{
    [Fact]
    public void The_test_servers_settings_are_valid()
    {
        using var host = new SyndicateHost();

        Assert.Empty(host.StartupProblems());
    }

    [Theory]
    [InlineData("Syndicate:Sources:0:Schedule", "every five minutes", "Syndicate:Sources:0:Schedule 'every five minutes' is not a Quartz cron expression")]
    [InlineData("Syndicate:Sources:0:Schedule", "0 0 0 30 2 ?", "Syndicate:Sources:0:Schedule '0 0 0 30 2 ?' never fires: no time after")]
    [InlineData("Syndicate:Sources:0:Schedule", "*/2 * * * * ?", "Syndicate:Sources:0:Schedule cron */2 * * * * ? polls as often as every 2 seconds; Syndicate:MinPollInterval allows at most every 10 seconds.")]
    [InlineData("Syndicate:MinPollInterval", "00:00:00", "Syndicate:MinPollInterval 00:00:00 must be between 00:00:01 and 1.00:00:00.")]
    [InlineData("Syndicate:Sources:1:TimeZone", "Mars/Olympus", "Syndicate:Sources:1:TimeZone 'Mars/Olympus' is not an IANA time zone; use an id such as Europe/Amsterdam.")]
    [InlineData("Syndicate:Sources:1:TimeZone", "W. Europe Standard Time", "Syndicate:Sources:1:TimeZone 'W. Europe Standard Time' is not an IANA time zone")]
    [InlineData("Syndicate:Sources:0:Language", "xx", "Syndicate:Sources:0:Language 'xx' is not supported; use one of")]
    [InlineData("Syndicate:Sources:1:Id", "sample-text", "Syndicate:Sources:1:Id 'sample-text' is used by another source; ids must be unique.")]
    [InlineData("Syndicate:Sources:0:Url", "ftp://example.invalid/page", "Syndicate:Sources:0:Url 'ftp://example.invalid/page' has scheme 'ftp'; only http, https and file paths are allowed.")]
    [InlineData("Syndicate:Sources:0:Country", "XX", "Syndicate:Sources:0:Country 'XX' is not an ISO 3166-1 alpha-2 country code; use one such as NL.")]
    [InlineData("Syndicate:PublicBaseUrl", "localhost", "Syndicate:PublicBaseUrl 'localhost' must be an absolute http(s) URL ending in '/'")]
    [InlineData("Syndicate:FeedSize", "0", "Syndicate:FeedSize 0 must be between 1 and 500.")]
    [InlineData("Syndicate:TagAuthority", "example", "Syndicate:TagAuthority 'example' must be a domain and a date (RFC 4151)")]
    [InlineData("Syndicate:Language", "dutch language", "Syndicate:Language 'dutch language' is not a language tag")]
    [InlineData("Syndicate:Title", " ", "Syndicate:Title is empty")]
    [InlineData("Syndicate:Agencies:0:Code", "N U", "Syndicate:Agencies:0:Code 'N U' must be 2 to 16 letters or digits, such as NU.")]
    [InlineData("Syndicate:PlaceOverrides:GENEVA", "ZZ", "Syndicate:PlaceOverrides: The override GENEVA → ZZ names no known country code or GeoNames id.")]
    [InlineData("Syndicate:MaxPageBytes", "10", "Syndicate:MaxPageBytes 10 is too small")]
    [InlineData("Syndicate:SchedulerName", "two words", "Syndicate:SchedulerName 'two words' must be 1 to 80 letters")]
    [InlineData("Syndicate:SchedulerStartDelay", "-00:00:01", "Syndicate:SchedulerStartDelay -00:00:01 must be between 00:00:00 and 01:00:00.")]
    [InlineData("Syndicate:Fetch:Retries", "0", "Syndicate:Fetch:Retries must be between 1 and 10.")]
    [InlineData("Syndicate:Fetch:BackoffAfterFailures", "0", "Syndicate:Fetch:BackoffAfterFailures 0 must be between 1 and 100")]
    [InlineData("Syndicate:Fetch:BackoffMax", "00:00:10", "Syndicate:Fetch:BackoffBase must be positive and BackoffMax at least as long")]
    [InlineData("Syndicate:Fetch:UserAgent", "", "Syndicate:Fetch:UserAgent '' is not a User-Agent header value")]
    [InlineData("Syndicate:Fetch:FileRoot", "/no/such/folder", "Syndicate:Fetch:FileRoot '/no/such/folder' is not a folder")]
    [InlineData("Syndicate:Retention:ItemsMaxAge", "00:10:00", "Syndicate:Retention:ItemsMaxAge 00:10:00 must be at least 01:00:00, or 00:00:00 to keep items forever")]
    [InlineData("Syndicate:Retention:SightingsMaxAge", "00:00:00", "Syndicate:Retention:SightingsMaxAge 00:00:00 must be at least 01:00:00")]
    [InlineData("Syndicate:Retention:FetchesMaxAge", "-1.00:00:00", "Syndicate:Retention:FetchesMaxAge -1.00:00:00 must be at least 01:00:00")]
    [InlineData("Syndicate:Retention:MaxItemsPerPage", "0", "Syndicate:Retention:MaxItemsPerPage 0 must be at least 1")]
    [InlineData("Syndicate:Retention:MaxItemsPerSource", "100", "Syndicate:Retention:MaxItemsPerSource 100 must be at least MaxItemsPerPage (500)")]
    [InlineData("Syndicate:Retention:MaxSightings", "10", "Syndicate:Retention:MaxSightingsPerSource 100000 must be at least 1 and MaxSightings 10 at least as large")]
    [InlineData("Syndicate:Retention:MaxFetchesPerSource", "20", "Syndicate:Retention:MaxFetchesPerSource 20 must be at least 200")]
    [InlineData("Syndicate:Maintenance:Schedule", "hourly", "Syndicate:Maintenance:Schedule 'hourly' is not a Quartz cron expression")]
    [InlineData("Syndicate:MaxSourceShare", "0", "Syndicate:MaxSourceShare 0 must be more than 0 and at most 1")]
    [InlineData("Syndicate:MaxSourceShare", "1.5", "Syndicate:MaxSourceShare 1.5 must be more than 0 and at most 1")]
    [InlineData("Syndicate:ViewReadBeforeSearch", "-1", "Syndicate:ViewReadBeforeSearch -1 must be between 0 and 1000000, such as 5000.")]
    [InlineData("Syndicate:ViewSearchReadsAtMost", "0", "Syndicate:ViewSearchReadsAtMost 0 must be between 1 and 10000000, such as 20000.")]
    [InlineData("Syndicate:StartReadChunk", "0", "Syndicate:StartReadChunk 0 must be between 1 and 1000000, such as 5000.")]
    [InlineData("Syndicate:RateLimit:RequestsPerMinute", "0", "Syndicate:RateLimit:RequestsPerMinute 0 must be between 1 and 100000000 (default 600).")]
    [InlineData("Syndicate:Requests:MaxBodyBytes", "10", "Syndicate:Requests:MaxBodyBytes 10 must be between 1024 and 104857600 (default 65536).")]
    [InlineData("Syndicate:Metrics:AllowedNetworks:0", "ten dot zero", "Syndicate:Metrics:AllowedNetworks:0 'ten dot zero' is not a CIDR network")]
    [InlineData("Syndicate:Storage:Provider", "MySql", "Syndicate:Storage:Provider is 'MySql'; give Sqlite (one server, one file) or Postgres (several servers, one database).")]
    [InlineData("Syndicate:Storage:Provider", "Postgres", "Syndicate:Storage:ConnectionString is empty; PostgreSQL needs one")]
    [InlineData("Syndicate:Cluster:CheckinInterval", "00:00:00", "Syndicate:Cluster:CheckinInterval 00:00:00 must be between 00:00:01 and 01:00:00.")]
    [InlineData("Syndicate:Admin:ApiKey", "short", "Syndicate:Admin:ApiKey (or SYNDICATE_ADMIN_KEY) is 5 characters long")]
    public void A_bad_setting_fails_with_a_message_naming_the_setting_and_the_fix(string setting, string value, string message)
    {
        using var host = new SyndicateHost(settings: new Dictionary<string, string?> { [setting] = value });

        var problem = Assert.Single(host.StartupProblems());

        Assert.StartsWith(message, problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Host=db;Username=syndicate", "Syndicate:Storage:ConnectionString is not a PostgreSQL connection string (no Database)")]
    [InlineData("Server=db;Colour=blue", "Syndicate:Storage:ConnectionString is not a PostgreSQL connection string (")]
    public void A_postgres_connection_string_that_names_no_database_fails_with_the_setting(string connectionString, string message)
    {
        using var host = new SyndicateHost(settings: new Dictionary<string, string?>
        {
            ["Syndicate:Storage:Provider"] = "Postgres",
            ["Syndicate:Storage:ConnectionString"] = connectionString,
        });

        var problem = Assert.Single(host.StartupProblems());

        Assert.StartsWith(message, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void On_postgres_a_misfire_threshold_longer_than_the_shortest_poll_interval_fails()
    {
        using var host = new SyndicateHost(settings: LateMisfireThreshold("Postgres"));

        var problem = Assert.Single(host.StartupProblems());

        Assert.StartsWith("Syndicate:Cluster:MisfireThreshold 00:00:30 must not be longer than Syndicate:MinPollInterval 00:00:10", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void On_sqlite_which_has_no_cluster_the_misfire_threshold_is_not_held_to_the_poll_interval()
    {
        using var host = new SyndicateHost(settings: LateMisfireThreshold("Sqlite"));

        Assert.Empty(host.StartupProblems());
    }

    private static Dictionary<string, string?> LateMisfireThreshold(string provider) => new()
    {
        ["Syndicate:Storage:Provider"] = provider,
        ["Syndicate:Storage:ConnectionString"] = "Host=db;Database=syndicate;Username=syndicate",
        ["Syndicate:Cluster:MisfireThreshold"] = "00:00:30",
    };
}

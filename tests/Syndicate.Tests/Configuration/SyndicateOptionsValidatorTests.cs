using Syndicate.Configuration;

namespace Syndicate.Tests.Configuration;

public sealed class SyndicateOptionsValidatorTests
{
    private static SyndicateOptions Valid() => new()
    {
        Sources =
        [
            new() { Id = "sample-text", Url = "src/Syndicate/Samples/buitenland.txt" },
            new() { Id = "sample-html", Url = "https://nieuws.example/buitenland" },
        ],
    };

    [Fact]
    public void The_embedded_defaults_are_valid()
    {
        Assert.True(new SyndicateOptionsValidator().Validate(null, Valid()).Succeeded);
    }

    [Theory]
    [InlineData("schedule", "Syndicate:Sources:0:Schedule 'every five minutes' is not a Quartz cron expression")]
    [InlineData("zone", "Syndicate:Sources:1:TimeZone 'Mars/Olympus' is not an IANA time zone; use an id such as Europe/Amsterdam.")]
    [InlineData("language", "Syndicate:Sources:0:Language 'xx' is not supported; use one of")]
    [InlineData("duplicate", "Syndicate:Sources:1:Id 'sample-text' is used by another source; ids must be unique.")]
    [InlineData("scheme", "Syndicate:Sources:0:Url 'ftp://example.invalid/page' has scheme 'ftp'; only http, https and file paths are allowed.")]
    [InlineData("country", "Syndicate:Sources:0:Country 'XX' is not an ISO 3166-1 alpha-2 country code; use one such as NL.")]
    [InlineData("base", "Syndicate:PublicBaseUrl 'localhost' must be an absolute http(s) URL ending in '/'")]
    [InlineData("size", "Syndicate:FeedSize 0 must be between 1 and 500.")]
    [InlineData("authority", "Syndicate:TagAuthority 'example' must be a domain and a date (RFC 4151)")]
    [InlineData("agency", "Syndicate:Agencies:0:Code 'N U' must be 2 to 16 letters or digits, such as NU.")]
    [InlineData("override", "Syndicate:PlaceOverrides: The override GENEVA → ZZ names no known country code or GeoNames id.")]
    public void A_bad_setting_fails_with_a_message_naming_the_setting_and_the_fix(string problem, string message)
    {
        var options = Valid();
        switch (problem)
        {
            case "schedule": options.Sources[0].Schedule = "every five minutes"; break;
            case "zone": options.Sources[1].TimeZone = "Mars/Olympus"; break;
            case "language": options.Sources[0].Language = "xx"; break;
            case "duplicate": options.Sources[1].Id = "sample-text"; break;
            case "scheme": options.Sources[0].Url = "ftp://example.invalid/page"; break;
            case "country": options.Sources[0].Country = "XX"; break;
            case "base": options.PublicBaseUrl = "localhost"; break;
            case "size": options.FeedSize = 0; break;
            case "authority": options.TagAuthority = "example"; break;
            case "agency": options.Agencies.Add(new AgencyOptions { Code = "N U" }); break;
            case "override": options.PlaceOverrides["GENEVA"] = "ZZ"; break;
        }

        var result = new SyndicateOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        var failure = Assert.Single(result.Failures!);
        Assert.StartsWith(message, failure, StringComparison.Ordinal);
    }
}

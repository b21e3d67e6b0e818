using Microsoft.Extensions.Configuration;
using Syndicate.Publishing;
using Syndicate.Tests.Support;

namespace Syndicate.Tests.Hosting;

/// <summary>
/// Where the server listens is chosen the conventional ways (ASPNETCORE_URLS, ASPNETCORE_HTTP_PORTS, --urls), which the
/// repository's appsettings.json no longer overrides; the feeds' links follow the first address unless PublicBaseUrl
/// is set, and one line at start-up says where to open it.
/// </summary>
public sealed class AddressTests
{
    public static TheoryData<string> Ways { get; } = ["ASPNETCORE_URLS", "--urls"];

    [Theory]
    [MemberData(nameof(Ways))]
    public async Task A_real_server_listens_where_aspnetcore_urls_or_the_urls_argument_says_and_its_feeds_link_there(string way)
    {
        using var directory = new TemporaryDirectory();
        await using var server = ServerProcess.StartAddressedBy(directory, port => way == "--urls"
            ? (new Dictionary<string, string>(), ["--urls", $"http://127.0.0.1:{port}"])
            : (new Dictionary<string, string> { ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}" }, []));

        await server.WaitUntilServingAsync("/feeds/all.atom");

        var feed = await server.Client.GetStringAsync("/feeds/all.atom", TestContext.Current.CancellationToken);
        Assert.Contains($"<link rel=\"self\" type=\"application/atom+xml\" href=\"http://127.0.0.1:{server.Port}/feeds/all.atom\" />", feed, StringComparison.Ordinal);
        await Eventually.HoldsAsync(
            () => Task.FromResult(server.Output.Contains($"open http://127.0.0.1:{server.Port}/", StringComparison.Ordinal)), "the start-up line names the address to open");
        Assert.Single(server.Output.Split('\n'), line => line.Contains("Listening on", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_real_server_given_only_aspnetcore_http_ports_listens_on_that_port_and_links_to_localhost()
    {
        using var directory = new TemporaryDirectory();
        await using var server = ServerProcess.StartAddressedBy(directory, port =>
            (new Dictionary<string, string> { ["ASPNETCORE_HTTP_PORTS"] = $"{port}" }, []));

        await server.WaitUntilServingAsync("/feeds/all.atom");

        var feed = await server.Client.GetStringAsync("/feeds/all.atom", TestContext.Current.CancellationToken);
        Assert.Contains($"href=\"http://localhost:{server.Port}/feeds/all.atom\"", feed, StringComparison.Ordinal);
    }

    [Fact]
    public void The_repository_settings_leave_the_address_to_the_environment()
    {
        var settings = new ConfigurationBuilder().AddJsonFile(Path.Combine(RepositoryRoot.Path, "appsettings.json")).Build();

        Assert.Null(settings["Urls"]);
        Assert.Null(settings["Syndicate:PublicBaseUrl"]);
    }

    [Theory]
    [InlineData(null, null, null, "http://localhost:5000/")]
    [InlineData("http://127.0.0.1:5077", null, null, "http://127.0.0.1:5077/")]
    [InlineData("http://+:8080;https://+:8443", null, null, "http://localhost:8080/")]
    [InlineData("http://*:80", null, null, "http://localhost/")]
    [InlineData("http://[::]:5001", null, null, "http://localhost:5001/")]
    [InlineData(null, "8080;9090", null, "http://localhost:8080/")]
    [InlineData(null, null, "8443", "https://localhost:8443/")]
    public void The_public_base_url_defaults_to_the_first_listening_address_with_a_wildcard_host_read_as_localhost(
        string? urls, string? httpPorts, string? httpsPorts, string expected)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["urls"] = urls,
            ["http_ports"] = httpPorts,
            ["https_ports"] = httpsPorts,
        }).Build();

        Assert.Equal(expected, PublicAddress.BaseUrl(new PublishingOptions(), configuration));
        Assert.Equal("https://feeds.example/", PublicAddress.BaseUrl(new PublishingOptions { PublicBaseUrl = "https://feeds.example/" }, configuration));
    }
}

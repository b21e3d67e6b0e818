using Syndicate.Cli;

namespace Syndicate.Tests.Fetching;

/// <summary>The preview verb fetches through the server's own pipeline: the same address guard, the same client.</summary>
public sealed class PreviewFetchTests
{
    [Fact]
    public async Task A_loopback_page_is_refused_by_the_address_guard_as_the_server_would()
    {
        await using var site = await FaultySite.StartAsync();

        var (code, _, error) = await PreviewAsync(site.PageUrl.AbsoluteUri);

        Assert.Equal(1, code);
        Assert.Contains("not a public address", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_loopback_page_is_read_when_private_networks_are_allowed_for_the_preview()
    {
        await using var site = await FaultySite.StartAsync();

        var (code, output, _) = await PreviewAsync(site.PageUrl.AbsoluteUri, "--allow-private-network");

        Assert.Equal(0, code);
        Assert.StartsWith("8 item(s)", output, StringComparison.Ordinal);
    }

    private static async Task<(int Code, string Output, string Error)> PreviewAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await PreviewCommand.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}

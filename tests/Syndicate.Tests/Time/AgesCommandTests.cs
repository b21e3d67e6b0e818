using Syndicate.Cli;

namespace Syndicate.Tests.Time;

public sealed class AgesCommandTests
{
    private static (string[] Output, string Errors, int Exit) Run(params string[] lines)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exit = AgesCommand.Run(new StringReader(string.Join('\n', lines)), output, errors);
        return (output.ToString().Split(Environment.NewLine)[..^1], errors.ToString(), exit);
    }

    [Fact]
    public void Each_line_gets_its_window_in_UTC_in_order()
    {
        var (output, errors, exit) = Run(
            "2026-11-28T10:00:00+01:00\tEurope/Amsterdam\tnl\t16 minuten geleden",
            "2026-11-28T10:00:00+01:00\tEurope/Amsterdam\ten\tYesterday at 2:32 PM",
            "2026-11-28T09:00:00Z\tEurope/Amsterdam\tde\theute, 14:32 Uhr",
            "2026-11-28T10:00:00+01:00\tEurope/Amsterdam\tnl\t16 minuten leestijd");

        Assert.Equal(
            [
                "2026-11-28T08:43:00Z\t2026-11-28T08:44:00Z",
                "2026-11-27T13:31:59.9999999Z\t2026-11-27T13:32:59.9999999Z",
                "\t2026-11-28T09:00:00Z",
                "",
            ],
            output);
        Assert.Empty(errors);
        Assert.Equal(0, exit);
    }

    [Fact]
    public void Malformed_lines_get_an_empty_line_and_a_message_naming_their_number()
    {
        var (output, errors, exit) = Run(
            "yesterday\tEurope/Amsterdam\tnl\tgisteren",
            "2026-11-28T10:00:00+01:00\tEurope/Atlantis\tnl\tgisteren",
            "2026-11-28T10:00:00+01:00\tEurope/Amsterdam\tsv\tigår",
            "2026-11-28T10:00:00+01:00\tEurope/Amsterdam\tnl",
            "",
            "2026-11-28T10:00:00+01:00\tEurope/Amsterdam\tfr\thier");

        Assert.Equal(["", "", "", "", "", "2026-11-26T22:59:59.9999999Z\t2026-11-27T22:59:59.9999999Z"], output);
        Assert.Contains("line 1: 'yesterday'", errors, StringComparison.Ordinal);
        Assert.Contains("line 2: 'Europe/Atlantis'", errors, StringComparison.Ordinal);
        Assert.Contains("line 3: language 'sv'", errors, StringComparison.Ordinal);
        Assert.Contains("line 4:", errors, StringComparison.Ordinal);
        Assert.Contains("line 5:", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("line 6", errors, StringComparison.Ordinal);
        Assert.Equal(0, exit);
    }

    [Fact]
    public void Empty_input_gives_empty_output()
    {
        var (output, errors, _) = Run();

        Assert.Empty(output);
        Assert.Empty(errors);
    }
}

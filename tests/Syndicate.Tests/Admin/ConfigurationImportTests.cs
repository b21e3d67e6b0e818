using System.Text.Json;
using Syndicate.Tests.Support;

namespace Syndicate.Tests.Admin;

/// <summary>appsettings.json is imported again when it changes, by the registry's rule.</summary>
public sealed class ConfigurationImportTests
{
    [Fact]
    public async Task A_change_to_the_file_reaches_a_file_source_but_not_one_the_api_changed()
    {
        using var directory = new TemporaryDirectory();
        var file = Path.Combine(directory.Path, "appsettings.json");
        await WriteSettingsAsync(file, "Buitenland");
        await using var host = new SyndicateHost(directory);
        using var client = host.CreateAdminClient();
        Assert.Equal("Buitenland", (await client.GetSourceAsync("from-file")).Section);
        await client.PutScheduleAsync("sample-text", new { intervalSeconds = 600 });

        await WriteSettingsAsync(file, "Wereld");

        await Eventually.HoldsAsync(async () => (await client.GetSourceAsync("from-file")).Section == "Wereld", "the file's new section is imported");
        Assert.Equal("every 10 minutes", (await client.GetSourceAsync("sample-text")).Schedule.Description);
    }

    private static Task WriteSettingsAsync(string path, string section) =>
        File.WriteAllTextAsync(path, JsonSerializer.Serialize(new
        {
            Syndicate = new
            {
                Sources = new Dictionary<string, object>
                {
                    ["2"] = new { Id = "from-file", Url = Samples.SeedTextPath, Schedule = SyndicateHost.NeverSchedule, Section = section },
                },
            },
        }), TestContext.Current.CancellationToken);
}

using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
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

    [Fact]
    public async Task A_changed_file_with_a_schedule_that_never_fires_is_not_imported_and_the_log_says_why_and_a_good_one_is()
    {
        using var directory = new TemporaryDirectory();
        var file = Path.Combine(directory.Path, "appsettings.json");
        await WriteSettingsAsync(file, "Buitenland");
        var logs = new LogLines();
        await using var host = new SyndicateHost(directory, services: s => s.AddSingleton<ILoggerProvider>(logs));
        using var client = host.CreateAdminClient();

        await WriteSettingsAsync(file, "Wereld", schedule: "0 0 0 30 2 ?");
        await Eventually.HoldsAsync(() => Task.FromResult(logs.Containing("were not imported").Count > 0), "the refusal is logged");
        var refused = logs.Containing("were not imported")[0];
        var unchanged = await client.GetSourceAsync("from-file");
        await WriteSettingsAsync(file, "Wereld");
        await Eventually.HoldsAsync(async () => (await client.GetSourceAsync("from-file")).Section == "Wereld", "the fixed file is imported");

        Assert.Contains("Syndicate:Sources:2:Schedule '0 0 0 30 2 ?' never fires", refused, StringComparison.Ordinal);
        Assert.Equal(("Buitenland", "cron " + SyndicateHost.NeverSchedule, "enabled"), (unchanged.Section, unchanged.Schedule.Description, unchanged.State));
        await Eventually.HoldsAsync(() => Task.FromResult(logs.Containing("imported 3 configured sources").Count > 0), "the import is logged");
        Assert.Empty(logs.Containing("could not"));
        Assert.DoesNotContain(logs.Lines, l => l.Level >= LogLevel.Error);
    }

    private static Task WriteSettingsAsync(string path, string section, string schedule = SyndicateHost.NeverSchedule) =>
        File.WriteAllTextAsync(path, JsonSerializer.Serialize(new
        {
            Syndicate = new
            {
                Sources = new Dictionary<string, object>
                {
                    ["2"] = new { Id = "from-file", Url = Samples.SeedTextPath, Schedule = schedule, Section = section },
                },
            },
        }), TestContext.Current.CancellationToken);
}

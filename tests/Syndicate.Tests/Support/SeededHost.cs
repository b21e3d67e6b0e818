namespace Syndicate.Tests.Support;

/// <summary>One server shared by a test class, with both sample pages ingested; for tests that only read.</summary>
public sealed class SeededHost : IAsyncLifetime
{
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public SeededHost()
    {
        var directory = new TemporaryDirectory();
        var dated = SamplesDate(DateTimeOffset.UtcNow);
        Host = new SyndicateHost(directory, new Dictionary<string, string?>
        {
            ["Syndicate:Sources:0:Url"] = CopyDated(Samples.SeedTextPath, directory.Path, dated),
            ["Syndicate:Sources:1:Url"] = CopyDated(Samples.SeedHtmlPath, directory.Path, dated),
        });
    }

    public SyndicateHost Host { get; }

    public HttpClient Client { get; private set; } = null!;

    /// <summary>
    /// File sources are dated by their file's time. The samples' oldest age is 4 hours, so dated at the last 18:00 in
    /// Amsterdam every window lies within one day whatever the hour the tests run at, and item pages read the same.
    /// </summary>
    private static DateTimeOffset SamplesDate(DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(now, Amsterdam);
        var evening = local.Date.AddHours(18);
        if (evening > local.DateTime)
        {
            evening = evening.AddDays(-1);
        }

        return new DateTimeOffset(evening, Amsterdam.GetUtcOffset(evening));
    }

    public async ValueTask InitializeAsync()
    {
        Client = Host.CreateClient(new() { AllowAutoRedirect = false });
        await Host.IngestAsync("sample-text");
        await Host.IngestAsync("sample-html");
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Host.DisposeAsync();
        Host.Directory.Dispose();
    }

    private static string CopyDated(string sample, string folder, DateTimeOffset at)
    {
        var copy = Path.Combine(folder, Path.GetFileName(sample));
        File.Copy(sample, copy);
        File.SetLastWriteTimeUtc(copy, at.UtcDateTime);
        return copy;
    }
}

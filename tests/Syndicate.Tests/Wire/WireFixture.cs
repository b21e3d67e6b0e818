using System.Text.Json;
using Syndicate.Core.Time;
using Syndicate.Core.Wire;

namespace Syndicate.Tests.Wire;

/// <summary>
/// A page under Fixtures/Wire and, in NAME.expected.json beside it, how it was served and the items
/// it must give. Ages are written as on the page; an age the current grammar does not read yet
/// (a clock, "vor 16 Minuten") is expected as no age until it does (<see cref="ExpectedAge"/>).
/// </summary>
internal sealed record WireFixture(
    string Page,
    string? Url,
    string? ContentType,
    string Lang,
    string? Error,
    string? Warning,
    IReadOnlyList<ExpectedItem> Items)
{
    private const string Suffix = ".expected.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Directory { get; } = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Wire");

    public static IEnumerable<string> Names =>
        System.IO.Directory.EnumerateFiles(Directory, "*" + Suffix).Select(p => Path.GetFileName(p)[..^Suffix.Length]).Order(StringComparer.Ordinal);

    public string Name { get; private init; } = "";

    public string PagePath => Path.GetFullPath(Path.Combine(Directory, Page));

    /// <summary>The grammar of the page's language, or English's while that language has none.</summary>
    public AgeGrammar Grammar => AgeGrammar.For(AgeGrammar.IsSupported(Lang) ? Lang : "en");

    public static WireFixture Load(string name) =>
        JsonSerializer.Deserialize<WireFixture>(File.ReadAllText(Path.Combine(Directory, name + Suffix)), Json)! with { Name = name };

    public PageReadResult Read(AgencyCatalog? agencies = null) =>
        new PageReader(agencies ?? AgencyCatalog.Default, Grammar)
            .Read(File.ReadAllBytes(PagePath), ContentType, Url is null ? null : new Uri(Url));

    /// <summary>The age an item shows: the page's age once the grammar reads it, until then none.</summary>
    public string? ExpectedAge(ExpectedItem item) => item.Age is not null && Grammar.TryParse(item.Age, out _) ? item.Age : null;
}

internal sealed record ExpectedItem(
    string? Headline,
    string? Dateline,
    string? Place,
    IReadOnlyList<string> Agencies,
    string Body,
    string? Age,
    string? Section,
    string? Link,
    string? MachineTime = null,
    IReadOnlyList<string>? UnknownCredits = null,
    bool CreditInherited = false,
    string? Correction = null);

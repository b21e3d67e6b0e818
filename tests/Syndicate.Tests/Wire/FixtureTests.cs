using Syndicate.Core.Wire;

namespace Syndicate.Tests.Wire;

public sealed class FixtureTests
{
    public static TheoryData<string> Fixtures => new(WireFixture.Names);

    [Fact]
    public void There_are_at_least_twelve_fixture_pages() => Assert.True(WireFixture.Names.Count() >= 12);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Fixture_page_gives_exactly_its_expected_items_field_by_field(string name)
    {
        var fixture = WireFixture.Load(name);

        var result = fixture.Read();

        Assert.Equal(fixture.Error, result.Error);
        Assert.Equal(fixture.Warning, result.Warning);
        var differences = new List<string>();
        if (fixture.Items.Count != result.Items.Count)
        {
            differences.Add($"{fixture.Items.Count} items expected, {result.Items.Count} found: {string.Join(" | ", result.Items.Select(i => i.Body[..Math.Min(40, i.Body.Length)]))}");
        }

        foreach (var (expected, actual, index) in fixture.Items.Zip(result.Items).Select((pair, i) => (pair.First, pair.Second, i)))
        {
            var machineTime = fixture.ExpectedAge(expected) is null && expected.Age is not null ? null : expected.MachineTime;
            Compare(differences, index, "headline", expected.Headline, actual.Headline);
            Compare(differences, index, "dateline", expected.Dateline, actual.Dateline);
            Compare(differences, index, "place", expected.Place, actual.Place);
            Compare(differences, index, "agencies", string.Join('/', expected.Agencies), string.Join('/', actual.Agencies));
            Compare(differences, index, "body", expected.Body, actual.Body);
            Compare(differences, index, "age", fixture.ExpectedAge(expected), actual.Age);
            Compare(differences, index, "section", expected.Section, actual.Section);
            Compare(differences, index, "link", expected.Link, actual.Link);
            Compare(differences, index, "machineTime", machineTime, actual.MachineTime);
            Compare(differences, index, "unknownCredits", string.Join('/', expected.UnknownCredits ?? []), string.Join('/', actual.UnknownCredits));
            Compare(differences, index, "creditInherited", expected.CreditInherited.ToString(), actual.CreditInherited.ToString());
            Compare(differences, index, "correction", expected.Correction, actual.Correction);
        }

        Assert.True(differences.Count == 0, $"{name}:\n{string.Join('\n', differences)}");
    }

    private static void Compare(List<string> differences, int index, string field, string? expected, string? actual)
    {
        if (!string.Equals(expected, actual, StringComparison.Ordinal))
        {
            differences.Add($"item {index} {field}: expected «{expected}», got «{actual}»");
        }
    }
}

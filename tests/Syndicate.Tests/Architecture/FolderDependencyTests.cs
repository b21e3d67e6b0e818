using Syndicate.Fetching;
using Syndicate.Ingestion;

namespace Syndicate.Tests.Architecture;

/// <summary>
/// The server's folders use each other only along the arrows written here (README, "Layout"): the source model
/// and the settings helper depend on nothing; fetching, storage and publishing on the model; ingestion and
/// scheduling on those; the API, the admin and operations on top. A new folder must be added here.
/// </summary>
public sealed class FolderDependencyTests
{
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        ["Settings"] = [],
        ["Metrics"] = [],
        ["Pages"] = [],
        ["Sources"] = ["Settings"],
        ["Catalogs"] = ["Settings"],
        ["Fetching"] = ["Settings"],
        ["Storage"] = ["Sources", "Settings"],
        ["Health"] = ["Sources", "Storage", "Fetching"],
        ["Publishing"] = ["Sources", "Storage", "Catalogs", "Metrics", "Settings"],
        ["Archives"] = ["Sources", "Storage", "Publishing", "Settings"],
        ["Push"] = ["Storage", "Fetching", "Publishing", "Settings"],
        ["Ingestion"] = ["Sources", "Storage", "Fetching", "Health", "Publishing", "Catalogs", "Metrics", "Settings"],
        ["Scheduling"] = ["Sources", "Storage", "Health", "Ingestion", "Publishing", "Settings"],
        ["Api"] = ["Sources", "Storage", "Publishing", "Archives", "Catalogs", "Pages"],
        ["Admin"] = ["Sources", "Storage", "Fetching", "Health", "Publishing", "Push", "Scheduling", "Catalogs", "Settings", "Pages"],
        ["Operations"] = ["Storage", "Health", "Publishing", "Metrics", "Admin", "Settings"],
        ["Cli"] = ["Fetching"],
    };

    private static readonly Type[] ServerTypes = typeof(Program).Assembly.GetTypes();

    [Fact]
    public void Every_folder_of_the_server_is_listed_with_its_allowed_arrows()
    {
        var folders = ServerTypes.Select(FolderOf).OfType<string>().Distinct().Order(StringComparer.Ordinal);

        Assert.Equal(Allowed.Keys.Order(StringComparer.Ordinal), folders);
    }

    [Fact]
    public void No_folder_uses_a_folder_it_may_not()
    {
        var violations = (
            from type in ServerTypes
            let folder = FolderOf(type)
            where folder is not null
            from used in TypeReferences.Of(type)
            let usedFolder = FolderOf(used)
            where usedFolder is not null && usedFolder != folder && !Allowed[folder].Contains(usedFolder)
            select $"{folder} → {usedFolder}: {type.FullName} uses {used.FullName}")
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    [Fact]
    public void A_type_used_only_inside_a_method_body_counts_as_a_use()
    {
        // SourceIngestor names FetchRefusedException only in a type test inside a method.
        var used = TypeReferences.Of(typeof(SourceIngestor));

        Assert.Contains(typeof(FetchRefusedException), used);
    }

    [Fact]
    public void The_arrows_have_no_cycle()
    {
        var visiting = new HashSet<string>();
        var done = new HashSet<string>();
        bool Cycles(string folder) =>
            !done.Contains(folder)
            && (!visiting.Add(folder) || Allowed[folder].Any(Cycles) || !done.Add(folder));

        Assert.DoesNotContain(Allowed.Keys, Cycles);
    }

    /// <summary>"Storage" for Syndicate.Storage.ItemStore; null for types outside the server's folders (the entry point).</summary>
    private static string? FolderOf(Type type) =>
        type.Assembly == typeof(Program).Assembly && type.Namespace is { } name && name.StartsWith("Syndicate.", StringComparison.Ordinal)
            ? name.Split('.')[1]
            : null;
}

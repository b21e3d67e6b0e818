namespace Syndicate.Tests.Support;

internal static class RepositoryRoot
{
    /// <summary>The folder holding Syndicate.sln, found upwards from the test assembly.</summary>
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "Syndicate.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No Syndicate.sln above {AppContext.BaseDirectory}.");
    }
}

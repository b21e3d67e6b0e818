namespace Syndicate.Tests.Support;

/// <summary>The bundled sample pages (src/Syndicate/Samples), copied beside the test assembly.</summary>
internal static class Samples
{
    public static string Directory { get; } = Path.Combine(AppContext.BaseDirectory, "Samples");

    public static string SeedTextPath { get; } = Path.Combine(Directory, "buitenland.txt");

    public static string SeedHtmlPath { get; } = Path.Combine(Directory, "buitenland.html");
}

namespace Syndicate.Tests.Support;

/// <summary>
/// Tests that need a program outside .NET (a feed parser, xmllint, Chromium) skip with the reason
/// when run by hand without it, and fail under CI, where .ci/run installs every one of them
/// (CI=true, as the CI runner sets it, turns the skip into a failure).
/// </summary>
internal static class ExternalTool
{
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Skips the test (or fails it under CI) when <paramref name="available"/> is false.</summary>
    public static void Require(bool available, string tool, string install)
    {
        if (available)
        {
            return;
        }

        var reason = $"{tool} is not installed ({install}).";
        if (IsCi)
        {
            Assert.Fail($"{reason} CI must install it: see .ci/run.");
        }

        Assert.Skip(reason);
    }

    /// <summary>Whether an executable exists at <paramref name="path"/> or on the PATH.</summary>
    public static bool Exists(string path) =>
        Path.IsPathRooted(path)
            ? File.Exists(path)
            : (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Any(dir => File.Exists(Path.Combine(dir, path)));
}

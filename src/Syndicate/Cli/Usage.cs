namespace Syndicate.Cli;

/// <summary>What <c>--help</c> prints, and what an unknown command gets with its error.</summary>
internal static class Usage
{
    public const string Text = """
        Syndicate: news wire pages in, RSS, Atom and JSON feeds out.

        Usage:
          Syndicate [--urls URL] [--Syndicate:SETTING=VALUE ...]   serve (the default)
          Syndicate preview URL-OR-FILE [--json] [--lang nl]        show the wire items one page yields
          Syndicate preview URL-OR-FILE --explain                   why each block is or is not an item
          Syndicate score-recognition FOLDER                        recognition scored against a labelled corpus
          Syndicate ages                                             read ages from standard input, one a line
          Syndicate places                                           place datelines from standard input, one a line
          Syndicate --help                                           this text

        Serving reads appsettings.json from the working folder; any setting can also be given as an
        environment variable (Syndicate__FeedSize=100) or on the command line (--Syndicate:FeedSize=100).
        The address: --urls http://0.0.0.0:8080, or ASPNETCORE_URLS (default http://localhost:5000).
        One server per database: a second server on the same Syndicate:DatabasePath refuses to start.
        README.md describes every setting.

        """;
}

using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;
using Syndicate.Core.Time;
using Syndicate.Core.Wire;
using Syndicate.Fetching;

namespace Syndicate.Cli;

/// <summary>
/// <c>preview &lt;url-or-file&gt; [--json | --explain] [--lang nl] [--url page-url] [--allow-private-network]</c>: reads one
/// page, as the server would, and prints its wire items; <c>--url</c> gives a file the URL its links resolve against;
/// <c>--explain</c> prints, for each item, the blocks that made it and the rule that decided each field,
/// and the blocks that came close to an item with the reason each is none.
/// Exit codes: 0 read (even with no items), 1 the page was refused or could not be fetched, 2 usage.
/// </summary>
internal static partial class PreviewCommand
{
    private const string Usage = "usage: preview <url-or-file> [--json | --explain] [--lang nl] [--url page-url] [--allow-private-network]";

    private const int MaxCandidates = 8;
    private const int Excerpt = 90;

    private static readonly TimeSpan FetchTimeout = TimeSpan.FromSeconds(30);

    /// <param name="args">The arguments after the verb; a leading "preview" is skipped.</param>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        if (!TryParse(args, out var options, out var problem))
        {
            await error.WriteLineAsync($"{problem}\n{Usage}");
            return 2;
        }

        var (page, fetchError) = await LoadAsync(options);
        if (page is null)
        {
            await error.WriteLineAsync(fetchError);
            return 1;
        }

        var reader = new PageReader(AgencyCatalog.Default, AgeGrammar.Preferring(options.Language));
        var pageUrl = options.PageUrl ?? (page.Url.IsFile ? null : page.Url);
        if (options.Explain)
        {
            var explanation = reader.Explain(page.Content, page.ContentType, pageUrl);
            if (explanation.Recognition is null)
            {
                await error.WriteLineAsync(explanation.Error);
                return 1;
            }

            await WriteExplanationAsync(explanation.Blocks, explanation.Recognition, output);
            return 0;
        }

        var result = reader.Read(page.Content, page.ContentType, pageUrl);
        if (!result.Succeeded)
        {
            await error.WriteLineAsync(result.Error);
            return 1;
        }

        if (result.Warning is not null)
        {
            await error.WriteLineAsync($"warning: {result.Warning}");
        }

        if (options.Json)
        {
            await output.WriteLineAsync(JsonSerializer.Serialize(result.Items.Select(PreviewItem.From).ToList(), PreviewJson.Default.ListPreviewItem));
        }
        else
        {
            await WriteReadableAsync(result, output);
        }

        return 0;
    }

    private static bool TryParse(string[] args, out Options options, out string? problem)
    {
        options = new Options();
        problem = null;
        var rest = args.Length > 0 && args[0] == "preview" ? args[1..] : args;
        for (var i = 0; i < rest.Length; i++)
        {
            switch (rest[i])
            {
                case "--json" when !options.Explain:
                    options = options with { Json = true };
                    break;
                case "--allow-private-network":
                    options = options with { AllowPrivateNetwork = true };
                    break;
                case "--explain" when !options.Json:
                    options = options with { Explain = true };
                    break;
                case "--json" or "--explain":
                    problem = "Give --json or --explain, not both.";
                    return false;
                case "--lang" when i + 1 < rest.Length && AgeGrammar.IsSupported(rest[i + 1]):
                    options = options with { Language = rest[++i] };
                    break;
                case "--lang":
                    problem = $"--lang needs one of: {string.Join(", ", AgeGrammar.SupportedLanguages)}.";
                    return false;
                case "--url" when i + 1 < rest.Length && IsWebUrl(rest[i + 1], out var url):
                    options = options with { PageUrl = url };
                    i++;
                    break;
                case "--url":
                    problem = "--url needs an absolute http(s) URL.";
                    return false;
                case var source when options.Source is null && !source.StartsWith("--", StringComparison.Ordinal):
                    options = options with { Source = source };
                    break;
                default:
                    problem = $"Unexpected argument '{rest[i]}'.";
                    return false;
            }
        }

        if (options.Source is null)
        {
            problem = "Give a file path or an http(s) URL.";
            return false;
        }

        return true;
    }

    /// <summary>
    /// Fetches through the server's own pipeline (guarded connections, politeness, retries) with the Fetch settings
    /// of appsettings.json, except that any local file may be read and, with --allow-private-network, any address.
    /// </summary>
    private static async Task<(FetchedPage? Page, string? Error)> LoadAsync(Options options)
    {
        var here = Directory.GetCurrentDirectory();
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(here, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                [$"{FetchOptions.Section}:{nameof(FetchOptions.FileRoot)}"] = Path.GetPathRoot(here),
            })
            .Build();
        await using var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(TimeProvider.System)
            .AddSingleton<IHostEnvironment>(new HostingEnvironment { ContentRootPath = here })
            .AddFetching(configuration)
            .BuildServiceProvider();
        try
        {
            var fetcher = services.GetRequiredService<PageFetcher>();
            if (!IsWebUrl(options.Source!, out _) && !File.Exists(fetcher.ResolveFile(options.Source!)))
            {
                return (null, $"No such file: {options.Source}");
            }

            using var timeout = new CancellationTokenSource(FetchTimeout);
            var request = new FetchRequest(options.Source!, PageReader.DefaultMaxBytes) { AllowPrivateNetwork = options.AllowPrivateNetwork };
            return (await fetcher.FetchAsync(request, timeout.Token), null);
        }
        catch (OptionsValidationException e)
        {
            return (null, string.Join(Environment.NewLine, e.Failures));
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException or IOException or UnauthorizedAccessException
                                       or FetchRefusedException or SourceThrottledException)
        {
            return (null, $"Could not read {options.Source}: {e.Message}");
        }
    }

    private static bool IsWebUrl(string text, out Uri url) =>
        Uri.TryCreate(text, UriKind.Absolute, out url!) && url.Scheme is "http" or "https";

    private static async Task WriteReadableAsync(PageReadResult result, TextWriter output)
    {
        await output.WriteLineAsync($"{result.Items.Count} item(s)");
        foreach (var item in result.Items)
        {
            await output.WriteLineAsync();
            if (item.Headline is not null)
            {
                await output.WriteLineAsync($"# {item.Headline}");
            }

            var credit = item.Agencies.Count == 0 ? "" : $"({string.Join('/', item.Agencies)})";
            await output.WriteLineAsync($"{item.Dateline} {credit}{(item.CreditInherited ? " inherited" : "")}".Trim());
            await output.WriteLineAsync(item.Body);
            var facts = new[] { ("age", item.Age), ("section", item.Section), ("link", item.Link), ("correction", item.Correction) }
                .Where(f => f.Item2 is not null)
                .Select(f => $"{f.Item1}: {f.Item2}");
            foreach (var fact in facts)
            {
                await output.WriteLineAsync($"  {fact}");
            }
        }

        if (result.UnknownCredits.Count > 0)
        {
            await output.WriteLineAsync($"\nunknown credits: {string.Join(", ", result.UnknownCredits)}");
        }
    }

    private static async Task WriteExplanationAsync(IReadOnlyList<TextBlock> blocks, RecognitionExplanation explanation, TextWriter output)
    {
        await output.WriteLineAsync($"{explanation.Items.Count} item(s) in {blocks.Count} block(s); {explanation.AgeReading}");
        for (var i = 0; i < explanation.Items.Count; i++)
        {
            var (item, used, rules) = (explanation.Items[i].Item, explanation.Items[i].Blocks, explanation.Items[i].Rules);
            await output.WriteLineAsync();
            await output.WriteLineAsync($"item {i + 1}, from block(s) {string.Join(", ", used.Select(b => $"[{b}]"))}:");
            foreach (var b in used)
            {
                await output.WriteLineAsync($"  [{b}] {Shorten(blocks[b].Text)}");
            }

            var fields = new (string Name, string? Value)[]
            {
                ("agencies", string.Join('/', item.Agencies) + (item.Services.Count > 0 ? $" (services {string.Join(", ", item.Services)})" : "")),
                ("dateline", item.Dateline), ("place", item.Place), ("headline", item.Headline), ("body", Shorten(item.Body)),
                ("age", item.Age), ("section", item.Section),
            };
            foreach (var (name, value) in fields)
            {
                var rule = rules.GetValueOrDefault(name == "place" ? "dateline" : name, "-");
                await output.WriteLineAsync($"  {name,-9}{value ?? "-"}{(value is null ? "" : $"   [{rule}]")}");
            }
        }

        if (explanation.Candidates.Count > 0)
        {
            await output.WriteLineAsync();
            await output.WriteLineAsync(explanation.Items.Count == 0 ? "closest candidates, and why each is no item:" : "other blocks that came close, and why each is no item:");
            foreach (var candidate in explanation.Candidates.Take(MaxCandidates))
            {
                await output.WriteLineAsync($"  [{candidate.Block}] {Shorten(candidate.Text)}");
                await output.WriteLineAsync($"      {candidate.Reason}");
            }
        }
    }

    private static string Shorten(string text)
    {
        var line = text.Replace('\n', ' ');
        return line.Length <= Excerpt ? line : line[..Excerpt] + "…";
    }

    private sealed record Options(
        string? Source = null, bool Json = false, bool Explain = false, string Language = "nl", Uri? PageUrl = null, bool AllowPrivateNetwork = false);

    /// <summary>One item in <c>--json</c> output: exactly these fields, nulls written.</summary>
    internal sealed record PreviewItem(
        string? Headline,
        string? Dateline,
        string? Place,
        IReadOnlyList<string> Agencies,
        string Body,
        string? Age,
        string? Section,
        string? Link)
    {
        public static PreviewItem From(WireItem item) =>
            new(item.Headline, item.Dateline, item.Place, item.Agencies, item.Body, item.Age, item.Section, item.Link);
    }

    [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
    [JsonSerializable(typeof(List<PreviewItem>))]
    private sealed partial class PreviewJsonContext : JsonSerializerContext;

    /// <summary>Readable JSON: accents and quotes as they are, not \u escapes.</summary>
    private static class PreviewJson
    {
        public static PreviewJsonContext Default { get; } = new(new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            WriteIndented = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });
    }
}

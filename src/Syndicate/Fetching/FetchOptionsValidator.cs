using System.Net.Http.Headers;
using Microsoft.Extensions.Options;
using Syndicate.Settings;

namespace Syndicate.Fetching;

/// <summary>Every fetch setting in its range, each problem naming the setting and a value that works.</summary>
public sealed class FetchOptionsValidator(IHostEnvironment environment) : IValidateOptions<FetchOptions>
{
    public ValidateOptionsResult Validate(string? name, FetchOptions f)
    {
        var problems = new List<string>();
        void Check(bool ok, string problem)
        {
            if (!ok)
            {
                problems.Add($"{FetchOptions.Section}:{problem}");
            }
        }

        Check(f.AttemptTimeout > TimeSpan.Zero && f.TotalTimeout >= f.AttemptTimeout,
            "AttemptTimeout must be positive and TotalTimeout at least as long (such as 00:00:10 and 00:00:30).");
        Check(f.Retries is >= 1 and <= 10, "Retries must be between 1 and 10.");
        Check(f.MaxRedirects is >= 0 and <= 20, "MaxRedirects must be between 0 and 20.");
        Check(f.MinHostSpacing >= TimeSpan.Zero && f.RetryDelay >= TimeSpan.Zero, "MinHostSpacing and RetryDelay must not be negative.");
        Check(f.BackoffAfterFailures is >= 1 and <= 100, $"BackoffAfterFailures {f.BackoffAfterFailures} must be between 1 and 100 (default 3).");
        Check(f.BackoffBase > TimeSpan.Zero && f.BackoffMax >= f.BackoffBase,
            "BackoffBase must be positive and BackoffMax at least as long (such as 00:01:00 and 01:00:00).");
        Check(!string.IsNullOrWhiteSpace(f.UserAgent) && ProductInfoHeaderValue.TryParse(f.UserAgent.Split(' ')[0], out _),
            $"UserAgent '{f.UserAgent}' is not a User-Agent header value; give one such as \"Syndicate/1.0 (wire feed generator)\".");
        var fileRoot = Path.GetFullPath(f.FileRoot, environment.ContentRootPath);
        Check(Directory.Exists(fileRoot), $"FileRoot '{f.FileRoot}' is not a folder ({fileRoot} does not exist); give an existing folder, or leave it empty for the repository root.");
        return ValidatedOptions.Result(problems);
    }
}

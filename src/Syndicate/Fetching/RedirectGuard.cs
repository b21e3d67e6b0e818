using System.Net;
using Microsoft.Extensions.Options;

namespace Syndicate.Fetching;

/// <summary>
/// Follows the redirects of GET and HEAD requests hop by hop, each hop a request of its own through the
/// guarded pools (so every new host is checked before it is connected to), with the original request's
/// headers and options: only http(s) targets, at most <see cref="FetchOptions.MaxRedirects"/> hops, and a
/// loop is named as one. Other methods get the redirect response as it is.
/// </summary>
public sealed class RedirectGuard(IOptionsMonitor<FetchOptions> options) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (request.Method != HttpMethod.Get && request.Method != HttpMethod.Head)
        {
            return response;
        }

        var chain = new List<Uri> { request.RequestUri! };
        var current = request;
        while (IsRedirect(response.StatusCode))
        {
            var from = current.RequestUri!;
            var target = Target(response, from);
            response.Dispose();
            if (chain.Contains(target))
            {
                throw new RedirectFailedException($"redirect loop: {Chain(chain, target)}");
            }

            if (chain.Count > options.CurrentValue.MaxRedirects)
            {
                throw new RedirectFailedException($"too many redirects (more than {options.CurrentValue.MaxRedirects}): {Chain(chain, target)}");
            }

            chain.Add(target);
            current = NextHop(request, target);
            response = await base.SendAsync(current, cancellationToken);
        }

        return response;
    }

    private static bool IsRedirect(HttpStatusCode status) => status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found
        or HttpStatusCode.SeeOther or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    /// <summary>Where a redirect points, resolved against the URL that answered it, without a fragment.</summary>
    /// <exception cref="FetchRefusedException">The Location is missing, not a URL, or not http(s).</exception>
    private static Uri Target(HttpResponseMessage response, Uri from)
    {
        var location = response.Headers.NonValidated.TryGetValues("Location", out var values) ? values.ToString() : "";
        if (!Uri.TryCreate(from, location, out var target) || location.Length == 0)
        {
            throw new FetchRefusedException($"redirect from {from} to '{location}' refused: the Location is not a URL");
        }

        if (target.Scheme is not ("http" or "https"))
        {
            throw new FetchRefusedException($"redirect to {target} refused: only http(s) is followed (from {from})");
        }

        return target.Fragment.Length == 0 ? target : new Uri(target.GetLeftPart(UriPartial.Query));
    }

    private static string Chain(IEnumerable<Uri> chain, Uri target) => string.Join(" → ", chain.Append(target).Select(u => u.AbsoluteUri));

    private static HttpRequestMessage NextHop(HttpRequestMessage original, Uri target)
    {
        var next = new HttpRequestMessage(original.Method, target) { Version = original.Version, VersionPolicy = original.VersionPolicy };
        foreach (var header in original.Headers)
        {
            next.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        foreach (var option in original.Options)
        {
            ((IDictionary<string, object?>)next.Options)[option.Key] = option.Value;
        }

        return next;
    }
}

// What a feed or feed page endpoint answers: the document, a permanent move to the canonical URL, or a problem.
global using FeedResult = Microsoft.AspNetCore.Http.HttpResults.Results<
    Syndicate.Api.PrecompressedResult,
    Microsoft.AspNetCore.Http.HttpResults.RedirectHttpResult,
    Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult>;

using Microsoft.AspNetCore.Http.HttpResults;

namespace Syndicate.Admin;

/// <summary>What <c>/admin</c> and <c>/admin/api/*</c> answer while no admin key is configured: 404, and how to turn them on.</summary>
public static class AdminOff
{
    public const string Title = "The admin API is off";

    public static ProblemHttpResult Problem() =>
        TypedResults.Problem(title: Title, detail: AdminOptions.HowToEnable, statusCode: StatusCodes.Status404NotFound);
}

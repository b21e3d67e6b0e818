namespace Syndicate.Admin;

/// <summary>Guards every admin API route: 404 while the admin is off, else the admin key check of <see cref="AdminSignIn"/>.</summary>
public sealed class AdminAccessFilter(AdminSignIn signIn) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (!signIn.IsEnabled)
        {
            return AdminOff.Problem();
        }

        return signIn.Refusal(context.HttpContext) is { } refusal ? refusal : await next(context);
    }
}

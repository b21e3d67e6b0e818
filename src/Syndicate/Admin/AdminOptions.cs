namespace Syndicate.Admin;

/// <summary>
/// The admin API and page (<c>Syndicate:Admin</c>). With no key they are off: <c>/admin</c> and
/// <c>/admin/api/*</c> answer 404 and say how to turn them on.
/// </summary>
public sealed class AdminOptions
{
    public const string Section = "Syndicate:Admin";

    /// <summary>The environment variable read when <c>Syndicate:Admin:ApiKey</c> is not set.</summary>
    public const string KeyVariable = "SYNDICATE_ADMIN_KEY";

    public const int MinimumKeyLength = 16;

    public const string HowToEnable =
        "Set Syndicate:Admin:ApiKey in appsettings.json, or the SYNDICATE_ADMIN_KEY environment variable, to a secret of at least 16 characters "
        + "(for example the output of: openssl rand -hex 32), and restart the server.";

    /// <summary>The secret admins send as <c>X-Api-Key</c> or <c>Authorization: Bearer</c>; empty or missing turns the admin off.</summary>
    public string? ApiKey { get; set; }

    public bool IsEnabled => !string.IsNullOrEmpty(ApiKey);
}

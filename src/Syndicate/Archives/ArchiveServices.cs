using Syndicate.Publishing;
using Syndicate.Settings;

namespace Syndicate.Archives;

public static class ArchiveServices
{
    /// <summary>
    /// The feeds' closed daily archives (RFC 5005): what is closed, read before the first publish (register before
    /// AddPublishing), the keeper that closes due days after a publish, and the archive documents.
    /// </summary>
    public static IServiceCollection AddArchives(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<ArchiveOptions, ArchiveOptionsValidator>(configuration, ArchiveOptions.Section);
        services.AddSingleton<ArchiveStore>();
        services.AddSingleton<ArchiveIndex>();
        services.AddSingleton<IArchiveIndex>(sp => sp.GetRequiredService<ArchiveIndex>());
        services.AddHostedService(sp => sp.GetRequiredService<ArchiveIndex>());
        services.AddSingleton<ArchiveDocuments>();
        services.AddSingleton<ArchiveSignal>();
        services.AddSingleton<IPublicationObserver>(sp => sp.GetRequiredService<ArchiveSignal>());
        services.AddSingleton<ArchiveKeeper>();
        services.AddHostedService(sp => sp.GetRequiredService<ArchiveKeeper>());
        return services;
    }
}

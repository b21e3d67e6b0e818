using System.Data.Common;
using Syndicate.Storage;

namespace Syndicate.Tests.Support;

/// <summary>A database whose announcements a server starts to hear only once <paramref name="listen"/> completes; the rest is <paramref name="inner"/>'s.</summary>
internal sealed class LateListeningDatabase(Database inner, Task listen) : Database
{
    public override StorageProvider Provider => inner.Provider;

    public override SqlDialect Dialect => inner.Dialect;

    public override string ConnectionString => inner.ConnectionString;

    public override string Description => inner.Description;

    public override Task<DbConnection> OpenAsync(CancellationToken cancellationToken) => inner.OpenAsync(cancellationToken);

    public override Task<string?> PrepareAsync(CancellationToken cancellationToken) => inner.PrepareAsync(cancellationToken);

    public override void Claim() => inner.Claim();

    public override Task AnnounceChangeAsync(string message, CancellationToken cancellationToken) => inner.AnnounceChangeAsync(message, cancellationToken);

    public override async IAsyncEnumerable<string> ChangesAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await listen.WaitAsync(cancellationToken);
        await foreach (var change in inner.ChangesAsync(cancellationToken))
        {
            yield return change;
        }
    }

    protected override void Dispose(bool disposing) => inner.Dispose();
}

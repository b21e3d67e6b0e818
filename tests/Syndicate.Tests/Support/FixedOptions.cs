using Microsoft.Extensions.Options;

namespace Syndicate.Tests.Support;

/// <summary>Options that never change, for a class built by hand outside the server.</summary>
internal sealed class FixedOptions<T>(T value) : IOptionsMonitor<T>
{
    public T CurrentValue => value;

    public T Get(string? name) => value;

    public IDisposable? OnChange(Action<T, string?> listener) => null;
}

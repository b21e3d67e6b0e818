namespace Syndicate.Tests.Support;

/// <summary>Bounded polling for effects that happen in the background (a Quartz job run): no sleeps, no timed assertions.</summary>
internal static class Eventually
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    /// <summary>Waits until <paramref name="condition"/> holds, or fails naming <paramref name="what"/> after the limit.</summary>
    public static async Task HoldsAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow + Limit;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Still not true after {Limit.TotalSeconds} s: {what}.");
            }

            await Task.Delay(25, TestContext.Current.CancellationToken);
        }
    }
}

using Microsoft.Extensions.Time.Testing;
using Syndicate.Fetching;
using Syndicate.Tests.Support;

namespace Syndicate.Tests.Fetching;

/// <summary>One request in flight per host, and the configured spacing between the end of one and the start of the next.</summary>
public sealed class HostPolitenessTests
{
    private static readonly TimeSpan Spacing = TimeSpan.FromSeconds(2);

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly HostPoliteness _politeness;

    public HostPolitenessTests() =>
        _politeness = new HostPoliteness(_clock, new FixedOptions<FetchOptions>(new FetchOptions { MinHostSpacing = Spacing }));

    [Fact]
    public async Task A_second_request_to_a_host_waits_until_the_first_is_done_and_the_spacing_has_passed()
    {
        var first = await _politeness.WaitTurnAsync("nieuws.example", CancellationToken.None);
        var second = _politeness.WaitTurnAsync("nieuws.example", CancellationToken.None);
        Assert.False(second.IsCompleted);

        first.Dispose();
        _clock.Advance(Spacing - TimeSpan.FromMilliseconds(1));
        await Task.Yield();
        Assert.False(second.IsCompleted);

        _clock.Advance(TimeSpan.FromMilliseconds(1));
        (await AdvanceUntilDoneAsync(second)).Dispose();
    }

    [Fact]
    public async Task Requests_to_different_hosts_do_not_wait_for_each_other()
    {
        using var first = await _politeness.WaitTurnAsync("nieuws.example", CancellationToken.None);

        var other = _politeness.WaitTurnAsync("wire.example", CancellationToken.None);

        Assert.True(other.IsCompletedSuccessfully);
        (await other).Dispose();
    }

    [Fact]
    public async Task Host_names_differing_only_in_case_share_one_turn()
    {
        using var first = await _politeness.WaitTurnAsync("Nieuws.Example", CancellationToken.None);

        Assert.False(_politeness.WaitTurnAsync("nieuws.example", CancellationToken.None).IsCompleted);
    }

    [Fact]
    public async Task A_request_cancelled_while_it_waits_for_the_spacing_gives_its_turn_to_the_next()
    {
        (await _politeness.WaitTurnAsync("nieuws.example", CancellationToken.None)).Dispose();
        using var cancel = new CancellationTokenSource();
        var cancelled = _politeness.WaitTurnAsync("nieuws.example", cancel.Token);
        var next = _politeness.WaitTurnAsync("nieuws.example", CancellationToken.None);

        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        (await AdvanceUntilDoneAsync(next)).Dispose();
    }

    /// <summary>
    /// The waiter given the turn sets its spacing timer on its own thread, maybe only after the clock has moved past the
    /// spacing, and a fake timer counts from when it is set: the clock is moved on, within bounds, until that timer fires.
    /// </summary>
    private async Task<IDisposable> AdvanceUntilDoneAsync(Task<IDisposable> waiter)
    {
        for (var step = 0; step < 500 && !waiter.IsCompleted; step++)
        {
            await Task.Delay(20);
            if (!waiter.IsCompleted)
            {
                _clock.Advance(Spacing);
            }
        }

        return await waiter.WaitAsync(TimeSpan.FromSeconds(10));
    }
}

using Syndicate.Storage;

namespace Syndicate.Tests.Hosting;

/// <summary>
/// The fetch history of sources polled every <c>period</c> on the grid of a cron schedule (instants that are whole
/// multiples of it), checked fire by fire between each source's first and last fetch: every fire ran once, or the
/// cluster's rule for held fires (README, "Running several nodes") says why it did not.
/// <list type="bullet">
/// <item>A run the kill of its node cut short is not run again (<c>CutOff</c>).</item>
/// <item>A fire released more than the misfire threshold late (a misfire) runs once, at once, and the fires that fell
/// due until it ran are dropped (<c>Skipped</c>): they lie between it and its start. Its fetch names the fire it was
/// due for, which started at least the threshold late; or, when Quartz did not keep that fire (the misfire pass was
/// slowed down between two readings of the clock, or the fire misfired again before a node took it), an instant of a
/// misfire pass, off the grid, at least the threshold after the first fire it dropped. A misfire cut short by the kill
/// is off the grid in Quartz's table.</item>
/// </list>
/// Anything else missing is lost.
/// </summary>
/// <param name="Fires">The fires that ran, each counted once.</param>
/// <param name="Late">Misfires: fires that started at least the misfire threshold after they were due, or that name the instant they ran.</param>
/// <param name="Doubles">Fires that ran more than once.</param>
/// <param name="Lost">Fires that never ran and that the rule does not explain.</param>
/// <param name="Unscheduled">Fetches that name no fire (a run-now, an ingest at start-up).</param>
internal sealed record FireAccounting(
    int Fires, int Late, int CutOff, int Skipped, IReadOnlyList<string> Doubles, IReadOnlyList<string> Lost, IReadOnlyList<string> Unscheduled)
{
    /// <param name="cutOff">The runs a killed node had going when it was killed: source, and the instant Quartz fired it for.</param>
    public static FireAccounting Of(
        IEnumerable<FetchRecord> fetches, TimeSpan period, TimeSpan misfireThreshold, IReadOnlyCollection<(string SourceId, DateTimeOffset FiredFor)> cutOff)
    {
        bool OnGrid(DateTimeOffset instant) => instant.ToUnixTimeMilliseconds() % (long)period.TotalMilliseconds == 0;
        bool Misfired((DateTimeOffset Due, DateTimeOffset Started) fire) => !OnGrid(fire.Due) || fire.Started - fire.Due >= misfireThreshold;

        var (fires, late, cutShort, skipped) = (0, 0, 0, 0);
        var doubles = new List<string>();
        var lost = new List<string>();
        var unscheduled = new List<string>();
        foreach (var source in fetches.GroupBy(f => f.SourceId))
        {
            unscheduled.AddRange(source
                .Where(f => f.ScheduledFireTime is null)
                .Select(f => $"{source.Key}: the fetch started at {f.StartedAt:HH:mm:ss.fff} on {f.Node} names no fire"));
            var ran = source.Where(f => f.ScheduledFireTime is not null).GroupBy(f => f.ScheduledFireTime!.Value).OrderBy(fire => fire.Key).ToList();
            doubles.AddRange(ran
                .Where(fire => fire.Count() > 1)
                .Select(fire => $"{source.Key}: the fire due at {fire.Key:HH:mm:ss.fff} ran {fire.Count()} times, on {string.Join(", ", fire.Select(f => f.Node))}"));
            var started = ran.Select(fire => (Due: fire.Key, Started: fire.Min(f => f.StartedAt))).ToList();
            fires += started.Count;
            late += started.Count(Misfired);
            for (var i = 1; i < started.Count; i++)
            {
                var (before, after) = (started[i - 1], started[i]);
                var cut = cutOff.Where(c => c.SourceId == source.Key && c.FiredFor > before.Due && c.FiredFor < after.Due).Select(c => c.FiredFor).ToList();
                var firstDue = DateTimeOffset.FromUnixTimeMilliseconds(((before.Due.ToUnixTimeMilliseconds() / (long)period.TotalMilliseconds) + 1) * (long)period.TotalMilliseconds);
                for (var due = firstDue; due < after.Due; due += period)
                {
                    if (cut.Exists(firedFor => firedFor == due || (!OnGrid(firedFor) && due <= firedFor)))
                    {
                        cutShort++;
                    }
                    else if ((Misfired(before) && due <= before.Started) || (!OnGrid(after.Due) && after.Due - firstDue >= misfireThreshold))
                    {
                        skipped++;
                    }
                    else
                    {
                        lost.Add($"{source.Key}: the fire due at {due:HH:mm:ss} never ran (the fire before it was due at {before.Due:HH:mm:ss.fff} and started at {before.Started:HH:mm:ss.fff})");
                    }
                }
            }
        }

        return new FireAccounting(fires, late, cutShort, skipped, doubles, lost, unscheduled);
    }
}

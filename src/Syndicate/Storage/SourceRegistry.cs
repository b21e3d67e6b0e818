using System.Text.Json;
using Dapper;
using Syndicate.Core.Time;
using Syndicate.Sources;

namespace Syndicate.Storage;

/// <summary>
/// The sources the server polls, in the <c>sources</c> table. The rule between appsettings.json and
/// the admin API: a source from the file is imported (inserted or overwritten) only while no API
/// change has been made to it; any change through the API (a new definition or schedule) makes it
/// the API's for good, and deleting it through the API leaves a tombstone so the file does not bring
/// it back. An admin's pause survives imports; a pause the server made because the source's schedule cannot fire
/// (with its reason) is lifted by a new schedule, from the API or the file. A file source that leaves the file is
/// removed, unless the API owns it.
/// </summary>
public sealed class SourceRegistry(Database database, TimeProvider clock)
{
    private const string Columns = """
        id AS Id, url AS Url, language AS Language, time_zone AS TimeZone, country AS Country, section AS Section,
        age_rounding AS AgeRounding, selectors AS Selectors, allow_private_network AS AllowPrivateNetwork, cron AS Cron, interval_seconds AS IntervalSeconds,
        adaptive_min_seconds AS AdaptiveMinSeconds, adaptive_max_seconds AS AdaptiveMaxSeconds,
        paused AS Paused, pause_reason AS PauseReason, managed_by AS ManagedBy
        """;

    public async Task<IReadOnlyList<RegisteredSource>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<SourceRow>(new CommandDefinition(
            $"SELECT {Columns} FROM sources WHERE deleted_at IS NULL ORDER BY id", cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToSource())];
    }

    public async Task<RegisteredSource?> FindAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<SourceRow>(new CommandDefinition(
            $"SELECT {Columns} FROM sources WHERE id = @Id AND deleted_at IS NULL", new { Id = id }, cancellationToken: cancellationToken));
        return row?.ToSource();
    }

    /// <summary>Brings the file's sources in, by the rule above, in one transaction.</summary>
    public async Task ImportConfigurationAsync(IReadOnlyList<ConfiguredSource> sources, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var source in sources)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO sources (id, url, language, time_zone, country, section, age_rounding, selectors, allow_private_network, cron, managed_by)
                VALUES (@Id, @Url, @Language, @TimeZone, @Country, @Section, @AgeRounding, @Selectors, @AllowPrivateNetwork, @Cron, 'config')
                ON CONFLICT (id) DO UPDATE SET
                    url = excluded.url, language = excluded.language, time_zone = excluded.time_zone,
                    country = excluded.country, section = excluded.section, age_rounding = excluded.age_rounding,
                    selectors = excluded.selectors, allow_private_network = excluded.allow_private_network,
                    cron = excluded.cron, interval_seconds = NULL, adaptive_min_seconds = NULL, adaptive_max_seconds = NULL,
                    paused = CASE WHEN sources.pause_reason IS NULL THEN sources.paused ELSE FALSE END, pause_reason = NULL
                WHERE sources.managed_by = 'config'
                """,
                Parameters(source.ToDefinition(), new SourceSchedule.Cron(source.Schedule)),
                transaction,
                cancellationToken: cancellationToken));
        }

        await connection.ExecuteAsync(new CommandDefinition(
            $"DELETE FROM sources WHERE managed_by = 'config' AND {database.Dialect.NoneOf("id", "@Ids")}",
            new { Ids = sources.Select(s => s.Id).ToArray() },
            transaction,
            cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Adds a source owned by the API; false when a live source has that id. A tombstoned id can be reused.</summary>
    public async Task<bool> AddAsync(SourceDefinition definition, SourceSchedule schedule, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO sources (id, url, language, time_zone, country, section, age_rounding, selectors, allow_private_network,
                                 cron, interval_seconds, adaptive_min_seconds, adaptive_max_seconds, managed_by, api_modified_at)
            VALUES (@Id, @Url, @Language, @TimeZone, @Country, @Section, @AgeRounding, @Selectors, @AllowPrivateNetwork,
                    @Cron, @IntervalSeconds, @AdaptiveMinSeconds, @AdaptiveMaxSeconds, 'api', @Now)
            ON CONFLICT (id) DO UPDATE SET
                url = excluded.url, language = excluded.language, time_zone = excluded.time_zone,
                country = excluded.country, section = excluded.section, age_rounding = excluded.age_rounding,
                selectors = excluded.selectors, allow_private_network = excluded.allow_private_network,
                cron = excluded.cron, interval_seconds = excluded.interval_seconds,
                adaptive_min_seconds = excluded.adaptive_min_seconds, adaptive_max_seconds = excluded.adaptive_max_seconds,
                paused = FALSE, pause_reason = NULL, managed_by = 'api', api_modified_at = excluded.api_modified_at, deleted_at = NULL
            WHERE sources.deleted_at IS NOT NULL
            """,
            Parameters(definition, schedule, Now()),
            cancellationToken: cancellationToken));
        return changed == 1;
    }

    /// <summary>Replaces a source's definition (not its schedule); the API owns it from now on.</summary>
    public async Task<bool> UpdateAsync(SourceDefinition definition, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE sources SET url = @Url, language = @Language, time_zone = @TimeZone, country = @Country,
                section = @Section, age_rounding = @AgeRounding, selectors = @Selectors,
                allow_private_network = @AllowPrivateNetwork, managed_by = 'api', api_modified_at = @Now
            WHERE id = @Id AND deleted_at IS NULL
            """,
            DefinitionParameters(definition, Now()),
            cancellationToken: cancellationToken)) == 1;
    }

    /// <summary>Gives a source a new schedule, which lifts a pause the server made for the old one; the API owns it from now on.</summary>
    public async Task<bool> SetScheduleAsync(string id, SourceSchedule schedule, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var parameters = ScheduleParameters(schedule);
        parameters.Add("Id", id);
        parameters.Add("Now", Now());
        return await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE sources SET cron = @Cron, interval_seconds = @IntervalSeconds,
                adaptive_min_seconds = @AdaptiveMinSeconds, adaptive_max_seconds = @AdaptiveMaxSeconds,
                paused = CASE WHEN pause_reason IS NULL THEN paused ELSE FALSE END, pause_reason = NULL,
                managed_by = 'api', api_modified_at = @Now
            WHERE id = @Id AND deleted_at IS NULL
            """,
            parameters,
            cancellationToken: cancellationToken)) == 1;
    }

    /// <summary>Pauses or resumes a source for an admin; either way no pause reason of the server's remains.</summary>
    public async Task<bool> SetPausedAsync(string id, bool paused, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE sources SET paused = @Paused, pause_reason = NULL WHERE id = @Id AND deleted_at IS NULL",
            new { Id = id, Paused = paused },
            cancellationToken: cancellationToken)) == 1;
    }

    /// <summary>Pauses a source the server cannot schedule, with the reason; a new schedule lifts the pause.</summary>
    public async Task PauseForAsync(string id, string reason, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE sources SET paused = TRUE, pause_reason = @Reason WHERE id = @Id AND deleted_at IS NULL",
            new { Id = id, Reason = reason },
            cancellationToken: cancellationToken));
    }

    /// <summary>Tombstones a source, so neither the scheduler nor an import from the file sees it again.</summary>
    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE sources SET managed_by = 'api', api_modified_at = @Now, deleted_at = @Now WHERE id = @Id AND deleted_at IS NULL",
            new { Id = id, Now = Now() },
            cancellationToken: cancellationToken)) == 1;
    }

    private long Now() => UnixTime.Milliseconds(clock.GetUtcNow());

    private static DynamicParameters Parameters(SourceDefinition definition, SourceSchedule schedule, long? now = null)
    {
        var parameters = ScheduleParameters(schedule);
        parameters.AddDynamicParams(DefinitionParameters(definition, now));
        return parameters;
    }

    private static object DefinitionParameters(SourceDefinition definition, long? now) => new
    {
        definition.Id,
        definition.Url,
        definition.Language,
        definition.TimeZone,
        definition.Country,
        definition.Section,
        AgeRounding = definition.AgeRounding.ToString(),
        Selectors = definition.Selectors is { } selectors ? JsonSerializer.Serialize(selectors, SourceJson.Default.WireSelectors) : null,
        definition.AllowPrivateNetwork,
        Now = now,
    };

    private static DynamicParameters ScheduleParameters(SourceSchedule schedule)
    {
        var parameters = new DynamicParameters();
        parameters.Add("Cron", (schedule as SourceSchedule.Cron)?.Expression);
        parameters.Add("IntervalSeconds", (long?)(schedule as SourceSchedule.Interval)?.Every.TotalSeconds);
        parameters.Add("AdaptiveMinSeconds", (long?)(schedule as SourceSchedule.Adaptive)?.Minimum.TotalSeconds);
        parameters.Add("AdaptiveMaxSeconds", (long?)(schedule as SourceSchedule.Adaptive)?.Maximum.TotalSeconds);
        return parameters;
    }

    private sealed class SourceRow
    {
        public required string Id { get; init; }

        public required string Url { get; init; }

        public required string Language { get; init; }

        public required string TimeZone { get; init; }

        public string? Country { get; init; }

        public string? Section { get; init; }

        public required string AgeRounding { get; init; }

        public string? Selectors { get; init; }

        public bool AllowPrivateNetwork { get; init; }

        public string? Cron { get; init; }

        public long? IntervalSeconds { get; init; }

        public long? AdaptiveMinSeconds { get; init; }

        public long? AdaptiveMaxSeconds { get; init; }

        public bool Paused { get; init; }

        public string? PauseReason { get; init; }

        public required string ManagedBy { get; init; }

        public RegisteredSource ToSource() => new(
            new SourceDefinition(Id, Url, Language, TimeZone, Country, Section, Enum.Parse<AgeRounding>(AgeRounding))
            {
                Selectors = Selectors is null ? null : JsonSerializer.Deserialize(Selectors, SourceJson.Default.WireSelectors),
                AllowPrivateNetwork = AllowPrivateNetwork,
            },
            (Cron, IntervalSeconds, AdaptiveMinSeconds, AdaptiveMaxSeconds) switch
            {
                ({ } cron, _, _, _) => new SourceSchedule.Cron(cron),
                (_, { } every, _, _) => new SourceSchedule.Interval(TimeSpan.FromSeconds(every)),
                (_, _, { } min, { } max) => new SourceSchedule.Adaptive(TimeSpan.FromSeconds(min), TimeSpan.FromSeconds(max)),
                _ => throw new InvalidOperationException($"Source '{Id}' has no schedule in the database."),
            },
            Paused,
            ManagedBy == "api" ? SourceOwner.Api : SourceOwner.Config)
        {
            PauseReason = PauseReason,
        };
    }
}

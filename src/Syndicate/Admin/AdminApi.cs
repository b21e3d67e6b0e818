using Microsoft.AspNetCore.Http.HttpResults;
using Syndicate.Core.Wire;
using Syndicate.Publishing;
using Syndicate.Scheduling;
using Syndicate.Sources;
using Syndicate.Storage;

namespace Syndicate.Admin;

/// <summary>
/// The admin API under <c>/admin/api</c>: sources, their schedules and their fetch history, and the
/// evidence behind an item's time. Every route needs the admin key (<see cref="AdminAccessFilter"/>);
/// errors are RFC 9457 problem details.
/// </summary>
public static class AdminApi
{
    private const int DefaultFetchCount = 20;
    private const int MaxFetchCount = 500;

    public static IEndpointRouteBuilder MapAdminApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/admin/api").WithTags("Admin").AddEndpointFilter<AdminAccessFilter>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        api.MapGet("/sources", ListSources)
            .WithName("ListSources")
            .WithSummary("Every source with its schedule, next and previous fire time, last fetch, consecutive failures and state.");
        api.MapGet("/sources/{id}", GetSource)
            .WithName("GetSource")
            .WithSummary("One source with its status.");
        api.MapPost("/sources", AddSource)
            .WithName("AddSource")
            .WithSummary("Add a source; it is scheduled at once and the file never overrides it.");
        api.MapPut("/sources/{id}", UpdateSource)
            .WithName("UpdateSource")
            .WithSummary("Replace a source's definition (and its schedule, if given); the file no longer overrides it.");
        api.MapDelete("/sources/{id}", DeleteSource)
            .WithName("DeleteSource")
            .WithSummary("Delete a source; appsettings.json does not bring it back.");
        api.MapPut("/sources/{id}/schedule", ChangeSchedule)
            .WithName("ChangeSourceSchedule")
            .WithSummary("Poll on a cron expression, a fixed interval, or adaptively between two intervals; in force at once.");
        api.MapPost("/sources/{id}/pause", Pause)
            .WithName("PauseSource")
            .WithSummary("Stop the source's schedule from firing until it is resumed.");
        api.MapPost("/sources/{id}/resume", Resume)
            .WithName("ResumeSource")
            .WithSummary("Let a paused source's schedule fire again.");
        api.MapPost("/sources/{id}/run", RunNow)
            .WithName("RunSourceNow")
            .WithSummary("Ingest the source once, now, paused or not.");
        api.MapGet("/sources/{id}/fetches", ListFetches)
            .WithName("ListSourceFetches")
            .WithSummary("The source's last fetches, newest first (limit: 1 to 500, default 20).");
        api.MapGet("/sources/{id}/suggestion", SuggestSchedule)
            .WithName("SuggestSourceSchedule")
            .WithSummary("How often the source publishes, as polling has seen it, and the interval that would suit it.");
        api.MapGet("/items/{id}/sightings", ListSightings)
            .WithName("ListItemSightings")
            .WithSummary("The sightings behind an item's time: each capture's age and window, and the item's current window and published instant.");
        api.MapGet("/agencies/unknown", ListUnknownCredits)
            .WithName("ListUnknownCredits")
            .WithSummary("Agency credits of stored items that the catalog does not know, with how many items carry each; add them to Syndicate:Agencies.");
        api.MapGet("/places/unresolved", ListUnplacedDatelines)
            .WithName("ListUnplacedDatelines")
            .WithSummary("Datelines of stored items that the gazetteer cannot place, with how many items carry each; add them to Syndicate:PlaceOverrides.");
        return app;
    }

    internal static Ok<UnknownCredit[]> ListUnknownCredits(FeedPublisher publisher, AgencyCatalog agencies) =>
        TypedResults.Ok(UnknownCredit.Among(publisher.Current.Entries, agencies));

    internal static Ok<UnplacedDateline[]> ListUnplacedDatelines(FeedPublisher publisher) =>
        TypedResults.Ok(UnplacedDateline.Among(publisher.Current.Entries));

    internal static async Task<Ok<SourceStatus[]>> ListSources([AsParameters] SourceAdminServices admin)
    {
        var statuses = new List<SourceStatus>();
        foreach (var source in await admin.Registry.ListAsync(admin.CancellationToken))
        {
            statuses.Add(await StatusAsync(source, admin));
        }

        return TypedResults.Ok(statuses.ToArray());
    }

    internal static async Task<Results<Ok<SourceStatus>, ProblemHttpResult>> GetSource(string id, [AsParameters] SourceAdminServices admin) =>
        await admin.Registry.FindAsync(id, admin.CancellationToken) is { } source
            ? TypedResults.Ok(await StatusAsync(source, admin))
            : UnknownSource(id);

    internal static async Task<Results<Created<SourceStatus>, ValidationProblem, ProblemHttpResult>> AddSource(
        SourceRequest request, [AsParameters] SourceAdminServices admin)
    {
        var (definition, schedule, errors) = request.Validate(request.Id ?? "");
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (!await admin.Registry.AddAsync(definition, schedule ?? new SourceSchedule.Cron(ConfiguredSource.DefaultSchedule), admin.CancellationToken))
        {
            return TypedResults.Problem(
                title: "Source exists", detail: $"There is already a source '{definition.Id}'; PUT /admin/api/sources/{definition.Id} changes it.",
                statusCode: StatusCodes.Status409Conflict);
        }

        await admin.Triggers.ApplyAsync(definition.Id, admin.CancellationToken);
        var status = await StatusAsync((await admin.Registry.FindAsync(definition.Id, admin.CancellationToken))!, admin);
        return TypedResults.Created($"/admin/api/sources/{definition.Id}", status);
    }

    internal static async Task<Results<Ok<SourceStatus>, ValidationProblem, ProblemHttpResult>> UpdateSource(
        string id, SourceRequest request, [AsParameters] SourceAdminServices admin)
    {
        var (definition, schedule, errors) = request.Validate(id);
        if (request.Id is { } bodyId && bodyId != id)
        {
            errors["id"] = [$"'{bodyId}' differs from the id in the URL, '{id}'; a source's id cannot change."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (!await admin.Registry.UpdateAsync(definition, admin.CancellationToken))
        {
            return UnknownSource(id);
        }

        if (schedule is not null)
        {
            await admin.Registry.SetScheduleAsync(id, schedule, admin.CancellationToken);
        }

        return await AppliedAsync(id, admin);
    }

    internal static async Task<Results<NoContent, ProblemHttpResult>> DeleteSource(string id, [AsParameters] SourceAdminServices admin)
    {
        if (!await admin.Registry.DeleteAsync(id, admin.CancellationToken))
        {
            return UnknownSource(id);
        }

        await admin.Triggers.ApplyAsync(id, admin.CancellationToken);
        return TypedResults.NoContent();
    }

    internal static async Task<Results<Ok<SourceStatus>, ValidationProblem, ProblemHttpResult>> ChangeSchedule(
        string id, ScheduleRequest request, [AsParameters] SourceAdminServices admin)
    {
        var (schedule, errors) = request.Validate();
        if (schedule is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return await admin.Registry.SetScheduleAsync(id, schedule, admin.CancellationToken)
            ? await AppliedAsync(id, admin)
            : UnknownSource(id);
    }

    internal static Task<Results<Ok<SourceStatus>, ValidationProblem, ProblemHttpResult>> Pause(string id, [AsParameters] SourceAdminServices admin) =>
        SetPausedAsync(id, paused: true, admin);

    internal static Task<Results<Ok<SourceStatus>, ValidationProblem, ProblemHttpResult>> Resume(string id, [AsParameters] SourceAdminServices admin) =>
        SetPausedAsync(id, paused: false, admin);

    internal static async Task<Results<Accepted, ProblemHttpResult>> RunNow(string id, [AsParameters] SourceAdminServices admin)
    {
        if (await admin.Registry.FindAsync(id, admin.CancellationToken) is null)
        {
            return UnknownSource(id);
        }

        await admin.Triggers.RunNowAsync(id, admin.CancellationToken);
        return TypedResults.Accepted($"/admin/api/sources/{id}/fetches");
    }

    internal static async Task<Results<Ok<FetchView[]>, ValidationProblem, ProblemHttpResult>> ListFetches(
        string id, int? limit, SourceRegistry registry, FetchStore fetches, CancellationToken cancellationToken)
    {
        var count = limit ?? DefaultFetchCount;
        if (count is < 1 or > MaxFetchCount)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["limit"] = [$"{count} must be between 1 and {MaxFetchCount}."] });
        }

        if (await registry.FindAsync(id, cancellationToken) is null)
        {
            return UnknownSource(id);
        }

        var recent = await fetches.RecentAsync(id, count, cancellationToken);
        return TypedResults.Ok(recent.Select(FetchView.From).ToArray());
    }

    internal static async Task<Results<Ok<ScheduleSuggestion>, ProblemHttpResult>> SuggestSchedule(
        string id, SourceRegistry registry, FetchStore fetches, CancellationToken cancellationToken)
    {
        if (await registry.FindAsync(id, cancellationToken) is null)
        {
            return UnknownSource(id);
        }

        var rate = PublicationRate.From(await fetches.PublicationHistoryAsync(id, cancellationToken));
        return TypedResults.Ok(ScheduleSuggestion.From(id, rate));
    }

    internal static async Task<Results<Ok<ItemSightings>, ProblemHttpResult>> ListSightings(
        string id, EvidenceStore evidence, CancellationToken cancellationToken) =>
        await evidence.FindAsync(id, cancellationToken) is { } item
            ? TypedResults.Ok(ItemSightings.From(item))
            : TypedResults.Problem(title: "Unknown item", detail: $"There is no item '{id}'.", statusCode: StatusCodes.Status404NotFound);

    private static async Task<Results<Ok<SourceStatus>, ValidationProblem, ProblemHttpResult>> SetPausedAsync(
        string id, bool paused, SourceAdminServices admin) =>
        await admin.Registry.SetPausedAsync(id, paused, admin.CancellationToken)
            ? await AppliedAsync(id, admin)
            : UnknownSource(id);

    /// <summary>Puts the registry's version of the source in force in the scheduler and answers with its status.</summary>
    private static async Task<Results<Ok<SourceStatus>, ValidationProblem, ProblemHttpResult>> AppliedAsync(string id, SourceAdminServices admin)
    {
        await admin.Triggers.ApplyAsync(id, admin.CancellationToken);
        return await admin.Registry.FindAsync(id, admin.CancellationToken) is { } source
            ? TypedResults.Ok(await StatusAsync(source, admin))
            : UnknownSource(id);
    }

    private static async Task<SourceStatus> StatusAsync(RegisteredSource source, SourceAdminServices admin)
    {
        var (next, previous) = await admin.Triggers.FireTimesAsync(source.Id, admin.CancellationToken);
        return SourceStatus.From(source, next, previous, await admin.Health.CheckAsync(source.Id, admin.CancellationToken));
    }

    private static ProblemHttpResult UnknownSource(string id) =>
        TypedResults.Problem(
            title: "Unknown source", detail: $"There is no source '{id}'; GET /admin/api/sources lists them.", statusCode: StatusCodes.Status404NotFound);
}

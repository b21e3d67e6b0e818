using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Syndicate.Core.Wire;
using Syndicate.Publishing;
using Syndicate.Push;
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
            .Accepts<SourceRequest>("application/json")
            .WithName("AddSource")
            .WithSummary("Add a source (its page must be reachable); it is scheduled and fetched once at once, and the file never overrides it.");
        api.MapPut("/sources/{id}", ReplaceSource)
            .Accepts<SourceRequest>("application/json")
            .WithName("ReplaceSource")
            .WithSummary("Replace a source's whole definition and schedule (every field is required); it is fetched once at once, and the file no longer overrides it.");
        api.MapPatch("/sources/{id}", PatchSource)
            .Accepts<SourceRequest>(MergePatch.MediaType, "application/json")
            .WithName("PatchSource")
            .WithSummary("Change only the fields sent (JSON Merge Patch, RFC 7396; null removes an optional field); it is fetched once at once, and the file no longer overrides it.");
        api.MapDelete("/sources/{id}", DeleteSource)
            .WithName("DeleteSource")
            .WithSummary("Delete a source; appsettings.json does not bring it back.");
        api.MapPut("/sources/{id}/schedule", ChangeSchedule)
            .Accepts<ScheduleRequest>("application/json")
            .WithName("ChangeSourceSchedule")
            .WithSummary("Poll on a cron expression, a fixed interval, or adaptively between two intervals; in force at once.");
        api.MapPost("/sources/{id}/pause", Pause)
            .WithName("PauseSource")
            .WithSummary("Stop the source's schedule from firing until it is resumed.");
        api.MapPost("/sources/{id}/resume", Resume)
            .WithName("ResumeSource")
            .WithSummary("Let a paused source's schedule fire again (409 when the schedule cannot fire: give it a new one).");
        api.MapPost("/sources/{id}/run", RunNow)
            .WithName("RunSourceNow")
            .WithSummary("Ingest the source once, now, paused or not; the result appears in its fetch history.");
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
        api.MapGet("/websub", ListSubscriptions)
            .WithName("ListWebSubSubscriptions")
            .WithSummary("The WebSub hub's subscriptions: topic, callback, lease, whether signed, and their deliveries (delivered, given up, the last attempt, failing since).");
        return app;
    }

    internal static async Task<Ok<SubscriptionHealth[]>> ListSubscriptions(SubscriptionStore subscriptions, CancellationToken cancellationToken) =>
        TypedResults.Ok((await subscriptions.ListHealthAsync(cancellationToken)).ToArray());

    internal static Results<Ok<UnknownCredit[]>, ProblemHttpResult> ListUnknownCredits(HttpContext context, FeedPublisher publisher, AgencyCatalog agencies) =>
        publisher.Current is { IsComplete: true } snapshot ? TypedResults.Ok(UnknownCredit.Among(snapshot.Entries, agencies)) : NotYetPublished.Answer(context);

    internal static Results<Ok<UnplacedDateline[]>, ProblemHttpResult> ListUnplacedDatelines(HttpContext context, FeedPublisher publisher) =>
        publisher.Current is { IsComplete: true } snapshot ? TypedResults.Ok(UnplacedDateline.Among(snapshot.Entries)) : NotYetPublished.Answer(context);

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

    internal static async Task<Results<Created<SourceStatus>, ValidationProblem, ProblemHttpResult>> AddSource([AsParameters] SourceAdminServices admin)
    {
        var (body, errors) = await JsonBody.ReadObjectAsync(admin.Http.Request, admin.CancellationToken);
        var (definition, schedule, problems) = body is null ? (null, null, errors) : await CheckAsync(body, null, admin);
        if (definition is null)
        {
            return TypedResults.ValidationProblem(problems);
        }

        if (!await admin.Registry.AddAsync(definition, schedule!, admin.CancellationToken))
        {
            return TypedResults.Problem(
                title: "Source exists", detail: $"There is already a source '{definition.Id}'; PATCH /admin/api/sources/{definition.Id} changes it.",
                statusCode: StatusCodes.Status409Conflict);
        }

        return TypedResults.Created($"/admin/api/sources/{definition.Id}", await InForceAndFetchedAsync(definition.Id, admin));
    }

    internal static async Task<Results<Ok<SourceStatus>, ValidationProblem, ProblemHttpResult>> ReplaceSource(string id, [AsParameters] SourceAdminServices admin)
    {
        if (await admin.Registry.FindAsync(id, admin.CancellationToken) is null)
        {
            return UnknownSource(id);
        }

        var (body, errors) = await JsonBody.ReadObjectAsync(admin.Http.Request, admin.CancellationToken);
        if (body is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var lacking = SourceRequest.Lacking(
            body, SourceRequest.Fields, "is missing; PUT replaces the whole source, so give every field (null where it is optional), or PATCH only the fields to change.");
        return lacking.Count > 0 ? TypedResults.ValidationProblem(lacking) : await SaveAsync(id, body, admin);
    }

    internal static async Task<Results<Ok<SourceStatus>, ValidationProblem, ProblemHttpResult>> PatchSource(string id, [AsParameters] SourceAdminServices admin)
    {
        if (await admin.Registry.FindAsync(id, admin.CancellationToken) is not { } source)
        {
            return UnknownSource(id);
        }

        var (patch, errors) = await JsonBody.ReadObjectAsync(admin.Http.Request, admin.CancellationToken);
        if (patch is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var document = JsonSerializer.SerializeToNode(SourceRequest.From(source), admin.Json.Value.SerializerOptions);
        var merged = (JsonObject)MergePatch.Apply(document, patch)!;
        var removed = SourceRequest.Lacking(merged, SourceRequest.RequiredFields, "cannot be removed (set to null): a source needs it.");
        return removed.Count > 0 ? TypedResults.ValidationProblem(removed) : await SaveAsync(id, merged, admin);
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

    internal static async Task<Results<Ok<SourceStatus>, ValidationProblem, ProblemHttpResult>> ChangeSchedule(string id, [AsParameters] SourceAdminServices admin)
    {
        if (await admin.Registry.FindAsync(id, admin.CancellationToken) is not { } source)
        {
            return UnknownSource(id);
        }

        var (body, errors) = await JsonBody.ReadObjectAsync(admin.Http.Request, admin.CancellationToken);
        var (request, problems) = body is null ? (null, errors) : JsonBody.Bind<ScheduleRequest>(body, admin.Json.Value.SerializerOptions);
        if (request is null)
        {
            return TypedResults.ValidationProblem(problems);
        }

        var (schedule, scheduleErrors) = request.Validate("", source.Definition.TimeZone, admin.Floor, admin.Clock.GetUtcNow());
        if (schedule is null)
        {
            return TypedResults.ValidationProblem(scheduleErrors);
        }

        await admin.Registry.SetScheduleAsync(id, schedule, admin.CancellationToken);
        return await AppliedAsync(id, admin);
    }

    internal static Task<Results<Ok<SourceStatus>, ValidationProblem, ProblemHttpResult>> Pause(string id, [AsParameters] SourceAdminServices admin) =>
        SetPausedAsync(id, paused: true, admin);

    internal static async Task<Results<Ok<SourceStatus>, ValidationProblem, ProblemHttpResult>> Resume(string id, [AsParameters] SourceAdminServices admin)
    {
        if (await admin.Registry.FindAsync(id, admin.CancellationToken) is not { } source)
        {
            return UnknownSource(id);
        }

        if (SourceRules.ScheduleProblem(source.Schedule, source.Definition.TimeZone, admin.Floor, admin.Clock.GetUtcNow()) is { } problem)
        {
            return TypedResults.Problem(
                title: "The schedule cannot fire",
                detail: $"'{id}' cannot resume on its schedule: {problem} Give it a new schedule (PUT /admin/api/sources/{id}/schedule); that resumes it.",
                statusCode: StatusCodes.Status409Conflict);
        }

        return await SetPausedAsync(id, paused: false, admin);
    }

    internal static async Task<Results<Accepted<RunAccepted>, ProblemHttpResult>> RunNow(string id, [AsParameters] SourceAdminServices admin)
    {
        if (await admin.Registry.FindAsync(id, admin.CancellationToken) is null)
        {
            return UnknownSource(id);
        }

        // Milliseconds, as the fetch history keeps its instants: the run's fetch starts at or after this.
        var requestedAt = DateTimeOffset.FromUnixTimeMilliseconds(admin.Clock.GetUtcNow().ToUnixTimeMilliseconds());
        await admin.Triggers.RunNowAsync(id, admin.CancellationToken);
        return TypedResults.Accepted(SourceStatus.FetchesOf(id), new RunAccepted(id, requestedAt, SourceStatus.FetchesOf(id)));
    }

    internal static async Task<Results<Ok<FetchView[]>, ValidationProblem, ProblemHttpResult>> ListFetches(
        string id, string? limit, SourceRegistry registry, FetchStore fetches, CancellationToken cancellationToken)
    {
        var count = DefaultFetchCount;
        if (limit is not null && (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out count) || count is < 1 or > MaxFetchCount))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["limit"] = [$"'{limit}' must be a whole number between 1 and {MaxFetchCount}."] });
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

    /// <summary>
    /// The definition and schedule a body asks for, or every problem with them keyed by field: unknown fields and wrong
    /// types, the source rules, a schedule that cannot fire, and a page that cannot be reached (the door check).
    /// </summary>
    /// <param name="id">The id in the URL; null when adding (the body's id is used).</param>
    private static async Task<(SourceDefinition? Definition, SourceSchedule? Schedule, Dictionary<string, string[]> Errors)> CheckAsync(
        JsonObject body, string? id, SourceAdminServices admin)
    {
        var (request, errors) = JsonBody.Bind<SourceRequest>(body, admin.Json.Value.SerializerOptions);
        if (request is null)
        {
            return (null, null, errors);
        }

        var (definition, schedule, problems) = request.Validate(id ?? request.Id ?? "", admin.Floor, admin.Clock.GetUtcNow());
        if (id is not null && request.Id is { } bodyId && bodyId != id)
        {
            problems["id"] = [$"'{bodyId}' differs from the id in the URL, '{id}'; a source's id cannot change."];
        }

        if (!problems.ContainsKey("url") && await admin.Reachability.ProblemAsync(definition, admin.CancellationToken) is { } unreachable)
        {
            problems["url"] = [unreachable];
        }

        return problems.Count > 0 ? (null, null, problems) : (definition, schedule, problems);
    }

    /// <summary>Saves a checked replacement of a source's definition and schedule; the API owns the source from now on.</summary>
    private static async Task<Results<Ok<SourceStatus>, ValidationProblem, ProblemHttpResult>> SaveAsync(string id, JsonObject body, SourceAdminServices admin)
    {
        var (definition, schedule, errors) = await CheckAsync(body, id, admin);
        if (definition is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (!await admin.Registry.UpdateAsync(definition, admin.CancellationToken))
        {
            return UnknownSource(id);
        }

        await admin.Registry.SetScheduleAsync(id, schedule!, admin.CancellationToken);
        return TypedResults.Ok(await InForceAndFetchedAsync(id, admin));
    }

    /// <summary>
    /// Puts a new or changed source in force and fetches it once, now, in the background; the answer links to its
    /// fetch history, where the result appears.
    /// </summary>
    private static async Task<SourceStatus> InForceAndFetchedAsync(string id, SourceAdminServices admin)
    {
        await admin.Triggers.ApplyAsync(id, admin.CancellationToken);
        await admin.Triggers.RunNowAsync(id, admin.CancellationToken);
        admin.Http.Response.Headers.Link = $"<{SourceStatus.FetchesOf(id)}>; rel=\"related\"; title=\"fetches\"";
        return await StatusAsync((await admin.Registry.FindAsync(id, admin.CancellationToken))!, admin);
    }

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

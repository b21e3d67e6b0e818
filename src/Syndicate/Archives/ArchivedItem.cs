using Syndicate.Storage;

namespace Syndicate.Archives;

/// <summary>
/// An item frozen as the feeds showed it when its day closed: what rendering it again needs, kept as JSON in
/// <c>archive_entries</c>. <see cref="Published"/> and <see cref="Revised"/> are the instants its entry showed.
/// </summary>
public sealed record ArchivedItem(
    string Id,
    string Title,
    string? Headline,
    string? Dateline,
    string Body,
    string? Section,
    string? Link,
    string SourceId,
    long? WindowLo,
    long WindowHi,
    long Published,
    long? Revised,
    IReadOnlyList<string> Agencies,
    string? ServiceCodes = null)
{
    public static ArchivedItem Of(StoredItem item, DateTimeOffset published, DateTimeOffset updated) => new(
        item.Id, item.Title, item.Headline, item.Dateline, item.Body, item.Section, item.Link, item.SourceId, item.WindowLo, item.WindowHi,
        UnixTime.Milliseconds(published), updated > published ? UnixTime.Milliseconds(updated) : null, item.Agencies, item.ServiceCodes);

    public StoredItem ToStoredItem() => new()
    {
        Id = Id,
        Title = Title,
        Headline = Headline,
        Dateline = Dateline,
        Body = Body,
        Section = Section,
        Link = Link,
        SourceId = SourceId,
        WindowLo = WindowLo,
        WindowHi = WindowHi,
        Published = Published,
        Revised = Revised,
        Agencies = Agencies,
        ServiceCodes = ServiceCodes,
    };
}

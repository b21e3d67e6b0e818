namespace Syndicate.Core.Time;

/// <summary>The words one language prints ages with; <see cref="AgeReader"/> is the grammar they fill.</summary>
internal sealed class AgeVocabulary
{
    /// <summary>What may stand before the age: "Bijgewerkt", "Updated".</summary>
    public required Phrases Labels { get; init; }

    public required Phrases JustNow { get; init; }

    /// <summary>What stands before a count and its unit: "vor" in "vor 16 Minuten".</summary>
    public Phrases RelativeBefore { get; init; } = Phrases.None;

    /// <summary>What stands after a count and its unit: "geleden" in "16 minuten geleden".</summary>
    public Phrases RelativeAfter { get; init; } = Phrases.None;

    /// <summary>Counts written as words: "een", "an", "einer".</summary>
    public required WordTable<int> Amounts { get; init; }

    public required WordTable<AgeUnit> Units { get; init; }

    /// <summary>Named days and how many days before the reference's they are: "gisteren" is 1.</summary>
    public required WordTable<int> NamedDays { get; init; }

    public required WordTable<int> Months { get; init; }

    /// <summary>What may stand before a date: "on" in "Updated on Nov 28".</summary>
    public Phrases DateArticles { get; init; } = Phrases.None;

    /// <summary>What may stand between a date's parts: "de" in "28 de noviembre de 2026".</summary>
    public Phrases DateFillers { get; init; } = Phrases.None;

    /// <summary>Whether "28-11-2026" is a date; ISO "2026-11-28" always is.</summary>
    public bool DayFirstNumericDates { get; init; } = true;

    /// <summary>Whether "Nov 28" is a date besides "28 Nov".</summary>
    public bool MonthFirstDates { get; init; }

    /// <summary>What may join a day to its clock time: "om" in "gisteren om 14:32".</summary>
    public Phrases ClockConnectors { get; init; } = Phrases.None;

    /// <summary>What may follow a clock time: "Uhr" in "14:32 Uhr".</summary>
    public Phrases ClockSuffixes { get; init; } = Phrases.None;

    public Phrases AnteMeridiem { get; init; } = Phrases.None;

    public Phrases PostMeridiem { get; init; } = Phrases.None;
}

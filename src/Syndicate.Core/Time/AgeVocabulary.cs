namespace Syndicate.Core.Time;

/// <summary>The words one language prints ages with; <see cref="AgeReader"/> is the grammar they fill.</summary>
internal sealed record AgeVocabulary
{
    /// <summary>What may stand before the age: "Bijgewerkt", "Updated".</summary>
    public required Phrases Labels { get; init; }

    /// <summary>The labels of <see cref="Labels"/> that mark a later version: "Bijgewerkt", "Updated", "Mis à jour".</summary>
    public Phrases UpdateLabels { get; init; } = Phrases.None;

    /// <summary>What may stand after the age: "geplaatst" in "zojuist geplaatst".</summary>
    public Phrases TrailingLabels { get; init; } = Phrases.None;

    public required Phrases JustNow { get; init; }

    /// <summary>What stands before a count and its unit: "vor" in "vor 16 Minuten".</summary>
    public Phrases RelativeBefore { get; init; } = Phrases.None;

    /// <summary>What stands after a count and its unit: "geleden" in "16 minuten geleden".</summary>
    public Phrases RelativeAfter { get; init; } = Phrases.None;

    /// <summary>Hedges ("circa", "about") and bounds ("less than", "meer dan") before a count.</summary>
    public WordTable<AgeBound> Qualifiers { get; init; } = new();

    /// <summary>Counts written as words: "een", "dertig", "anderhalf", "a few".</summary>
    public required WordTable<AgeCount> Amounts { get; init; }

    /// <summary>What may join the tens and the units of a count: "y" in "treinta y cinco".</summary>
    public Phrases NumberJoiners { get; init; } = Phrases.None;

    /// <summary>What may join the parts of a compound: "en" in "2 uur en 5 minuten" (a comma always may).</summary>
    public Phrases PartJoiners { get; init; } = Phrases.None;

    /// <summary>A half after a count or its unit: "and a half", "y media", "e meia".</summary>
    public Phrases Halves { get; init; } = Phrases.None;

    public required WordTable<AgeUnitWord> Units { get; init; }

    /// <summary>Units that carry their count: "half an hour", "media hora", "mezz'ora".</summary>
    public WordTable<AgeUnitWord> CountedUnits { get; init; } = new();

    /// <summary>Named days and how many days before the reference's they are: "gisteren" is 1.</summary>
    public required WordTable<int> NamedDays { get; init; }

    public required WordTable<DayOfWeek> Weekdays { get; init; }

    /// <summary>Periods that "last" may name: "week", "Monat", "année".</summary>
    public required WordTable<CalendarPeriod> Periods { get; init; }

    /// <summary>"Last" before a weekday or period: "afgelopen", "letzten".</summary>
    public Phrases PastBefore { get; init; } = Phrases.None;

    /// <summary>"Last" after a weekday or period: "dernier", "pasado", "scorso".</summary>
    public Phrases PastAfter { get; init; } = Phrases.None;

    public required WordTable<int> Months { get; init; }

    /// <summary>What may stand before a date, weekday or period: "on", "am", "le", "la".</summary>
    public Phrases Articles { get; init; } = Phrases.None;

    /// <summary>What may stand between a date's parts: "de" in "28 de noviembre de 2026".</summary>
    public Phrases DateFillers { get; init; } = Phrases.None;

    /// <summary>What may be glued to a day's number: "th" in "4th", "er" in "1er".</summary>
    public Phrases OrdinalSuffixes { get; init; } = Phrases.None;

    /// <summary>
    /// Which of a numeric date's numbers is the day: the first where the language writes it so ("28-11-2026"); in English
    /// ("11/8/2023" in America, "14/04/2020" in Britain) the order that makes a date, none when both do. ISO
    /// "2026-11-28" is always a date.
    /// </summary>
    public NumericDateOrder NumericDates { get; init; } = NumericDateOrder.DayFirst;

    /// <summary>Whether "Nov 28" is a date besides "28 Nov" (every language with <see cref="EnglishThemeWords"/>).</summary>
    public bool MonthFirstDates { get; init; }

    /// <summary>
    /// Whether a day and a month without a year each close with a full stop, as the language writes its days ("am 18.03.",
    /// "den 26.4."); where they do not, "alle 18.03." is a clock ending a sentence.
    /// </summary>
    public bool YearlessDatesCloseWithFullStop { get; init; }

    /// <summary>
    /// Whether a relative age brought in before its count ("vor 5 Stunden") hardly ever closes a sentence of the language,
    /// as German's verbs and their particles come last ("Er ist vor 5 Stunden angekommen."): a line it closes after any
    /// words is a headline's or a section's, and its age the line's ("Mehr Kameras sollen die Königstorpassage sicherer
    /// machen vor 1 Stunde").
    /// </summary>
    public bool ClosingRelativeAgeDatesTheLine { get; init; }

    /// <summary>
    /// What may bring a date after a name, as blog templates print it, besides the <see cref="Articles"/>: "at" in "Posted by
    /// Eric Earling at December 29, 2007 12:03 PM". Unlike an article it never brings a weekday or a period alone.
    /// </summary>
    public Phrases DateConnectors { get; init; } = Phrases.None;

    /// <summary>The link to a wiki user's talk page that signs a comment before its time: "overleg" in "Pieter2 (overleg) 14 jul 2014 00:03 (CEST)".</summary>
    public Phrases SignatureLinks { get; init; } = Phrases.None;

    /// <summary>What may join a day to its clock time, or stand before a clock: "om" in "gisteren om 14:32".</summary>
    public Phrases ClockConnectors { get; init; } = Phrases.None;

    /// <summary>What may follow a clock time: "Uhr" in "14:32 Uhr"; with "h" a whole hour is a clock ("18h").</summary>
    public Phrases ClockSuffixes { get; init; } = Phrases.None;

    /// <summary>What may follow a clock of the morning: "am", "de la mañana", "da manhã", "du matin".</summary>
    public Phrases AnteMeridiem { get; init; } = Phrases.None;

    /// <summary>
    /// What may follow a clock of the afternoon or the evening, which adds twelve hours to one of twelve or less: "pm",
    /// "de la tarde", "da tarde" (Portuguese templates' "PM": "10:36 da tarde"), "du soir", "di sera".
    /// </summary>
    public Phrases PostMeridiem { get; init; } = Phrases.None;

    /// <summary>Words that start a byline in a meta line: "door", "by", "von".</summary>
    public Phrases BylineWords { get; init; } = Phrases.None;

    /// <summary>
    /// Words that bring in the section after an age in a meta line: "in" ("vor 5 Stunden in Aktuelles"), "dans", "em"; also
    /// the categories a post is filed in after its date ("Posted on October 31, 2012 in Dinner, Video", "... and is filed
    /// under Uncategorized.").
    /// </summary>
    public Phrases SectionWords { get; init; } = Phrases.None;

    /// <summary>The word of a newspaper's page after its issue's date: "Seite" in "Ausgabe vom 28.04.2025 Seite 20".</summary>
    public Phrases PageWords { get; init; } = Phrases.None;

    /// <summary>
    /// Words that open a range, a validity, a deadline, a membership or a citation's access, not a section's name, before a
    /// date: "Desde 02/06/2003", "Geboren 12.03.1950", "Inwerkingtreding : 01-01-1987", "Fecha entrega: 12/05/2015",
    /// "Inscription : 13 juin 2004", "abgerufen am 15. September 2024".
    /// </summary>
    public Phrases RangeWords { get; init; } = Phrases.None;

    /// <summary>
    /// Words that close a compound written as one word naming an appointment or a deadline, which labels no item's time:
    /// "Sitzungstermin: Mittwoch, 15.06.2016", "Nächster Sendetermin: Montag, 2. März".
    /// </summary>
    public Phrases AppointmentCompoundEnds { get; init; } = Phrases.None;

    /// <summary>
    /// Words that name a meeting or a council's session, alone or closing a compound ("Gemeinderatssitzung",
    /// "Ledenvergadering", "Sessão"): a heading that closes with a date after one names the meeting's day, not the entry's.
    /// </summary>
    public Phrases MeetingWords { get; init; } = Phrases.None;

    /// <summary>
    /// Words that name a court's ruling or hearing or an authority's decree, alone or closing a compound ("Urteil",
    /// "Präsidialdekret", "sentenza", "audience"): the date such a name brings in with a <see cref="DocumentDateJoiners"/>
    /// word is the act's, not the entry's.
    /// </summary>
    public Phrases RulingWords { get; init; } = Phrases.None;

    /// <summary>
    /// Words that point to the week's day at hand before a weekday's name ("this" in "this Saturday, September 12th",
    /// "neste" in "neste domingo (2 de fevereiro)"): a sentence's or a notice's day, coming or just past, never a stamp's.
    /// </summary>
    public Phrases Demonstratives { get; init; } = Phrases.None;

    /// <summary>What joins a document's name to its date: "vom" in "Urteil vom 2. Juli 1992", "del" in "Sentenza n.25364 del 28/08/2023".</summary>
    public Phrases DocumentDateJoiners { get; init; } = Phrases.None;

    /// <summary>
    /// Words that name a news bulletin or digest, whose title may close with the day it is of: "nieuws" in "TV Oost Nieuws
    /// van vrijdag 5/10/2018", "infos" in "Les infos mercato du mercredi 11 janvier".
    /// </summary>
    public Phrases BulletinWords { get; init; } = Phrases.None;

    /// <summary>
    /// Words that name a press article, and words of its printing that may follow them: a cutting's caption names the
    /// paper's day ("Article paru dans le Ouest-France du 6 avril.", "Articolo comparso sul quotidiano “La Stampa” del 1
    /// Maggio").
    /// </summary>
    public Phrases PressArticleWords { get; init; } = Phrases.None;

    /// <inheritdoc cref="PressArticleWords"/>
    public Phrases PrintingWords { get; init; } = Phrases.None;

    /// <summary>A page's notice of its own age, before the quantity: "This article is more than 5 years old", "Este artigo tem mais de um ano".</summary>
    public Phrases AgeNotices { get; init; } = Phrases.None;

    /// <summary>What may close an <see cref="AgeNotices"/> notice, and nothing else: "old", "de antigüedad".</summary>
    public Phrases AgeNoticeEnds { get; init; } = Phrases.None;

    /// <summary>A word that calls attention to an <see cref="AgeNotices"/> notice, closed by a colon: "Atención:", "Attention:".</summary>
    public Phrases AgeNoticeOpeners { get; init; } = Phrases.None;

    /// <summary>
    /// What a page's sentence about its own change opens with, a label following: "This page was" in "This page was last
    /// edited on 25 October 2019, at 15:47 (UTC).", "This was" in "This was published 4 months ago"; or the date's article,
    /// where the label closes the sentence: "Dieser Beitrag wurde am 31. März 2011 um 19:55 Uhr veröffentlicht.".
    /// </summary>
    public Phrases ChangeNotices { get; init; } = Phrases.None;

    /// <summary>
    /// The labels of a page's display of the time it was shown at, a forum's header: "Aktuelle Zeit" in "Aktuelle Zeit: Fr
    /// 16.Mai 2025 14:13", "Nous sommes le" in "Nous sommes le 15 Déc 2019, 00:45". What follows is no item's age.
    /// </summary>
    public Phrases ClockDisplays { get; init; } = Phrases.None;

    /// <summary>
    /// Words of what is to come opening a line: "next" in "NEXT RACE - 16th March" and "Volgende wijkcafé: dinsdag 18
    /// februari 2025", "scheduled" in "Scheduled: March 15, 2026 at 2:00 AM UTC". The time after them is the coming
    /// event's, no item's age.
    /// </summary>
    public Phrases UpcomingOpeners { get; init; } = Phrases.None;

    /// <summary>
    /// Words of birth opening a line: "Nata" in "Nata a Augusta (SR) il 19.06.1991", "Nacido" in "Nacido en SANTA CRUZ DE
    /// TENERIFE el 10 de abril de 1962.". The date after them is a birthday, no item's age.
    /// </summary>
    public Phrases BirthOpeners { get; init; } = Phrases.None;

    /// <summary>
    /// The word of a day in a programme or an announcement opening a line before a date without its year: "Dia" in "Dia 13 –
    /// Sexta-feira", "Dia 27 de novembro, sábado | 18h00". That day is the event's, no item's age.
    /// </summary>
    public Phrases ProgrammeDayWords { get; init; } = Phrases.None;

    /// <summary>
    /// A teaser's or a post's button that may close its line after the item's age: "Read More" in "... estiagem 3 de
    /// janeiro de 2022 Read More", "Leer más" glued in "hace 9 mesesLeer más", "Leave a comment" in "Dal Sole 24 ore del
    /// 21/3/2023 Leave a comment". The line is read without it.
    /// </summary>
    public Phrases ClosingButtons { get; init; } = Phrases.None;

    /// <summary>
    /// The parts of a day a named day or a weekday may take before its clock: "sera" in "ieri sera, 19:41", "pomeriggio"
    /// in "giovedì pomeriggio, 12:19", "Abend" in "gestern Abend, 20:15".
    /// </summary>
    public Phrases DayParts { get; init; } = Phrases.None;

    /// <summary>
    /// The labels of an event's time in an info box: "Wanneer" in "Wanneer: Zaterdag 31 december 2022", "When" in "When:Sat,
    /// March 20", "Wann" in "Wann: 11.07.2004 - 10:00 Uhr,", "Release Date" in "Release Date: January 6, 2004" (a record's,
    /// a film's or a game's), a deadline's ("Registration Deadline: Friday, September 9th", "Meldeschluss: 22.09.2021") or
    /// another event's date ("Date de création : 04.12.2017", "Fecha de aprobación: martes, 16 de julio de 2024"). What
    /// follows is when the event takes place or the time runs out, no item's age.
    /// </summary>
    public Phrases EventTimeLabels { get; init; } = Phrases.None;
}

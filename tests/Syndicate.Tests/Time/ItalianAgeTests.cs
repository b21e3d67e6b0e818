using static Syndicate.Tests.Time.AgeCases;

namespace Syndicate.Tests.Time;

public sealed class ItalianAgeTests
{
    [Theory]
    [InlineData("5 minuti fa", "2026-11-28T08:54:00Z", "2026-11-28T08:55:00Z")]
    [InlineData("un'ora fa", "2026-11-28T07:00:00Z", "2026-11-28T08:00:00Z")]
    [InlineData("un’ora fa", "2026-11-28T07:00:00Z", "2026-11-28T08:00:00Z")]
    [InlineData("2 ore fa", "2026-11-28T06:00:00Z", "2026-11-28T07:00:00Z")]
    [InlineData("Aggiornato 2 ore fa", "2026-11-28T06:00:00Z", "2026-11-28T07:00:00Z")]
    [InlineData("mezz'ora fa", "2026-11-28T08:00:00Z", "2026-11-28T08:30:00Z")]
    [InlineData("un quarto d'ora fa", "2026-11-28T08:30:00Z", "2026-11-28T08:45:00Z")]
    [InlineData("tre quarti d'ora fa", "2026-11-28T08:00:00Z", "2026-11-28T08:15:00Z")]
    [InlineData("venticinque minuti fa", "2026-11-28T08:34:00Z", "2026-11-28T08:35:00Z")]
    [InlineData("3 giorni fa", "2026-11-24T09:00:00Z", "2026-11-25T09:00:00Z")]
    [InlineData("2 settimane fa", "2026-11-07T09:00:00Z", "2026-11-14T09:00:00Z")]
    [InlineData("5 mesi fa", "2026-05-26T09:00:00Z", "2026-07-11T09:00:00Z")]
    [InlineData("ieri", "2026-11-26T22:59:59.9999999Z", "2026-11-27T22:59:59.9999999Z")]
    [InlineData("ieri alle 18:04", "2026-11-27T17:03:59.9999999Z", "2026-11-27T17:04:59.9999999Z")]
    [InlineData("oggi alle 09:15", "2026-11-28T08:14:59.9999999Z", "2026-11-28T08:15:59.9999999Z")]
    [InlineData("alle 18:04", "2026-11-27T17:03:59.9999999Z", "2026-11-27T17:04:59.9999999Z")]
    [InlineData("martedì 24 novembre 2026, 09:14", "2026-11-24T08:13:59.9999999Z", "2026-11-24T08:14:59.9999999Z")]
    [InlineData("lunedì scorso", "2026-11-22T22:59:59.9999999Z", "2026-11-23T22:59:59.9999999Z")]
    [InlineData("la settimana scorsa", "2026-11-14T22:59:59.9999999Z", "2026-11-27T22:59:59.9999999Z")]
    [InlineData("l'anno scorso", "2024-12-31T22:59:59.9999999Z", "2025-12-31T22:59:59.9999999Z")]
    [InlineData("(25/04/2024 • 21:16)", "2024-04-25T19:15:59.9999999Z", "2024-04-25T19:16:59.9999999Z")]
    [InlineData("Aggiornato alle 19:02 - 19 febbraio", "2026-02-19T18:01:59.9999999Z", "2026-02-19T18:02:59.9999999Z")]
    [InlineData("24.03 00:05 -", "2026-03-23T23:04:59.9999999Z", "2026-03-23T23:05:59.9999999Z")]
    [InlineData("16.03 16:15 -", "2026-03-16T15:14:59.9999999Z", "2026-03-16T15:15:59.9999999Z")]
    [InlineData("16.03", "2026-11-27T15:02:59.9999999Z", "2026-11-27T15:03:59.9999999Z")]
    [InlineData("17.03 alle 19:18", "2026-03-17T18:17:59.9999999Z", "2026-03-17T18:18:59.9999999Z")]
    [InlineData("Aggiornato alle 18.03.", "2026-11-27T17:02:59.9999999Z", "2026-11-27T17:03:59.9999999Z")]
    [InlineData("Gennaio 27th, 2022", "2022-01-26T22:59:59.9999999Z", "2022-01-27T22:59:59.9999999Z")]
    [InlineData("5 ore ago", "2026-11-28T03:00:00Z", "2026-11-28T04:00:00Z")]
    [InlineData("23/Ott/20", "2020-10-22T21:59:59.9999999Z", "2020-10-23T21:59:59.9999999Z")]
    [InlineData("3/14/2014 06:17:00 PM", "2014-03-14T17:16:59.9999999Z", "2014-03-14T17:17:59.9999999Z")]
    [InlineData("08/11/2023", "2023-11-07T22:59:59.9999999Z", "2023-11-08T22:59:59.9999999Z")]
    [InlineData("AGGIORNAMENTO ORE 09:30:", "2026-11-28T08:29:59.9999999Z", "2026-11-28T08:30:59.9999999Z")]
    [InlineData("++ AGGIORNAMENTO ORE 09:50 ++", "2026-11-28T08:49:59.9999999Z", "2026-11-28T08:50:59.9999999Z")]
    public void Italian_ages_cover_their_window(string text, string lo, string hi) => AssertWindow("it", text, lo, hi);

    [Theory]
    [InlineData("5 minuti di lettura")]
    [InlineData("tra 2 ore")]
    [InlineData("2 ore dopo")]
    [InlineData("fa caldo")]
    [InlineData("minuti fa")]
    [InlineData("Due ore fa.")]
    [InlineData("È successo due ore fa")]
    public void Italian_non_ages_are_rejected(string text) => AssertNotAnAge("it", text);
}

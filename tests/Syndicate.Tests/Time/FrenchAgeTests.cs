using static Syndicate.Tests.Time.AgeCases;

namespace Syndicate.Tests.Time;

public sealed class FrenchAgeTests
{
    [Theory]
    [InlineData("il y a 16 minutes", "2026-11-28T08:43:00Z", "2026-11-28T08:44:00Z")]
    [InlineData("Il y a 1 minute", "2026-11-28T08:58:00Z", "2026-11-28T08:59:00Z")]
    [InlineData("il y a une minute", "2026-11-28T08:58:00Z", "2026-11-28T08:59:00Z")]
    [InlineData("il y a 5 min", "2026-11-28T08:54:00Z", "2026-11-28T08:55:00Z")]
    [InlineData("il y a 5 mn", "2026-11-28T08:54:00Z", "2026-11-28T08:55:00Z")]
    [InlineData("il y a 10 secondes", "2026-11-28T08:59:49Z", "2026-11-28T08:59:50Z")]
    [InlineData("il y a une heure", "2026-11-28T07:00:00Z", "2026-11-28T08:00:00Z")]
    [InlineData("il y a 2 heures", "2026-11-28T06:00:00Z", "2026-11-28T07:00:00Z")]
    [InlineData("il y a 2 h", "2026-11-28T06:00:00Z", "2026-11-28T07:00:00Z")]
    [InlineData("il y a 2h", "2026-11-28T06:00:00Z", "2026-11-28T07:00:00Z")]
    [InlineData("il y a deux heures", "2026-11-28T06:00:00Z", "2026-11-28T07:00:00Z")]
    [InlineData("il y a 3 jours", "2026-11-24T09:00:00Z", "2026-11-25T09:00:00Z")]
    [InlineData("il y a un jour", "2026-11-26T09:00:00Z", "2026-11-27T09:00:00Z")]
    [InlineData("il y a 2 semaines", "2026-11-07T09:00:00Z", "2026-11-14T09:00:00Z")]
    [InlineData("Mis à jour il y a 3 heures", "2026-11-28T05:00:00Z", "2026-11-28T06:00:00Z")]
    [InlineData("Publié : il y a 3 heures", "2026-11-28T05:00:00Z", "2026-11-28T06:00:00Z")]
    [InlineData("à l'instant", "2026-11-28T08:59:00Z", "2026-11-28T09:00:00Z")]
    [InlineData("À l’instant", "2026-11-28T08:59:00Z", "2026-11-28T09:00:00Z")]
    [InlineData("hier", "2026-11-26T22:59:59.9999999Z", "2026-11-27T22:59:59.9999999Z")]
    [InlineData("Hier", "2026-11-26T22:59:59.9999999Z", "2026-11-27T22:59:59.9999999Z")]
    [InlineData("avant-hier", "2026-11-25T22:59:59.9999999Z", "2026-11-26T22:59:59.9999999Z")]
    [InlineData("aujourd'hui", "2026-11-27T22:59:59.9999999Z", "2026-11-28T09:00:00Z")]
    [InlineData("aujourd'hui à 09h32", "2026-11-28T08:31:59.9999999Z", "2026-11-28T08:32:59.9999999Z")]
    [InlineData("Aujourd’hui à 9h32", "2026-11-28T08:31:59.9999999Z", "2026-11-28T08:32:59.9999999Z")]
    [InlineData("aujourd'hui à 14h32", "-", "2026-11-28T09:00:00Z")]
    [InlineData("hier à 14h32", "2026-11-27T13:31:59.9999999Z", "2026-11-27T13:32:59.9999999Z")]
    [InlineData("hier à 14:32", "2026-11-27T13:31:59.9999999Z", "2026-11-27T13:32:59.9999999Z")]
    [InlineData("14h32", "2026-11-27T13:31:59.9999999Z", "2026-11-27T13:32:59.9999999Z")]
    [InlineData("28 nov.", "2026-11-27T22:59:59.9999999Z", "2026-11-28T09:00:00Z")]
    [InlineData("le 27 novembre 2026", "2026-11-26T22:59:59.9999999Z", "2026-11-27T22:59:59.9999999Z")]
    [InlineData("27 novembre 2026 à 14h32", "2026-11-27T13:31:59.9999999Z", "2026-11-27T13:32:59.9999999Z")]
    [InlineData("27/11/2026 à 14h32", "2026-11-27T13:31:59.9999999Z", "2026-11-27T13:32:59.9999999Z")]
    [InlineData("14 juillet", "2026-07-13T21:59:59.9999999Z", "2026-07-14T21:59:59.9999999Z")]
    public void French_ages_cover_their_window(string text, string lo, string hi) => AssertWindow("fr", text, lo, hi);

    [Theory]
    [InlineData("16 minutes de lecture")]
    [InlineData("dans 2 heures")]
    [InlineData("il y a")]
    [InlineData("il y a des heures")]
    [InlineData("Cela s'est passé il y a 2 heures")]
    [InlineData("il y a 2 heures.")]
    [InlineData("hier soir")]
    [InlineData("une heure plus tard")]
    public void French_non_ages_are_rejected(string text) => AssertNotAnAge("fr", text);
}

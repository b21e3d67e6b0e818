using Syndicate.Core.Time;
using static Syndicate.Tests.Time.AgeCases;

namespace Syndicate.Tests.Time;

/// <summary>Portuguese ages read in Lisbon, where 28 November 2026 10:00 in Amsterdam is 09:00 local and UTC.</summary>
public sealed class PortugueseAgeTests
{
    private static readonly CaptureClock Lisbon = new(Reference, "Europe/Lisbon", AgeRounding.Floor);

    [Theory]
    [InlineData("há 3 horas", "2026-11-28T05:00:00Z", "2026-11-28T06:00:00Z")]
    [InlineData("3 horas atrás", "2026-11-28T05:00:00Z", "2026-11-28T06:00:00Z")]
    [InlineData("há 3 horas atrás", "2026-11-28T05:00:00Z", "2026-11-28T06:00:00Z")]
    [InlineData("Atualizado há 2 horas", "2026-11-28T06:00:00Z", "2026-11-28T07:00:00Z")]
    [InlineData("há 5 minutos", "2026-11-28T08:54:00Z", "2026-11-28T08:55:00Z")]
    [InlineData("vinte e cinco minutos atrás", "2026-11-28T08:34:00Z", "2026-11-28T08:35:00Z")]
    [InlineData("há meia hora", "2026-11-28T08:00:00Z", "2026-11-28T08:30:00Z")]
    [InlineData("há uma hora e meia", "2026-11-28T07:00:00Z", "2026-11-28T07:30:00Z")]
    [InlineData("há cerca de 2 horas", "2026-11-28T06:00:00Z", "2026-11-28T07:00:00Z")]
    [InlineData("há menos de um minuto", "2026-11-28T08:59:00Z", "2026-11-28T09:00:00Z")]
    [InlineData("há 2 dias", "2026-11-25T09:00:00Z", "2026-11-26T09:00:00Z")]
    [InlineData("ontem às 18h04", "2026-11-27T18:03:59.9999999Z", "2026-11-27T18:04:59.9999999Z")]
    [InlineData("ontem às 10:36 da tarde", "2026-11-27T22:35:59.9999999Z", "2026-11-27T22:36:59.9999999Z")]
    [InlineData("ontem às 6:00 da manhã", "2026-11-27T05:59:59.9999999Z", "2026-11-27T06:00:59.9999999Z")]
    [InlineData("08/05 às 18h58", "2026-05-08T17:57:59.9999999Z", "2026-05-08T17:58:59.9999999Z")]
    [InlineData("hoje às 08h30", "2026-11-28T08:29:59.9999999Z", "2026-11-28T08:30:59.9999999Z")]
    [InlineData("hoje às 8h45min", "2026-11-28T08:44:59.9999999Z", "2026-11-28T08:45:59.9999999Z")]
    [InlineData("21 de janeiro de 2026 às 07h30min", "2026-01-21T07:29:59.9999999Z", "2026-01-21T07:30:59.9999999Z")]
    [InlineData("14/10/2020 - 10h3min", "2020-10-14T09:02:59.9999999Z", "2020-10-14T09:03:59.9999999Z")]
    [InlineData("26/07/2024 às 09h:39", "2024-07-26T08:38:59.9999999Z", "2024-07-26T08:39:59.9999999Z")]
    [InlineData("21.dez.2018 às 10h55", "2018-12-21T10:54:59.9999999Z", "2018-12-21T10:55:59.9999999Z")]
    [InlineData("Postado às 10:47 AM", "2026-11-27T10:46:59.9999999Z", "2026-11-27T10:47:59.9999999Z")]
    [InlineData("terça-feira, 24 de novembro de 2026 às 14h30", "2026-11-24T14:29:59.9999999Z", "2026-11-24T14:30:59.9999999Z")]
    [InlineData("na semana passada", "2026-11-14T23:59:59.9999999Z", "2026-11-27T23:59:59.9999999Z")]
    [InlineData("15h30 -", "2026-11-27T15:29:59.9999999Z", "2026-11-27T15:30:59.9999999Z")]
    [InlineData("22 de abril de 2020 | 21h17", "2020-04-22T20:16:59.9999999Z", "2020-04-22T20:17:59.9999999Z")]
    [InlineData("10/12/20 - 10h02", "2020-12-10T10:01:59.9999999Z", "2020-12-10T10:02:59.9999999Z")]
    [InlineData("abril 24, 2025", "2025-04-23T22:59:59.9999999Z", "2025-04-24T22:59:59.9999999Z")]
    [InlineData("domingo, março 08, 2026", "2026-03-07T23:59:59.9999999Z", "2026-03-08T23:59:59.9999999Z")]
    [InlineData("Este artigo tem mais de um ano", "-", "2025-11-28T09:00:00Z")]
    [InlineData("Postado em 18 de Setembro de 2013 às 10:00 hrs", "2013-09-18T08:59:59.9999999Z", "2013-09-18T09:00:59.9999999Z")]
    [InlineData("última modificação: 29/05/2019 13h41", "2019-05-29T12:40:59.9999999Z", "2019-05-29T12:41:59.9999999Z")]
    [InlineData("1° de janeiro de 2021", "2020-12-31T23:59:59.9999999Z", "2021-01-01T23:59:59.9999999Z")]
    public void Portuguese_ages_cover_their_window(string text, string lo, string hi) => AssertWindow("pt", text, lo, hi, Lisbon);

    [Theory]
    [InlineData("daqui a 2 horas")]
    [InlineData("2 horas depois")]
    [InlineData("há muito tempo")]
    [InlineData("Há 3 horas.")]
    [InlineData("O jogo começou há 3 horas")]
    [InlineData("Duração: 2h30min")]
    [InlineData("O filme tem 2h30min de duração")]
    public void Portuguese_non_ages_are_rejected(string text) => AssertNotAnAge("pt", text);
}

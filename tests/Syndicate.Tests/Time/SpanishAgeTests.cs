using static Syndicate.Tests.Time.AgeCases;

namespace Syndicate.Tests.Time;

public sealed class SpanishAgeTests
{
    [Theory]
    [InlineData("hace 16 minutos", "2026-11-28T08:43:00Z", "2026-11-28T08:44:00Z")]
    [InlineData("Hace 1 minuto", "2026-11-28T08:58:00Z", "2026-11-28T08:59:00Z")]
    [InlineData("hace un minuto", "2026-11-28T08:58:00Z", "2026-11-28T08:59:00Z")]
    [InlineData("hace 5 min", "2026-11-28T08:54:00Z", "2026-11-28T08:55:00Z")]
    [InlineData("hace 15 segundos", "2026-11-28T08:59:44Z", "2026-11-28T08:59:45Z")]
    [InlineData("hace una hora", "2026-11-28T07:00:00Z", "2026-11-28T08:00:00Z")]
    [InlineData("hace 2 horas", "2026-11-28T06:00:00Z", "2026-11-28T07:00:00Z")]
    [InlineData("hace 2 h", "2026-11-28T06:00:00Z", "2026-11-28T07:00:00Z")]
    [InlineData("hace dos horas", "2026-11-28T06:00:00Z", "2026-11-28T07:00:00Z")]
    [InlineData("hace 3 días", "2026-11-24T09:00:00Z", "2026-11-25T09:00:00Z")]
    [InlineData("hace 3 dias", "2026-11-24T09:00:00Z", "2026-11-25T09:00:00Z")]
    [InlineData("hace un día", "2026-11-26T09:00:00Z", "2026-11-27T09:00:00Z")]
    [InlineData("hace 2 semanas", "2026-11-07T09:00:00Z", "2026-11-14T09:00:00Z")]
    [InlineData("Actualizado: hace 3 horas", "2026-11-28T05:00:00Z", "2026-11-28T06:00:00Z")]
    [InlineData("Publicado hace 3 horas", "2026-11-28T05:00:00Z", "2026-11-28T06:00:00Z")]
    [InlineData("hace un momento", "2026-11-28T08:59:00Z", "2026-11-28T09:00:00Z")]
    [InlineData("justo ahora", "2026-11-28T08:59:00Z", "2026-11-28T09:00:00Z")]
    [InlineData("ayer", "2026-11-26T22:59:59.9999999Z", "2026-11-27T22:59:59.9999999Z")]
    [InlineData("Ayer", "2026-11-26T22:59:59.9999999Z", "2026-11-27T22:59:59.9999999Z")]
    [InlineData("anteayer", "2026-11-25T22:59:59.9999999Z", "2026-11-26T22:59:59.9999999Z")]
    [InlineData("hoy", "2026-11-27T22:59:59.9999999Z", "2026-11-28T09:00:00Z")]
    [InlineData("hoy a las 09:32", "2026-11-28T08:31:59.9999999Z", "2026-11-28T08:32:59.9999999Z")]
    [InlineData("ayer a las 14:32", "2026-11-27T13:31:59.9999999Z", "2026-11-27T13:32:59.9999999Z")]
    [InlineData("ayer, 14:32 h", "2026-11-27T13:31:59.9999999Z", "2026-11-27T13:32:59.9999999Z")]
    [InlineData("14:32", "2026-11-27T13:31:59.9999999Z", "2026-11-27T13:32:59.9999999Z")]
    [InlineData("28 nov", "2026-11-27T22:59:59.9999999Z", "2026-11-28T09:00:00Z")]
    [InlineData("27 de noviembre de 2026", "2026-11-26T22:59:59.9999999Z", "2026-11-27T22:59:59.9999999Z")]
    [InlineData("27 de noviembre de 2026 a las 14:32", "2026-11-27T13:31:59.9999999Z", "2026-11-27T13:32:59.9999999Z")]
    [InlineData("el 27 de noviembre", "2026-11-26T22:59:59.9999999Z", "2026-11-27T22:59:59.9999999Z")]
    [InlineData("27/11/2026 14:32", "2026-11-27T13:31:59.9999999Z", "2026-11-27T13:32:59.9999999Z")]
    public void Spanish_ages_cover_their_window(string text, string lo, string hi) => AssertWindow("es", text, lo, hi);

    [Theory]
    [InlineData("16 minutos de lectura")]
    [InlineData("dentro de 2 horas")]
    [InlineData("hace")]
    [InlineData("hace horas")]
    [InlineData("Ocurrió hace 2 horas")]
    [InlineData("hace 2 horas.")]
    [InlineData("ayer por la tarde")]
    [InlineData("una hora después")]
    [InlineData("hace calor")]
    public void Spanish_non_ages_are_rejected(string text) => AssertNotAnAge("es", text);
}

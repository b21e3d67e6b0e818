namespace Syndicate.Core.Time;

/// <summary>The words of the supported languages.</summary>
internal static class AgeVocabularies
{
    public static readonly AgeVocabulary Dutch = new()
    {
        Labels = new("bijgewerkt", "laatst bijgewerkt", "gepubliceerd", "geplaatst", "geüpdatet", "update"),
        JustNow = new("zojuist", "zonet", "net binnen"),
        RelativeAfter = new("geleden"),
        Amounts = new((1, "een één"), (2, "twee"), (3, "drie"), (4, "vier"), (5, "vijf"), (6, "zes"), (7, "zeven"), (8, "acht"), (9, "negen"), (10, "tien")),
        Units = new(
            (AgeUnit.Second, "seconde seconden sec. s."),
            (AgeUnit.Minute, "minuut minuten min. m."),
            (AgeUnit.Hour, "uur uren u."),
            (AgeUnit.Day, "dag dagen d."),
            (AgeUnit.Week, "week weken w.")),
        NamedDays = new((0, "vandaag"), (1, "gisteren"), (2, "eergisteren")),
        Months = new(
            (1, "jan. januari"), (2, "feb. februari"), (3, "mrt. maart"), (4, "apr. april"), (5, "mei"), (6, "jun. juni"),
            (7, "jul. juli"), (8, "aug. augustus"), (9, "sep. sept. september"), (10, "okt. oktober"), (11, "nov. november"), (12, "dec. december")),
        DateArticles = new("op"),
        ClockConnectors = new("om"),
        ClockSuffixes = new("uur", "u"),
    };

    public static readonly AgeVocabulary English = new()
    {
        Labels = new("updated", "last updated", "published", "posted", "edited"),
        JustNow = new("just now", "moments ago", "a moment ago"),
        RelativeAfter = new("ago"),
        Amounts = new((1, "a an one"), (2, "two"), (3, "three"), (4, "four"), (5, "five"), (6, "six"), (7, "seven"), (8, "eight"), (9, "nine"), (10, "ten")),
        Units = new(
            (AgeUnit.Second, "second seconds sec. secs. s."),
            (AgeUnit.Minute, "minute minutes min. mins. m."),
            (AgeUnit.Hour, "hour hours hr. hrs. h."),
            (AgeUnit.Day, "day days d."),
            (AgeUnit.Week, "week weeks wk. wks. w.")),
        NamedDays = new((0, "today"), (1, "yesterday")),
        Months = new(
            (1, "jan. january"), (2, "feb. february"), (3, "mar. march"), (4, "apr. april"), (5, "may"), (6, "jun. june"),
            (7, "jul. july"), (8, "aug. august"), (9, "sep. sept. september"), (10, "oct. october"), (11, "nov. november"), (12, "dec. december")),
        DateArticles = new("on"),
        DayFirstNumericDates = false,
        MonthFirstDates = true,
        ClockConnectors = new("at"),
        AnteMeridiem = new("am", "a m"),
        PostMeridiem = new("pm", "p m"),
    };

    public static readonly AgeVocabulary German = new()
    {
        Labels = new("aktualisiert", "zuletzt aktualisiert", "veröffentlicht", "stand"),
        JustNow = new("gerade eben", "soeben"),
        RelativeBefore = new("vor"),
        Amounts = new((1, "ein eine einer einem einen"), (2, "zwei"), (3, "drei"), (4, "vier"), (5, "fünf"), (6, "sechs"), (7, "sieben"), (8, "acht"), (9, "neun"), (10, "zehn")),
        Units = new(
            (AgeUnit.Second, "sekunde sekunden sek. s."),
            (AgeUnit.Minute, "minute minuten min. m."),
            (AgeUnit.Hour, "stunde stunden std. h."),
            (AgeUnit.Day, "tag tagen tage t."),
            (AgeUnit.Week, "woche wochen wo.")),
        NamedDays = new((0, "heute"), (1, "gestern"), (2, "vorgestern")),
        Months = new(
            (1, "jan. januar jän. jänner"), (2, "feb. februar"), (3, "mär. märz mrz."), (4, "apr. april"), (5, "mai"), (6, "jun. juni"),
            (7, "jul. juli"), (8, "aug. august"), (9, "sep. sept. september"), (10, "okt. oktober"), (11, "nov. november"), (12, "dez. dezember")),
        DateArticles = new("am"),
        ClockConnectors = new("um"),
        ClockSuffixes = new("uhr"),
    };

    public static readonly AgeVocabulary French = new()
    {
        Labels = new("mis à jour", "mise à jour", "publié", "modifié"),
        JustNow = new("à l'instant", "il y a un instant"),
        RelativeBefore = new("il y a"),
        Amounts = new((1, "un une"), (2, "deux"), (3, "trois"), (4, "quatre"), (5, "cinq"), (6, "six"), (7, "sept"), (8, "huit"), (9, "neuf"), (10, "dix")),
        Units = new(
            (AgeUnit.Second, "seconde secondes sec. s."),
            (AgeUnit.Minute, "minute minutes min. mn."),
            (AgeUnit.Hour, "heure heures h."),
            (AgeUnit.Day, "jour jours j."),
            (AgeUnit.Week, "semaine semaines sem.")),
        NamedDays = new((0, "aujourd'hui"), (1, "hier"), (2, "avant-hier")),
        Months = new(
            (1, "janv. janvier"), (2, "févr. fév. février"), (3, "mars"), (4, "avr. avril"), (5, "mai"), (6, "juin"),
            (7, "juil. juillet"), (8, "août"), (9, "sept. septembre"), (10, "oct. octobre"), (11, "nov. novembre"), (12, "déc. décembre")),
        DateArticles = new("le"),
        ClockConnectors = new("à", "a"),
        ClockSuffixes = new("h"),
    };

    public static readonly AgeVocabulary Spanish = new()
    {
        Labels = new("actualizado", "publicado", "última actualización"),
        JustNow = new("justo ahora", "ahora mismo", "hace un momento", "hace unos segundos"),
        RelativeBefore = new("hace"),
        Amounts = new((1, "un una uno"), (2, "dos"), (3, "tres"), (4, "cuatro"), (5, "cinco"), (6, "seis"), (7, "siete"), (8, "ocho"), (9, "nueve"), (10, "diez")),
        Units = new(
            (AgeUnit.Second, "segundo segundos seg. s."),
            (AgeUnit.Minute, "minuto minutos min. m."),
            (AgeUnit.Hour, "hora horas h."),
            (AgeUnit.Day, "día días dia dias d."),
            (AgeUnit.Week, "semana semanas sem.")),
        NamedDays = new((0, "hoy"), (1, "ayer"), (2, "anteayer antier")),
        Months = new(
            (1, "ene. enero"), (2, "feb. febrero"), (3, "mar. marzo"), (4, "abr. abril"), (5, "may. mayo"), (6, "jun. junio"),
            (7, "jul. julio"), (8, "ago. agosto"), (9, "sep. sept. set. septiembre"), (10, "oct. octubre"), (11, "nov. noviembre"), (12, "dic. diciembre")),
        DateArticles = new("el"),
        DateFillers = new("de"),
        ClockConnectors = new("a las", "a la"),
        ClockSuffixes = new("h", "hs"),
    };
}

namespace Syndicate.Core.Time;

/// <summary>The words of the supported languages.</summary>
internal static class AgeVocabularies
{
    private static readonly AgeCount Half = new(1, 2);
    private static readonly AgeCount OneAndAHalf = new(3, 2);
    private static readonly AgeCount TwoAndAHalf = new(5, 2);
    private static readonly AgeUnitWord HalfHour = new(AgeUnit.Hour, 1, 2);
    private static readonly AgeUnitWord QuarterHour = new(AgeUnit.Hour, 1, 4);

    public static readonly AgeVocabulary Dutch = new()
    {
        Labels = new("bijgewerkt", "laatst bijgewerkt", "gepubliceerd", "geplaatst", "geüpdatet", "update", "laatste update", "aangepast", "laatst gewijzigd", "laatste wijziging"),
        TrailingLabels = new("geplaatst", "bijgewerkt", "gepubliceerd", "geüpdatet"),
        UpdateLabels = new("bijgewerkt", "laatst bijgewerkt", "geüpdatet", "update", "laatste update", "aangepast", "laatst gewijzigd", "laatste wijziging"),
        JustNow = new("zojuist", "zonet", "zo-even", "zoëven", "net", "nu", "net binnen"),
        RelativeAfter = new("geleden"),
        Qualifiers = new(
            (AgeBound.Exactly, "circa ca. ongeveer ruim zo'n rond"),
            (AgeBound.LessThan, "minder_dan bijna nog_geen"),
            (AgeBound.MoreThan, "meer_dan")),
        Amounts = CardinalWords.Table(
            ["een één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf", "dertien",
                "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien"],
            ["twintig", "dertig", "veertig", "vijftig", "zestig"],
            (ten, digit) => digit + (digit.EndsWith('e') ? "ën" : "en") + ten,
            (OneAndAHalf, "anderhalf anderhalve"), (TwoAndAHalf, "tweeënhalf"),
            (AgeCount.Few, "enkele een_paar paar een_aantal")),
        PartJoiners = new("en"),
        Halves = new("en een half", "en half"),
        Units = new(
            (new(AgeUnit.Second), "seconde seconden sec. s."),
            (new(AgeUnit.Minute), "minuut minuten min. m."),
            (new(AgeUnit.Hour), "uur uren u."),
            (new(AgeUnit.Day), "dag dagen dgn. d."),
            (new(AgeUnit.Week), "week weken wkn. wk. w."),
            (new(AgeUnit.Month), "maand maanden mnd. mnden."),
            (new(AgeUnit.Year), "jaar jaren jr. j."),
            (QuarterHour, "kwartier"),
            (HalfHour, "half_uur")),
        NamedDays = new((0, "vandaag"), (1, "gisteren"), (2, "eergisteren")),
        Weekdays = new(
            (DayOfWeek.Monday, "maandag ma."), (DayOfWeek.Tuesday, "dinsdag di."), (DayOfWeek.Wednesday, "woensdag wo."),
            (DayOfWeek.Thursday, "donderdag do."), (DayOfWeek.Friday, "vrijdag vr."), (DayOfWeek.Saturday, "zaterdag za."),
            (DayOfWeek.Sunday, "zondag zo.")),
        Periods = new((CalendarPeriod.Week, "week"), (CalendarPeriod.Month, "maand"), (CalendarPeriod.Year, "jaar")),
        PastBefore = new("afgelopen", "vorige", "vorig"),
        Months = new(
            (1, "jan. januari"), (2, "feb. februari"), (3, "mrt. maart"), (4, "apr. april"), (5, "mei"), (6, "jun. juni"),
            (7, "jul. juli"), (8, "aug. augustus"), (9, "sep. sept. september"), (10, "okt. oktober"), (11, "nov. november"), (12, "dec. december")),
        Articles = new("op"),
        ClockConnectors = new("om"),
        ClockSuffixes = new("uur", "u"),
        BylineWords = new("door", "redactie"),
        SectionWords = new("in"),
        RangeWords = new("sinds", "vanaf", "tot", "geldig", "verloopt", "verlopen", "geboren", "overleden", "opgericht", "geregistreerd", "aangemeld", "lid"),
        BulletinWords = new("nieuws", "journaal", "nieuwsoverzicht"),
        AgeNotices = new("dit artikel is", "dit bericht is"),
        AgeNoticeEnds = new("oud"),
    };

    public static readonly AgeVocabulary English = new()
    {
        Labels = new("updated", "last updated", "published", "posted", "edited", "last edited", "first published", "published on", "posted on", "updated on", "update", "last update", "last update on", "last modified", "start date", "submitted", "submitted on"),
        TrailingLabels = new("updated"),
        UpdateLabels = new("updated", "last updated", "edited", "last edited", "updated on", "update", "last update", "last update on", "last modified"),
        JustNow = new("just now", "moments ago", "a moment ago", "seconds ago", "right now"),
        RelativeAfter = new("ago"),
        Qualifiers = new(
            (AgeBound.Exactly, "about around approximately approx. roughly"),
            (AgeBound.LessThan, "less_than under nearly almost"),
            (AgeBound.MoreThan, "more_than over")),
        Amounts = CardinalWords.Table(
            ["one a an", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
                "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"],
            ["twenty", "thirty", "forty", "fifty", "sixty"],
            (ten, digit) => $"{ten}-{digit}",
            (AgeCount.Few, "a_few few several some a_couple_of a_couple couple_of")),
        PartJoiners = new("and"),
        Halves = new("and a half"),
        Units = new(
            (new(AgeUnit.Second), "second seconds sec. secs. s."),
            (new(AgeUnit.Minute), "minute minutes min. mins. m."),
            (new(AgeUnit.Hour), "hour hours hr. hrs. h."),
            (new(AgeUnit.Day), "day days d."),
            (new(AgeUnit.Week), "week weeks wk. wks. w."),
            (new(AgeUnit.Month), "month months mo. mos. mth. mths."),
            (new(AgeUnit.Year), "year years yr. yrs. y."),
            (QuarterHour, "quarter_of_an_hour quarter_hour quarters_of_an_hour"),
            (HalfHour, "half_hour half-hour")),
        CountedUnits = new((HalfHour, "half_an_hour")),
        NamedDays = new((0, "today"), (1, "yesterday")),
        Weekdays = new(
            (DayOfWeek.Monday, "monday mon."), (DayOfWeek.Tuesday, "tuesday tue. tues."), (DayOfWeek.Wednesday, "wednesday wed."),
            (DayOfWeek.Thursday, "thursday thu. thur. thurs."), (DayOfWeek.Friday, "friday fri."), (DayOfWeek.Saturday, "saturday sat."),
            (DayOfWeek.Sunday, "sunday sun.")),
        Periods = new((CalendarPeriod.Week, "week"), (CalendarPeriod.Month, "month"), (CalendarPeriod.Year, "year")),
        PastBefore = new("last", "this past"),
        Months = new(
            (1, "jan. january"), (2, "feb. february"), (3, "mar. march"), (4, "apr. april"), (5, "may"), (6, "jun. june"),
            (7, "jul. july"), (8, "aug. august"), (9, "sep. sept. september"), (10, "oct. october"), (11, "nov. november"), (12, "dec. december")),
        Articles = new("on"),
        OrdinalSuffixes = new("st", "nd", "rd", "th"),
        NumericDates = NumericDateOrder.WhereUnambiguous,
        MonthFirstDates = true,
        ClockConnectors = new("at"),
        AnteMeridiem = new("am", "a m"),
        PostMeridiem = new("pm", "p m"),
        BylineWords = new("by"),
        SectionWords = new("in"),
        RangeWords = new("since", "until", "till", "from", "through", "valid", "expires", "born", "died", "founded", "established", "joined", "registered", "member"),
        BulletinWords = new("news", "headlines", "bulletin", "briefing", "roundup"),
        AgeNotices = new("this article is", "this post is", "this story is"),
        AgeNoticeEnds = new("old"),
    };

    public static readonly AgeVocabulary German = new()
    {
        Labels = new("aktualisiert", "zuletzt aktualisiert", "veröffentlicht", "veröffentlicht am", "publiziert", "stand", "aktualisiert am", "erstellt", "erstellt am", "letzte änderung", "letzte aktualisierung", "zuletzt geändert", "verfasst", "verfasst am", "update", "update von", "schreibt", "schrieb"),
        TrailingLabels = new("aktualisiert", "veröffentlicht"),
        UpdateLabels = new("aktualisiert", "zuletzt aktualisiert", "aktualisiert am", "letzte änderung", "letzte aktualisierung", "zuletzt geändert", "update", "update von"),
        JustNow = new("gerade eben", "soeben", "jetzt", "gerade", "vor einem Moment"),
        RelativeBefore = new("vor"),
        RelativeAfter = new("her"),
        Qualifiers = new(
            (AgeBound.Exactly, "etwa ungefähr rund circa ca. zirka"),
            (AgeBound.LessThan, "weniger_als knapp fast"),
            (AgeBound.MoreThan, "mehr_als über")),
        Amounts = CardinalWords.Table(
            ["ein eine einer einem einen", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf",
                "dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn", "achtzehn", "neunzehn"],
            ["zwanzig", "dreißig dreissig", "vierzig", "fünfzig", "sechzig"],
            (ten, digit) => $"{digit}und{ten}",
            (OneAndAHalf, "eineinhalb anderthalb"), (TwoAndAHalf, "zweieinhalb"),
            (AgeCount.Few, "wenigen einigen ein_paar mehreren")),
        PartJoiners = new("und"),
        Halves = new("und einer halben", "und eine halbe"),
        Units = new(
            (new(AgeUnit.Second), "sekunde sekunden sek. s."),
            (new(AgeUnit.Minute), "minute minuten min. m."),
            (new(AgeUnit.Hour), "stunde stunden std. h."),
            (new(AgeUnit.Day), "tag tagen tage tg. t."),
            (new(AgeUnit.Week), "woche wochen wo."),
            (new(AgeUnit.Month), "monat monaten monate mon. mo."),
            (new(AgeUnit.Year), "jahr jahren jahre j."),
            (QuarterHour, "viertelstunde"),
            (new(AgeUnit.Hour, 3, 4), "dreiviertelstunde"),
            (HalfHour, "halben_stunde halbe_stunde")),
        NamedDays = new((0, "heute"), (1, "gestern"), (2, "vorgestern")),
        Weekdays = new(
            (DayOfWeek.Monday, "montag mo."), (DayOfWeek.Tuesday, "dienstag di."), (DayOfWeek.Wednesday, "mittwoch mi."),
            (DayOfWeek.Thursday, "donnerstag do."), (DayOfWeek.Friday, "freitag fr."), (DayOfWeek.Saturday, "samstag sonnabend sa."),
            (DayOfWeek.Sunday, "sonntag so.")),
        Periods = new((CalendarPeriod.Week, "woche"), (CalendarPeriod.Month, "monat"), (CalendarPeriod.Year, "jahr")),
        PastBefore = new(
            "letzten", "letzte", "letztes", "letzter", "vergangenen", "vergangene", "vergangenes", "vergangener", "vorigen", "vorige", "voriges"),
        Months = new(
            (1, "jan. januar jän. jänner"), (2, "feb. februar"), (3, "mär. märz mrz."), (4, "apr. april"), (5, "mai"), (6, "jun. juni"),
            (7, "jul. juli"), (8, "aug. august"), (9, "sep. sept. september"), (10, "okt. oktober"), (11, "nov. november"), (12, "dez. dezember")),
        Articles = new("am", "vom"),
        YearlessDatesCloseWithFullStop = true,
        ClockConnectors = new("um"),
        ClockSuffixes = new("uhr"),
        BylineWords = new("von", "schreibt", "schrieb", "redaktion"),
        SectionWords = new("in"),
        RangeWords = new("seit", "bis", "ab", "gültig", "geboren", "gestorben", "gegründet", "termin", "frist", "registriert", "angemeldet", "mitglied"),
        BulletinWords = new("nachrichten", "news", "meldungen", "presseschau"),
        AgeNotices = new("dieser artikel ist", "dieser beitrag ist"),
        AgeNoticeEnds = new("alt"),
    };

    public static readonly AgeVocabulary French = new()
    {
        Labels = new("mis à jour", "mise à jour", "publié", "publié le", "posté", "postée", "posté le", "postée le", "date de parution", "date de publication", "modifié", "actualisé", "dernière mise à jour", "dernière modification"),
        UpdateLabels = new("mis à jour", "mise à jour", "modifié", "actualisé", "dernière mise à jour", "dernière modification"),
        JustNow = new("à l'instant", "il y a un instant", "il y a quelques instants", "maintenant"),
        RelativeBefore = new("il y a"),
        Qualifiers = new(
            (AgeBound.Exactly, "environ à_peu_près près_de"),
            (AgeBound.LessThan, "moins_d' moins_de presque"),
            (AgeBound.MoreThan, "plus_d' plus_de")),
        Amounts = CardinalWords.Table(
            ["un une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "treize",
                "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf"],
            ["vingt", "trente", "quarante", "cinquante", "soixante"],
            (ten, digit) => $"{ten}-{digit}",
            (AgeCount.Few, "quelques plusieurs")),
        NumberJoiners = new("et"),
        PartJoiners = new("et"),
        Halves = new("et demie", "et demi"),
        Units = new(
            (new(AgeUnit.Second), "seconde secondes sec. s."),
            (new(AgeUnit.Minute), "minute minutes min. mn."),
            (new(AgeUnit.Hour), "heure heures h."),
            (new(AgeUnit.Day), "jour jours j."),
            (new(AgeUnit.Week), "semaine semaines sem."),
            (new(AgeUnit.Month), "mois"),
            (new(AgeUnit.Year), "an ans année années"),
            (QuarterHour, "quart_d'heure quarts_d'heure"),
            (HalfHour, "demi-heure demi-heures")),
        NamedDays = new((0, "aujourd'hui"), (1, "hier"), (2, "avant-hier")),
        Weekdays = new(
            (DayOfWeek.Monday, "lundi lun."), (DayOfWeek.Tuesday, "mardi mar."), (DayOfWeek.Wednesday, "mercredi mer."),
            (DayOfWeek.Thursday, "jeudi jeu."), (DayOfWeek.Friday, "vendredi ven."), (DayOfWeek.Saturday, "samedi sam."),
            (DayOfWeek.Sunday, "dimanche dim.")),
        Periods = new((CalendarPeriod.Week, "semaine"), (CalendarPeriod.Month, "mois"), (CalendarPeriod.Year, "an année")),
        PastAfter = new("dernier", "dernière", "passé", "passée"),
        Months = new(
            (1, "janv. janvier"), (2, "févr. fév. février fevr. fev. fevrier"), (3, "mars"), (4, "avr. avril"), (5, "mai"), (6, "juin"),
            (7, "juil. juillet"), (8, "août aout"), (9, "sept. septembre"), (10, "oct. octobre"), (11, "nov. novembre"), (12, "déc. décembre dec. decembre")),
        Articles = new("le", "la", "l'", "du"),
        OrdinalSuffixes = new("er"),
        ClockConnectors = new("à", "a"),
        ClockSuffixes = new("h"),
        BylineWords = new("par", "rédaction"),
        SectionWords = new("dans"),
        RangeWords = new("depuis", "jusqu'au", "jusqu'à", "dès", "valable", "né", "née", "décédé", "fondé", "fondée", "inscription", "inscrit", "inscrite", "membre"),
        BulletinWords = new("infos", "informations", "actualités", "actus", "journal", "flash"),
        AgeNotices = new("cet article a", "ce billet a"),
    };

    public static readonly AgeVocabulary Spanish = new()
    {
        Labels = new("actualizado", "publicado", "última actualización", "actualizado el", "publicado el", "fecha de publicación"),
        UpdateLabels = new("actualizado", "última actualización", "actualizado el"),
        JustNow = new("justo ahora", "ahora mismo", "ahora", "hace un momento", "hace instantes", "hace unos instantes"),
        RelativeBefore = new("hace"),
        Qualifiers = new(
            (AgeBound.Exactly, "cerca_de alrededor_de aproximadamente"),
            (AgeBound.LessThan, "menos_de casi"),
            (AgeBound.MoreThan, "más_de mas_de")),
        Amounts = CardinalWords.Table(
            ["uno un una", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce", "trece",
                "catorce", "quince", "dieciséis dieciseis", "diecisiete", "dieciocho", "diecinueve", "veinte", "veintiuno veintiún",
                "veintidós veintidos", "veintitrés veintitres", "veinticuatro", "veinticinco", "veintiséis veintiseis", "veintisiete",
                "veintiocho", "veintinueve"],
            ["treinta", "cuarenta", "cincuenta", "sesenta"],
            null,
            (AgeCount.Few, "unos unas algunos algunas varios varias pocos pocas")),
        NumberJoiners = new("y"),
        PartJoiners = new("y"),
        Halves = new("y media", "y medio"),
        Units = new(
            (new(AgeUnit.Second), "segundo segundos seg. s."),
            (new(AgeUnit.Minute), "minuto minutos min. m."),
            (new(AgeUnit.Hour), "hora horas h. hs."),
            (new(AgeUnit.Day), "día días dia dias d."),
            (new(AgeUnit.Week), "semana semanas sem."),
            (new(AgeUnit.Month), "mes meses"),
            (new(AgeUnit.Year), "año años"),
            (QuarterHour, "cuarto_de_hora cuartos_de_hora")),
        CountedUnits = new((HalfHour, "media_hora")),
        NamedDays = new((0, "hoy"), (1, "ayer"), (2, "anteayer antier antes_de_ayer")),
        Weekdays = new(
            (DayOfWeek.Monday, "lunes lun."), (DayOfWeek.Tuesday, "martes mar."), (DayOfWeek.Wednesday, "miércoles miercoles mié."),
            (DayOfWeek.Thursday, "jueves jue."), (DayOfWeek.Friday, "viernes vie."), (DayOfWeek.Saturday, "sábado sabado sáb."),
            (DayOfWeek.Sunday, "domingo dom.")),
        Periods = new((CalendarPeriod.Week, "semana"), (CalendarPeriod.Month, "mes"), (CalendarPeriod.Year, "año")),
        PastBefore = new("pasado", "pasada"),
        PastAfter = new("pasado", "pasada"),
        Months = new(
            (1, "ene. enero"), (2, "feb. febrero"), (3, "mar. marzo"), (4, "abr. abril"), (5, "may. mayo"), (6, "jun. junio"),
            (7, "jul. julio"), (8, "ago. agosto"), (9, "sep. sept. set. septiembre setiembre"), (10, "oct. octubre"), (11, "nov. noviembre"), (12, "dic. diciembre")),
        Articles = new("el", "la", "a", "al"),
        DateFillers = new("de", "del"),
        ClockConnectors = new("a las", "a la"),
        ClockSuffixes = new("h", "hs", "hrs", "horas"),
        AnteMeridiem = new("am", "a m"),
        PostMeridiem = new("pm", "p m"),
        BylineWords = new("por", "redacción"),
        SectionWords = new("en"),
        RangeWords = new("desde", "hasta", "válido", "válida", "nacido", "fallecido", "fundado", "vigente", "registrado", "registrada", "registro", "miembro"),
        BulletinWords = new("noticias", "titulares", "informativo", "resumen"),
        AgeNotices = new("este artículo tiene", "esta noticia tiene"),
        AgeNoticeEnds = new("de antigüedad"),
    };

    public static readonly AgeVocabulary Italian = new()
    {
        Labels = new("aggiornato", "aggiornato il", "aggiornamento", "ultimo aggiornamento", "ultimo agg.", "pubblicato", "pubblicato il", "data di pubblicazione", "modificato", "ultima modifica"),
        UpdateLabels = new("aggiornato", "aggiornato il", "aggiornamento", "ultimo aggiornamento", "ultimo agg.", "modificato", "ultima modifica"),
        JustNow = new("adesso", "proprio ora", "in questo momento"),
        RelativeAfter = new("fa"),
        Qualifiers = new(
            (AgeBound.Exactly, "circa"),
            (AgeBound.LessThan, "meno_di quasi"),
            (AgeBound.MoreThan, "più_di oltre")),
        Amounts = CardinalWords.Table(
            ["uno un una un'", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove", "dieci", "undici", "dodici",
                "tredici", "quattordici", "quindici", "sedici", "diciassette", "diciotto", "diciannove"],
            ["venti", "trenta", "quaranta", "cinquanta", "sessanta"],
            (ten, digit) => "aeiou".Contains(digit[0], StringComparison.Ordinal) ? ten[..^1] + digit : ten + digit,
            (AgeCount.Few, "pochi poche alcuni alcune qualche")),
        PartJoiners = new("e"),
        Halves = new("e mezza", "e mezzo"),
        Units = new(
            (new(AgeUnit.Second), "secondo secondi sec. s."),
            (new(AgeUnit.Minute), "minuto minuti min. m."),
            (new(AgeUnit.Hour), "ora ore h."),
            (new(AgeUnit.Day), "giorno giorni gg. g."),
            (new(AgeUnit.Week), "settimana settimane sett."),
            (new(AgeUnit.Month), "mese mesi"),
            (new(AgeUnit.Year), "anno anni"),
            (QuarterHour, "quarto_d'ora quarti_d'ora")),
        CountedUnits = new((HalfHour, "mezz'ora mezzora mezza_ora")),
        NamedDays = new((0, "oggi"), (1, "ieri"), (2, "l'altro_ieri altroieri l'altroieri")),
        Weekdays = new(
            (DayOfWeek.Monday, "lunedì lunedi lun."), (DayOfWeek.Tuesday, "martedì martedi mar."), (DayOfWeek.Wednesday, "mercoledì mercoledi mer."),
            (DayOfWeek.Thursday, "giovedì giovedi gio."), (DayOfWeek.Friday, "venerdì venerdi ven."), (DayOfWeek.Saturday, "sabato sab."),
            (DayOfWeek.Sunday, "domenica dom.")),
        Periods = new((CalendarPeriod.Week, "settimana"), (CalendarPeriod.Month, "mese"), (CalendarPeriod.Year, "anno")),
        PastBefore = new("scorso", "scorsa"),
        PastAfter = new("scorso", "scorsa"),
        Months = new(
            (1, "gen. gennaio"), (2, "feb. febbraio"), (3, "mar. marzo"), (4, "apr. aprile"), (5, "mag. maggio"), (6, "giu. giugno"),
            (7, "lug. luglio"), (8, "ago. agosto"), (9, "set. sett. settembre"), (10, "ott. ottobre"), (11, "nov. novembre"), (12, "dic. dicembre")),
        Articles = new("il", "lo", "la", "l'", "del", "di"),
        ClockConnectors = new("alle ore", "alle", "ore", "all'"),
        BylineWords = new("di", "da", "redazione"),
        SectionWords = new("in"),
        RangeWords = new("dal", "dalla", "fino", "valido", "nato", "nata", "morto", "fondato", "scadenza", "iscritto", "iscritta", "iscrizione", "registrato", "registrata", "membro"),
        BulletinWords = new("notizie", "notiziario", "giornale", "rassegna"),
        AgeNotices = new("questo articolo ha"),
    };

    public static readonly AgeVocabulary Portuguese = new()
    {
        Labels = new("atualizado", "atualizada", "actualizado", "publicado", "publicada", "postado", "postada", "atualizado em", "publicado em", "postado em", "data de publicação", "atualização", "última atualização"),
        UpdateLabels = new("atualizado", "atualizada", "actualizado", "atualizado em", "atualização", "última atualização"),
        JustNow = new("agora", "agora mesmo", "neste momento", "há instantes", "há poucos instantes", "há alguns instantes"),
        RelativeBefore = new("há", "ha", "faz"),
        RelativeAfter = new("atrás", "atras"),
        Qualifiers = new(
            (AgeBound.Exactly, "cerca_de aproximadamente"),
            (AgeBound.LessThan, "menos_de quase"),
            (AgeBound.MoreThan, "mais_de")),
        Amounts = CardinalWords.Table(
            ["um uma", "dois duas", "três tres", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez", "onze", "doze", "treze",
                "catorze quatorze", "quinze", "dezesseis dezasseis", "dezessete dezassete", "dezoito", "dezenove dezanove"],
            ["vinte", "trinta", "quarenta", "cinquenta", "sessenta"],
            null,
            (AgeCount.Few, "alguns algumas poucos poucas uns umas")),
        NumberJoiners = new("e"),
        PartJoiners = new("e"),
        Halves = new("e meia", "e meio"),
        Units = new(
            (new(AgeUnit.Second), "segundo segundos seg. s."),
            (new(AgeUnit.Minute), "minuto minutos min. m."),
            (new(AgeUnit.Hour), "hora horas h."),
            (new(AgeUnit.Day), "dia dias d."),
            (new(AgeUnit.Week), "semana semanas sem."),
            (new(AgeUnit.Month), "mês mes meses"),
            (new(AgeUnit.Year), "ano anos"),
            (QuarterHour, "quarto_de_hora quartos_de_hora")),
        CountedUnits = new((HalfHour, "meia_hora")),
        NamedDays = new((0, "hoje"), (1, "ontem"), (2, "anteontem antes_de_ontem")),
        Weekdays = new(
            (DayOfWeek.Monday, "segunda-feira segunda seg."), (DayOfWeek.Tuesday, "terça-feira terca-feira terça terca ter."),
            (DayOfWeek.Wednesday, "quarta-feira quarta qua."), (DayOfWeek.Thursday, "quinta-feira quinta qui."),
            (DayOfWeek.Friday, "sexta-feira sexta sex."), (DayOfWeek.Saturday, "sábado sabado sáb."), (DayOfWeek.Sunday, "domingo dom.")),
        Periods = new((CalendarPeriod.Week, "semana"), (CalendarPeriod.Month, "mês mes"), (CalendarPeriod.Year, "ano")),
        PastBefore = new("último", "última", "passado", "passada"),
        PastAfter = new("passado", "passada"),
        Months = new(
            (1, "jan. janeiro"), (2, "fev. fevereiro"), (3, "mar. março marco"), (4, "abr. abril"), (5, "mai. maio"), (6, "jun. junho"),
            (7, "jul. julho"), (8, "ago. agosto"), (9, "set. setembro"), (10, "out. outubro"), (11, "nov. novembro"), (12, "dez. dezembro")),
        Articles = new("na", "no", "em", "o", "a", "dia", "em dia"),
        DateFillers = new("de"),
        OrdinalSuffixes = new("º"),
        ClockConnectors = new("às", "as", "à"),
        ClockSuffixes = new("h"),
        BylineWords = new("por", "redação", "redacção"),
        SectionWords = new("em"),
        RangeWords = new("desde", "até", "válido", "válida", "nascido", "falecido", "fundado", "registrado", "cadastrado", "cadastro", "registo", "membro"),
        BulletinWords = new("notícias", "manchetes", "jornal", "noticiário", "resumo"),
        AgeNotices = new("este artigo tem", "esta notícia tem"),
    };
}

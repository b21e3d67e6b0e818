#!/usr/bin/python3
"""Writes tests/Syndicate.Tests/Time/AgeCorpus.tsv: age labels as real sites print them, each read at
several references (an ordinary day, the spring and autumn daylight-saving days, just after midnight,
just after New Year) in the site's zone, with the window the rules of src/Syndicate.Core/Time/README.md
give. The meaning of each label is written by hand below; this script only does the calendar arithmetic
(with Python's zoneinfo, independently of the C# parser), so no expected window comes from our program.

Run: /usr/bin/python3 tests/time/age-corpus.py
"""
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from fractions import Fraction
from pathlib import Path
from zoneinfo import ZoneInfo

TICKS = 10_000_000
EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
OUT = Path(__file__).resolve().parents[1] / "Syndicate.Tests" / "Time" / "AgeCorpus.tsv"

# Where each label was seen. "-" marks a phrasing from the list of what sites print that no
# stored page in the search corpus showed; it is counted apart in the report.
SITES = {
    "seed": "shared/seed/000_bb8b3b072ec0a64f.txt (ANP wire page capture)",
    "zeeland": "https://www.zeelandnet.nl/nieuws/van-nieuwkerk-interviewde-koningin-maxima-uitzending-maandag",
    "dgki": "https://dgki.nl",
    "fok": "http://frontpage.fok.nl/all/archief/2017/05/18",
    "hackwerk": "http://bill.hackwerk.net/aggregator/sources/3",
    "hackwerk211": "http://bill.hackwerk.net/aggregator/sources/3?page=211",
    "columbia": "https://columbiabasinherald.com/news/nation-world/?page=217",
    "antenne": "https://www.antenne1.de/aktuell/nachrichten/panorama/",
    "stern": "https://www.stern.de/panorama/weltgeschehen/news-heute--oevp-droht-hohe-strafzahlung-9088630.html",
    "ntv": "https://www.n-tv.de/der_tag/Samstag-der-3-April-2021-article22468321.html",
    "aussiedler": "https://aussiedlerbote.de/de/die-behorde-hat-die-aufgabe-einen-vorschlag-fur-ein-mandat-vorzulegen-das-die-arbeitnehmer-vor-den-gefahren-schutzt-die-durch-den-kontakt-mit-ionisierender-strahlung-entstehen",
    "jaumann": "http://www.verlagshaus-jaumann.de/inhalt.nordrhein-westfalen-prozess-gegen-mutmasslichen-doppelmoerder-von-herne-beginnt.eb2b9304-0c6c-4551-98c4-8c9e3d5ce81a.html",
    "mdr": "https://www.mdr.de/nachrichten/panorama/ticker-corona-virus-freitag-achtzehnter-september-100.html",
    "hessen": "https://www.hessenschau.de/morgenticker/-radfahrerin-bei-unfall-schwer-im-gesicht-verletzt-rentnerin-gewinnt-mehr-als-15-millionen-euro-im-lotto-weg-durch-opel-zoo-bleibt-zankapfel-,hessen-am-morgen-freitag-292.html",
    "conakry": "https://journaldeconakry.com/information-en-continue/international/page/25",
    "iatout": "http://iatout.fr",
    "tvl": "https://tvl.fr/actus/penurie-de-carburant-pour-le-president-du-medef-geoffroy-roux-de-bezieux-les-grevistes-prennent-les-francais-en-otage",
    "iactu": "https://iactu.info/recherche/p/i/?a=reader&get=f_131&rid=698efec8e48e6",
    "gondigital": "https://www.gondigital.pro/?page=74",
    "alminuto": "https://www.alminuto.mx",
    "uconews": "https://uconews.ar/contenido/624/espana-logro-reponer-mas-del-80-del-servicio-electrico-tras-un-historico-apagon",
    "voce": "https://voce.com.ve/2017/11/26/280387/incendi-val-susa-torna-a-bruciarema-fiamme-sotto-controllo/",
    "tuttonotizie": "https://tuttonotizie.net/2020/10/28/cronaca-tutte-le-notizie-1564/amp/",
    "lagrassa": "https://www.salvatorelagrassa.it/news-news-news/prima-pagina/prima-pagina.asp?ultimora=News_ilfattoquotidiano.it",
    "blitz": "https://blitzquotidiano.it/cronaca/le-notizie-del-giorno-in-tempo-reale-trump-abbiamo-fatto-un-sacco-di-progressi-sullucraina-milano-uomo-ferito-a-colpi-di-pistola-in-centro-3701984/amp",
    "dillinger": "https://www.dillingernews.it/category/cronaca/ultima-ora",
    "lapresse": "https://www.lapresse.it/ultima-ora/2025/06/30/fisco-istat-in-primo-trimestre-05-pressione-al-373",
    "regional": "https://www.blogregional.com.br/categoria/brasil",
    "sudoeste": "https://www.blogsudoeste.com.br/categoria/brasil?noticias=2",
    "blogdofm": "https://blogdofm.com.br/2025/07/09/page/2",
    "timbira": "https://radiotimbira.ma.gov.br/secao/esportes/page/67",
    "oestopim": "https://www.oestopim.com/blog/categories/notícias/page/2",
    "-": "-",
}

# lang: two zones each; the first is the site's home zone, the second another zone the language is printed in.
ZONES = {
    "nl": ["Europe/Amsterdam", "Europe/Brussels"],
    "en": ["America/New_York", "Europe/London"],
    "de": ["Europe/Berlin", "Europe/Vienna"],
    "fr": ["Europe/Paris", "Africa/Conakry"],
    "es": ["Europe/Madrid", "America/Mexico_City"],
    "it": ["Europe/Rome", "America/Caracas"],
    "pt": ["America/Sao_Paulo", "Europe/Lisbon"],
}

# Local wall times of the references. The daylight-saving days are those of the zone's region.
def references(zone):
    american = zone.startswith("America/New_York")
    spring = date(2025, 3, 9) if american else date(2025, 3, 30)
    autumn = date(2025, 11, 2) if american else date(2025, 10, 26)
    return {
        "ordinary": datetime(2025, 11, 14, 10, 30),
        "dst-spring": datetime.combine(spring, time(12, 0)),
        "dst-autumn": datetime.combine(autumn, time(12, 0)),
        "midnight": datetime(2025, 6, 15, 0, 10),
        "new-year": datetime(2026, 1, 1, 0, 20),
    }


@dataclass
class Phrase:
    lang: str
    text: str
    meaning: str
    category: str
    site: str
    at: str = ""  # a fixed local reference "YYYY-MM-DD HH:MM" for dated labels, else the standard set


def P(lang, site, category, *pairs, at=""):
    return [Phrase(lang, text, meaning, category, site, at) for text, meaning in pairs]


PHRASES = [
    # ---- Dutch
    *P("nl", "seed", "relative", ("16 minuten geleden", "rel 16 min"), ("56 minuten geleden", "rel 56 min"),
       ("1 uur geleden", "rel 1 h"), ("2 uur geleden", "rel 2 h"), ("4 uur geleden", "rel 4 h")),
    *P("nl", "zeeland", "relative", ("1 uur geleden", "rel 1 h")),
    *P("nl", "dgki", "date", ("donderdag, 8 januari 2026", "date 2026 1 8"), at="2026-01-08 18:00"),
    *P("nl", "fok", "date", ("donderdag 18 mei 2017", "date 2017 5 18"), at="2017-05-19 00:05"),
    *P("nl", "-", "months-years", ("5 maanden geleden", "rel 5 mo"), ("3 jaar geleden", "rel 3 y"), ("2 mnd geleden", "rel 2 mo")),
    *P("nl", "-", "abbreviation", ("4 dgn geleden", "rel 4 d"), ("3 wkn geleden", "rel 3 w"), ("2 u 5 min geleden", "rel 125 min")),
    *P("nl", "-", "number-words", ("dertig minuten geleden", "rel 30 min"), ("vijfentwintig minuten geleden", "rel 25 min")),
    *P("nl", "-", "fraction", ("drie kwartier geleden", "rel 3/4 h"), ("anderhalve dag geleden", "rel 3/2 d"),
       ("2,5 uur geleden", "rel 5/2 h"), ("een half uur geleden", "rel 1/2 h"), ("een kwartier geleden", "rel 1/4 h")),
    *P("nl", "-", "compound", ("2 uur en 5 minuten geleden", "rel 125 min"), ("3 dagen en 2 uur geleden", "rel 74 h"), ("2 dag 1 uur geleden", "rel 49 h")),
    *P("nl", "-", "just-now", ("zojuist geplaatst", "now"), ("nu", "now"), ("minder dan een minuut geleden", "lt 1 min"), ("enkele seconden geleden", "few s")),
    *P("nl", "-", "hedge", ("circa 2 uur geleden", "rel 2 h"), ("ongeveer 3 uur geleden", "rel 3 h"), ("meer dan een uur geleden", "gt 1 h")),
    *P("nl", "-", "weekday", ("dinsdag", "wd tue"), ("afgelopen dinsdag", "wd tue"), ("zondag 14:32", "wd sun 14:32")),
    *P("nl", "-", "last-period", ("vorige week", "period week"), ("vorige maand", "period month"), ("vorig jaar", "period year")),
    *P("nl", "-", "named-day", ("gisteren", "day 1"), ("gisteren om 23:58", "day 1 23:58"), ("vandaag 02:30", "day 0 02:30")),
    *P("nl", "-", "clock", ("om 18:40 uur", "clock 18:40"), ("Geplaatst om 07:12", "clock 07:12"), ("23:58", "clock 23:58"), ("02:30", "clock 02:30")),
    *P("nl", "-", "date", ("zondag 6 april 2025, 09:14", "date 2025 4 6 09:14"), ("dinsdag 4 maart", "date - 3 4")),
    # ---- English
    *P("en", "hackwerk", "compound", ("1 hour 25 minutes ago", "rel 85 min"), ("3 hours 2 minutes ago", "rel 182 min")),
    *P("en", "hackwerk211", "compound", ("3 months 3 weeks ago", "months 3 rel 3 w")),
    *P("en", "columbia", "compound", ("Updated 1 week, 2 days ago", "rel 9 d"), ("Updated 5 years, 6 months ago", "rel 66 mo")),
    *P("en", "columbia", "date", ("Saturday, June 27, 2026", "date 2026 6 27"), at="2026-06-27 09:00"),
    *P("en", "-", "months-years", ("6 months ago", "rel 6 mo"), ("a year ago", "rel 1 y")),
    *P("en", "-", "abbreviation", ("12 mins ago", "rel 12 min"), ("3 hrs ago", "rel 3 h"), ("2h", "rel 2 h")),
    *P("en", "-", "number-words", ("forty minutes ago", "rel 40 min"), ("twenty-five minutes ago", "rel 25 min")),
    *P("en", "-", "fraction", ("2.5 hours ago", "rel 5/2 h"), ("half an hour ago", "rel 1/2 h"), ("an hour and a half ago", "rel 3/2 h")),
    *P("en", "-", "compound", ("2 hours, 10 minutes ago", "rel 130 min")),
    *P("en", "-", "just-now", ("just now", "now"), ("less than a minute ago", "lt 1 min"), ("a few seconds ago", "few s")),
    *P("en", "-", "hedge", ("around 3 hours ago", "rel 3 h"), ("about 2 hours ago", "rel 2 h"), ("over 1 year ago", "gt 1 y")),
    *P("en", "-", "weekday", ("last Tuesday", "wd tue"), ("Tuesday at 2:32 PM", "wd tue 14:32")),
    *P("en", "-", "last-period", ("last week", "period week"), ("last month", "period month"), ("last year", "period year")),
    *P("en", "-", "named-day", ("yesterday", "day 1"), ("Yesterday at 11:55 PM", "day 1 23:55"), ("today", "day 0")),
    *P("en", "-", "clock", ("Updated at 9:05 am", "clock 09:05"), ("11:58 PM", "clock 23:58")),
    *P("en", "-", "date", ("Tuesday, March 4, 2025 at 9:14 am", "date 2025 3 4 09:14"), ("Nov 3", "date - 11 3")),
    # ---- German
    *P("de", "antenne", "relative", ("vor 1 Stunde", "rel 1 h"), ("vor 2 Stunden", "rel 2 h"), ("vor 7 Stunden", "rel 7 h"),
       ("vor 10 Stunden", "rel 10 h"), ("vor 12 Stunden", "rel 12 h"), ("vor 14 Stunden", "rel 14 h"), ("vor 16 Stunden", "rel 16 h")),
    *P("de", "stern", "clock", ("(15.45 Uhr)", "clock 15:45"), ("(8.18 Uhr)", "clock 08:18"), ("(14.44 Uhr)", "clock 14:44")),
    *P("de", "ntv", "clock", ("22:46 Uhr", "clock 22:46"), ("22:24 Uhr", "clock 22:24")),
    *P("de", "ntv", "date", ("Samstag, 03. April 2021", "date 2021 4 3"), at="2021-04-03 22:50"),
    *P("de", "aussiedler", "clock", ("17:06", "clock 17:06"), ("16:41", "clock 16:41")),
    *P("de", "jaumann", "clock", ("03:39", "clock 03:39")),
    *P("de", "mdr", "clock", ("22:25 Uhr", "clock 22:25"), ("21:45 Uhr", "clock 21:45")),
    *P("de", "hessen", "clock", ("10.10 Uhr", "clock 10:10"), ("9.59 Uhr", "clock 09:59")),
    *P("de", "-", "months-years", ("vor 4 Monaten", "rel 4 mo"), ("vor 2 Jahren", "rel 2 y")),
    *P("de", "-", "abbreviation", ("vor 4 Std.", "rel 4 h"), ("vor 5 Min.", "rel 5 min")),
    *P("de", "-", "number-words", ("vor zwanzig Minuten", "rel 20 min"), ("vor fünfundzwanzig Minuten", "rel 25 min")),
    *P("de", "-", "fraction", ("vor eineinhalb Stunden", "rel 3/2 h"), ("vor einer halben Stunde", "rel 1/2 h"), ("vor einer Viertelstunde", "rel 1/4 h")),
    *P("de", "-", "compound", ("vor 1 Stunde und 5 Minuten", "rel 65 min")),
    *P("de", "-", "just-now", ("gerade eben", "now"), ("vor wenigen Sekunden", "few s")),
    *P("de", "-", "hedge", ("vor ungefähr 3 Stunden", "rel 3 h"), ("vor etwa 2 Stunden", "rel 2 h"), ("vor mehr als einer Stunde", "gt 1 h")),
    *P("de", "-", "weekday", ("letzten Montag", "wd mon"), ("Montag, 14:32 Uhr", "wd mon 14:32")),
    *P("de", "-", "last-period", ("letzte Woche", "period week"), ("letzten Monat", "period month"), ("letztes Jahr", "period year")),
    *P("de", "-", "named-day", ("gestern", "day 1"), ("gestern, 23:58 Uhr", "day 1 23:58"), ("vorgestern", "day 2")),
    *P("de", "-", "clock", ("Aktualisiert um 10:20", "clock 10:20")),
    *P("de", "-", "date", ("Dienstag, 4. März 2025, 09:14 Uhr", "date 2025 3 4 09:14")),
    # ---- French
    *P("fr", "conakry", "clock", ("- 09h50", "clock 09:50"), ("- 09h48", "clock 09:48")),
    *P("fr", "conakry", "date", ("lundi 08 février", "date - 2 8"), at="2021-02-08 10:00"),
    *P("fr", "iatout", "clock", ("à 14h31", "clock 14:31"), ("à 15h30", "clock 15:30"), ("à 6h30", "clock 06:30")),
    *P("fr", "tvl", "date", ("16/10/2022 15:29", "date 2022 10 16 15:29"), at="2022-10-16 18:00"),
    *P("fr", "tvl", "date", ("09/01/2025 08:37", "date 2025 1 9 08:37"), at="2025-01-09 09:00"),
    *P("fr", "iactu", "date", ("vendredi 13 février 2026", "date 2026 2 13"), at="2026-02-13 13:00"),
    *P("fr", "-", "relative", ("il y a 2 heures", "rel 2 h"), ("il y a 30 minutes", "rel 30 min")),
    *P("fr", "-", "months-years", ("il y a 2 ans", "rel 2 y"), ("il y a 3 mois", "rel 3 mo")),
    *P("fr", "-", "abbreviation", ("il y a 12 min", "rel 12 min"), ("il y a 3 h", "rel 3 h")),
    *P("fr", "-", "number-words", ("il y a vingt minutes", "rel 20 min"), ("il y a vingt-cinq minutes", "rel 25 min")),
    *P("fr", "-", "fraction", ("il y a une demi-heure", "rel 1/2 h"), ("il y a un quart d'heure", "rel 1/4 h"), ("il y a une heure et demie", "rel 3/2 h")),
    *P("fr", "-", "compound", ("il y a 2 heures et 5 minutes", "rel 125 min")),
    *P("fr", "-", "just-now", ("à l'instant", "now"), ("il y a quelques secondes", "few s"), ("il y a moins d'une minute", "lt 1 min")),
    *P("fr", "-", "hedge", ("il y a environ 2 heures", "rel 2 h"), ("il y a plus d'une heure", "gt 1 h")),
    *P("fr", "-", "weekday", ("mardi dernier", "wd tue"), ("mardi dernier à 11h05", "wd tue 11:05")),
    *P("fr", "-", "last-period", ("la semaine dernière", "period week"), ("le mois dernier", "period month"), ("l'an dernier", "period year")),
    *P("fr", "-", "named-day", ("hier", "day 1"), ("hier à 23h58", "day 1 23:58"), ("aujourd'hui à 02h30", "day 0 02:30")),
    *P("fr", "-", "clock", ("Mis à jour à 11h05", "clock 11:05")),
    *P("fr", "-", "date", ("mardi 4 mars 2025 à 09h14", "date 2025 3 4 09:14")),
    # ---- Spanish
    *P("es", "gondigital", "date", ("14 de Diciembre de 2025 a las 20:14:00 hs", "date 2025 12 14 20:14"), at="2025-12-14 22:00"),
    *P("es", "alminuto", "date", ("noviembre 27, 2025", "date 2025 11 27"), at="2025-11-27 12:00"),
    *P("es", "uconews", "date", ("28/04/2025", "date 2025 4 28"), at="2025-04-29 00:05"),
    *P("es", "-", "relative", ("hace 3 horas", "rel 3 h"), ("hace 45 minutos", "rel 45 min")),
    *P("es", "-", "months-years", ("hace 3 meses", "rel 3 mo"), ("hace 2 años", "rel 2 y")),
    *P("es", "-", "abbreviation", ("hace 5 min", "rel 5 min"), ("hace 2 h", "rel 2 h")),
    *P("es", "-", "number-words", ("hace treinta minutos", "rel 30 min"), ("hace veinticinco minutos", "rel 25 min"), ("hace treinta y cinco minutos", "rel 35 min")),
    *P("es", "-", "fraction", ("hace media hora", "rel 1/2 h"), ("hace una hora y media", "rel 3/2 h"), ("hace un cuarto de hora", "rel 1/4 h")),
    *P("es", "-", "compound", ("hace 2 horas y 5 minutos", "rel 125 min")),
    *P("es", "-", "just-now", ("ahora mismo", "now"), ("hace unos segundos", "few s"), ("hace menos de un minuto", "lt 1 min")),
    *P("es", "-", "hedge", ("hace cerca de 3 horas", "rel 3 h"), ("hace unas 2 horas", "rel 2 h"), ("hace más de una hora", "gt 1 h")),
    *P("es", "-", "weekday", ("el martes", "wd tue"), ("el martes pasado", "wd tue")),
    *P("es", "-", "last-period", ("la semana pasada", "period week"), ("el mes pasado", "period month"), ("el año pasado", "period year")),
    *P("es", "-", "named-day", ("ayer", "day 1"), ("ayer a las 23:58", "day 1 23:58")),
    *P("es", "-", "clock", ("Actualizado a las 12:30", "clock 12:30")),
    *P("es", "-", "date", ("martes, 4 de marzo de 2025, 09:14", "date 2025 3 4 09:14")),
    # ---- Italian
    *P("it", "voce", "clock", ("15:03", "clock 15:03"), ("14:57", "clock 14:57")),
    *P("it", "tuttonotizie", "date", ("27 ottobre 2020", "date 2020 10 27"), at="2020-10-28 17:52"),
    *P("it", "tuttonotizie", "clock", ("19:23", "clock 19:23")),
    *P("it", "lagrassa", "date", ("01/12/2025", "date 2025 12 1"), at="2025-12-01 05:38"),
    *P("it", "blitz", "clock", ("19.00", "clock 19:00"), ("18.02", "clock 18:02"), ("17.35", "clock 17:35")),
    *P("it", "dillinger", "date", ("sabato, Ottobre 18, 2025", "date 2025 10 18"), at="2025-10-18 09:00"),
    *P("it", "lapresse", "date", ("14 Novembre 2025", "date 2025 11 14"), ("14 nov.", "date - 11 14"), at="2025-11-14 19:00"),
    *P("it", "-", "relative", ("5 minuti fa", "rel 5 min"), ("un'ora fa", "rel 1 h"), ("2 ore fa", "rel 2 h")),
    *P("it", "-", "months-years", ("3 mesi fa", "rel 3 mo"), ("2 anni fa", "rel 2 y")),
    *P("it", "-", "abbreviation", ("5 min fa", "rel 5 min"), ("3 gg fa", "rel 3 d")),
    *P("it", "-", "number-words", ("venti minuti fa", "rel 20 min"), ("venticinque minuti fa", "rel 25 min")),
    *P("it", "-", "fraction", ("mezz'ora fa", "rel 1/2 h"), ("un quarto d'ora fa", "rel 1/4 h"), ("un'ora e mezza fa", "rel 3/2 h")),
    *P("it", "-", "compound", ("2 ore e 5 minuti fa", "rel 125 min")),
    *P("it", "-", "just-now", ("adesso", "now"), ("pochi secondi fa", "few s"), ("meno di un minuto fa", "lt 1 min")),
    *P("it", "-", "hedge", ("circa 2 ore fa", "rel 2 h"), ("più di un'ora fa", "gt 1 h")),
    *P("it", "-", "weekday", ("lunedì scorso", "wd mon"), ("lunedì alle 14:32", "wd mon 14:32")),
    *P("it", "-", "last-period", ("la settimana scorsa", "period week"), ("il mese scorso", "period month"), ("l'anno scorso", "period year")),
    *P("it", "-", "named-day", ("ieri", "day 1"), ("ieri alle 18:04", "day 1 18:04"), ("ieri alle 23:58", "day 1 23:58")),
    *P("it", "-", "clock", ("Aggiornato alle 12:30", "clock 12:30")),
    *P("it", "-", "date", ("martedì 4 marzo 2025, 09:14", "date 2025 3 4 09:14")),
    # ---- Portuguese
    *P("pt", "regional", "clock", ("09h50", "clock 09:50"), ("23h20", "clock 23:20")),
    *P("pt", "sudoeste", "date", ("14/11/2025 - 08:00", "date 2025 11 14 08:00"), ("14 de novembro de 2025", "date 2025 11 14"), at="2025-11-14 12:00"),
    *P("pt", "blogdofm", "date", ("9 de julho de 2025 às 16:15", "date 2025 7 9 16:15"), ("9 de julho de 2025 às 12:49", "date 2025 7 9 12:49"), at="2025-07-09 18:00"),
    *P("pt", "timbira", "date", ("29/05/2018", "date 2018 5 29"), at="2018-05-30 08:00"),
    *P("pt", "oestopim", "date", ("2 de fevereiro de 2026", "date 2026 2 2"), at="2026-02-02 21:00"),
    *P("pt", "-", "relative", ("há 3 horas", "rel 3 h"), ("3 horas atrás", "rel 3 h"), ("há 5 minutos", "rel 5 min")),
    *P("pt", "-", "months-years", ("há 3 meses", "rel 3 mo"), ("há 2 anos", "rel 2 y")),
    *P("pt", "-", "abbreviation", ("há 5 min", "rel 5 min"), ("há 2 h", "rel 2 h")),
    *P("pt", "-", "number-words", ("há vinte minutos", "rel 20 min"), ("há vinte e cinco minutos", "rel 25 min")),
    *P("pt", "-", "fraction", ("há meia hora", "rel 1/2 h"), ("há uma hora e meia", "rel 3/2 h"), ("há um quarto de hora", "rel 1/4 h")),
    *P("pt", "-", "compound", ("há 2 horas e 5 minutos", "rel 125 min")),
    *P("pt", "-", "just-now", ("agora mesmo", "now"), ("há poucos segundos", "few s"), ("há menos de um minuto", "lt 1 min")),
    *P("pt", "-", "hedge", ("há cerca de 2 horas", "rel 2 h"), ("há mais de uma hora", "gt 1 h")),
    *P("pt", "-", "weekday", ("terça-feira passada", "wd tue"), ("na terça-feira às 14h32", "wd tue 14:32")),
    *P("pt", "-", "last-period", ("na semana passada", "period week"), ("no mês passado", "period month"), ("no ano passado", "period year")),
    *P("pt", "-", "named-day", ("ontem", "day 1"), ("ontem às 18h04", "day 1 18:04"), ("hoje às 02h30", "day 0 02:30")),
    *P("pt", "-", "clock", ("Atualizado às 12h30", "clock 12:30")),
    *P("pt", "-", "date", ("terça-feira, 4 de março de 2025 às 09h14", "date 2025 3 4 09:14")),
]

# Prose and traps the sites print next to their ages: not ages.
NON_AGES = [
    ("nl", "16 minuten leestijd"), ("nl", "2 uur durende vergadering"), ("nl", "over 2 uur"), ("en", "in 2 hours"),
    ("en", "The talks ended 3 hours ago."), ("de", "16 Minuten Lesezeit"), ("de", "in 2 Stunden"), ("fr", "dans 2 heures"),
    ("fr", "16 minutes de lecture"), ("es", "dentro de 2 horas"), ("es", "16 minutos de lectura"), ("it", "tra 2 ore"),
    ("it", "Tempo di lettura: 28 minuti"), ("pt", "daqui a 2 horas"), ("pt", "2 horas depois"),
]

UNITS = {"s": 1, "min": 60, "h": 3600, "d": 86400, "w": 604800}
MONTH_DAYS = (28, 31)
YEAR_DAYS = (365, 366)
WEEKDAYS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}


def ticks(instant):
    return int((instant - EPOCH).total_seconds()) * TICKS


def show(t):
    if t is None:
        return ""
    seconds, fraction = divmod(t, TICKS)
    text = (EPOCH + timedelta(seconds=seconds)).strftime("%Y-%m-%dT%H:%M:%S")
    return text + (("." + f"{fraction:07d}".rstrip("0")) if fraction else "") + "Z"


def exists(local, zone):
    aware = local.replace(tzinfo=zone, fold=0)
    return aware.astimezone(timezone.utc).astimezone(zone).replace(tzinfo=None) == local


def first_occurrence(local, zone):
    return ticks(local.replace(tzinfo=zone, fold=0))


def last_occurrence(local, zone):
    return ticks(local.replace(tzinfo=zone, fold=1 if exists(local, zone) else 0))


def between(start, end, reference):
    lo = start - 1
    if lo >= reference:
        return None, reference
    return lo, min(end - 1, reference)


def minute(local, zone, reference):
    return between(first_occurrence(local, zone), last_occurrence(local, zone) + 60 * TICKS, reference)


def days(first, following, zone, reference):
    return between(first_occurrence(datetime.combine(first, time()), zone),
                   first_occurrence(datetime.combine(following, time()), zone), reference)


def at_clock(day, clock, zone, reference):
    hour, minute_ = map(int, clock.split(":"))
    return minute(datetime.combine(day, time(hour, minute_)), zone, reference)


def day_or_minute(day, clock, zone, reference):
    return at_clock(day, clock, zone, reference) if clock else days(day, day + timedelta(days=1), zone, reference)


def relative(words, reference):
    months = 0
    if words[0] == "months":
        months, words = int(words[1]), words[2:]
    kind, amount, unit = words
    count = Fraction(amount)
    step = Fraction(1, count.denominator)
    if unit in ("mo", "y"):
        short, long = (d * 86400 * TICKS for d in (MONTH_DAYS if unit == "mo" else YEAR_DAYS))
    else:
        short = long = UNITS[unit] * TICKS
    near = reference - months * MONTH_DAYS[0] * 86400 * TICKS
    far = reference - months * MONTH_DAYS[1] * 86400 * TICKS
    if kind == "rel":
        return int(far - (count + step) * long), int(near - count * short)
    if kind == "lt":
        return int(reference - max(count * long, 60 * TICKS)), reference
    return None, int(reference - count * short)  # gt


def window(meaning, reference, zone):
    words = meaning.split()
    local = datetime.fromtimestamp(reference / TICKS, timezone.utc).astimezone(zone)
    today = local.date()
    kind = words[0]
    if kind in ("rel", "lt", "gt", "months"):
        return relative(words, reference)
    if kind == "few":  # fewer than ten
        return relative(["lt", "10", words[1]], reference)
    if kind == "now":
        return reference - 60 * TICKS, reference
    if kind == "day":
        return day_or_minute(today - timedelta(days=int(words[1])), words[2] if len(words) > 2 else None, zone, reference)
    if kind == "wd":
        back = (today.weekday() - WEEKDAYS[words[1]]) % 7 or 7
        return day_or_minute(today - timedelta(days=back), words[2] if len(words) > 2 else None, zone, reference)
    if kind == "clock":
        result = at_clock(today, words[1], zone, reference)
        hour, minute_ = map(int, words[1].split(":"))
        if first_occurrence(datetime.combine(today, time(hour, minute_)), zone) > reference:
            result = at_clock(today - timedelta(days=1), words[1], zone, reference)
        return result
    if kind == "date":
        month, day = int(words[2]), int(words[3])
        year = int(words[1]) if words[1] != "-" else (today.year if (month, day) <= (today.month, today.day) else today.year - 1)
        return day_or_minute(date(year, month, day), words[4] if len(words) > 4 else None, zone, reference)
    if kind == "period":
        if words[1] == "week":
            return days(today - timedelta(days=13), today, zone, reference)
        first_of_month = today.replace(day=1)
        if words[1] == "month":
            previous = (first_of_month - timedelta(days=1)).replace(day=1)
            return days(previous, first_of_month, zone, reference)
        return days(date(today.year - 1, 1, 1), date(today.year, 1, 1), zone, reference)
    raise ValueError(meaning)


def rows():
    for phrase in PHRASES:
        zones = ZONES[phrase.lang]
        if phrase.at:
            stamps = [("as-printed", zones[0], datetime.strptime(phrase.at, "%Y-%m-%d %H:%M"))]
        else:
            stamps = [(name, zone, wall) for i, zone in enumerate(zones)
                      for name, wall in references(zone).items() if (i == 0 or name in ("ordinary", "new-year", "midnight"))]
        for name, zone_id, wall in stamps:
            zone = ZoneInfo(zone_id)
            reference = ticks(wall.replace(tzinfo=zone))
            lo, hi = window(phrase.meaning, reference, zone)
            yield (show(reference), zone_id, phrase.lang, phrase.text, show(lo), show(hi), phrase.category, phrase.meaning,
                   name, SITES[phrase.site])
    for lang, text in NON_AGES:
        zone_id = ZONES[lang][0]
        reference = ticks(references(zone_id)["ordinary"].replace(tzinfo=ZoneInfo(zone_id)))
        yield show(reference), zone_id, lang, text, "", "", "not-an-age", "none", "ordinary", "-"


def main():
    header = ("reference", "zone", "lang", "text", "lo", "hi", "category", "meaning", "occasion", "address")
    lines = ["\t".join(header)] + ["\t".join(row) for row in rows()]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines) - 1} rows -> {OUT}")


if __name__ == "__main__":
    main()

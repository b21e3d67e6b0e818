#!/usr/bin/python3
"""Rebuilds places.tsv.gz and country-names.tsv (see NOTICE.md for the sources and their licences).

places.tsv.gz: the shared gazetteer build (GeoNames cities500 with Dutch and CLDR Dutch names) without
coordinates, plus every place's usual name in nl, en, de, fr, es, it and pt: GeoNames' preferred name in
that language (the Debian package libgeonames-common ships them as gettext catalogs keyed by GeoNames id)
and CLDR's exemplar city of the place's time zone. Columns: geonameid, country_iso2, population, fcode,
source, name; sorted by geonameid so the rows of one place are adjacent; one row per place and name
(the best source kept); gzip without a timestamp so the output is reproducible.

country-names.tsv: each country's population (CLDR territoryInfo) and its names in the seven languages
(CLDR territory names with their short and variant forms, and GeoNames' country names).

Usage: /usr/bin/python3 build-places.py [path/to/shared/places.tsv]
Needs apt-get (to download libgeonames-common), npm (to download the CLDR packages) and tzdata's zone.tab.
"""
import gettext
import gzip
import io
import json
import math
import os
import subprocess
import sys
import tarfile
import tempfile
import unicodedata

LANGUAGES = ["nl", "en", "de", "fr", "es", "it", "pt"]
CLDR_LOCALES = {"nl": "nl", "en": "en", "de": "de", "fr": "fr", "es": "es", "it": "it", "pt": "pt", "pt-PT": "pt"}
CLDR_VERSION = "48.2.0"
GEONAMES_PACKAGE = "libgeonames-common=0.3.0-1"
ZONE_TAB = "/usr/share/zoneinfo/zone.tab"
NEARBY_KM = 30

# The better of two rows for one place and name: main names, then usual names in a language, then alternate names.
SOURCE_ORDER = ["gn.name", "gn.ascii", "gn.name-base"] + [f"gn.{l}" for l in LANGUAGES] + [f"cldr.{l}" for l in LANGUAGES] + ["gn.alt"]

FOLDS = {"ø": "o", "ł": "l", "æ": "ae", "œ": "oe", "ß": "ss", "đ": "d", "ð": "d", "ı": "i", "þ": "th", "ħ": "h"}


def nearby(a, b):
    """Whether two places of the shared gazetteer (coordinates rounded to 3 decimals) lie within NEARBY_KM of each other."""
    lat1, lon1, lat2, lon2 = map(math.radians, (a[3], a[4], b[3], b[4]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 12742 * math.asin(math.sqrt(h)) < NEARBY_KM


def key(name):
    """An approximation of PlaceKey (the loader computes the real one): accents and punctuation dropped, upper case."""
    folded = "".join(FOLDS.get(c.lower(), c) for c in name)
    letters = "".join(c for c in unicodedata.normalize("NFD", folded) if unicodedata.category(c) != "Mn")
    return " ".join("".join(c if c.isalnum() else " " for c in letters.upper()).split())


def fetch(work):
    subprocess.run(["apt-get", "download", GEONAMES_PACKAGE], cwd=work, check=True)
    deb = next(f for f in os.listdir(work) if f.endswith(".deb"))
    subprocess.run(["dpkg-deb", "-x", deb, "geonames"], cwd=work, check=True)
    for package in [f"{p}@{CLDR_VERSION}" for p in ["cldr-bcp47", "cldr-core", "cldr-dates-full", "cldr-localenames-full"]]:
        subprocess.run(["npm", "pack", "--silent", package], cwd=work, check=True, stdout=subprocess.DEVNULL)


def cldr_json(work, package, path):
    with tarfile.open(os.path.join(work, f"{package}-{CLDR_VERSION}.tgz")) as archive:
        return json.load(archive.extractfile(f"package/{path}"))


def geonames_catalog(work, language):
    with open(os.path.join(work, f"geonames/usr/share/locale/{language}/LC_MESSAGES/geonames.mo"), "rb") as mo:
        return {k: v for k, v in gettext.GNUTranslations(mo)._catalog.items() if isinstance(k, str) and k}


def read_shared(path):
    places, rows = {}, []
    with open(path, encoding="utf-8") as source:
        next(source)
        for line in source:
            name, country, _lat, _lon, population, kind, geonameid, fcode = line.rstrip("\n").split("\t")
            places[geonameid] = (country, population, fcode, float(_lat), float(_lon))
            rows.append((geonameid, kind, name))
    return places, rows


def zone_places(work, places, rows):
    """Time zone id → GeoNames id: the best-ranked place in the zone's country with the zone's English exemplar city as name."""
    listed = {}
    with open(ZONE_TAB, encoding="utf-8") as tab:
        for line in tab:
            if not line.startswith("#"):
                fields = line.split("\t")
                listed[fields[2].strip()] = fields[0]
    # CLDR names a zone by its oldest id (Europe/Kiev), tzdata by its newest (Europe/Kyiv): BCP 47 lists both.
    countries = {}
    for zone in cldr_json(work, "cldr-bcp47", "bcp47/timezone.json")["keyword"]["u"]["tz"].values():
        aliases = zone.get("_alias", "").split() if isinstance(zone, dict) else []
        country = next((listed[a] for a in aliases if a in listed), None)
        countries.update({alias: country for alias in aliases if country})
    by_key = {}
    for geonameid, kind, name in rows:
        by_key.setdefault(key(name), []).append((geonameid, kind))
    english = flatten_zones(cldr_json(work, "cldr-dates-full", "main/en/timeZoneNames.json")["main"]["en"]["dates"]["timeZoneNames"]["zone"])
    found = {}
    for zone, country in countries.items():
        city = english.get(zone, zone.rsplit("/", 1)[-1].replace("_", " "))
        candidates = [(kind == "gn.alt", -int(places[g][1]), int(g), g) for g, kind in by_key.get(key(city), []) if places[g][0] == country]
        if candidates:
            found[zone] = min(candidates)[3]
    return found


def flatten_zones(tree, prefix=""):
    cities = {}
    for name, value in tree.items():
        zone = f"{prefix}/{name}" if prefix else name
        if "exemplarCity" in value:
            cities[zone] = value["exemplarCity"]
        elif "_type" not in value:
            cities.update(flatten_zones(value, zone))
    return cities


def build_places(work, shared):
    places, rows = read_shared(shared)
    for language in LANGUAGES:
        for geonameid, name in geonames_catalog(work, language).items():
            if geonameid in places:
                rows.append((geonameid, f"gn.{language}", name))
    zones = zone_places(work, places, rows)
    for locale, language in CLDR_LOCALES.items():
        cities = flatten_zones(cldr_json(work, "cldr-dates-full", f"main/{locale}/timeZoneNames.json")["main"][locale]["dates"]["timeZoneNames"]["zone"])
        for zone, city in cities.items():
            if zone in zones:
                rows.append((zones[zone], f"cldr.{language}", city))
    # A usual name that is the main name of a place nearby means that place: Portuguese "Victoria" for Hong Kong is
    # its district Victoria, and would lend that name the whole territory's population.
    main_names = {}
    for g, kind, name in rows:
        if kind == "gn.name":
            main_names.setdefault((places[g][0], key(name)), []).append(g)
    dropped = {(g, kind, name) for g, kind, name in rows
               if kind.split(".")[1] in LANGUAGES
               and any(other != g and nearby(places[g], places[other]) for other in main_names.get((places[g][0], key(name)), []))}
    rows = [row for row in rows if row not in dropped]
    best = {}
    for geonameid, kind, name in rows:
        slot = (geonameid, key(name))
        if slot[1] and (slot not in best or SOURCE_ORDER.index(kind) < SOURCE_ORDER.index(best[slot][0])):
            best[slot] = (kind, name)
    lines = sorted((int(g), SOURCE_ORDER.index(kind), name, g, kind) for (g, _), (kind, name) in best.items())
    text = io.StringIO()
    text.write("geonameid\tcountry_iso2\tpopulation\tfcode\tsource\tname\n")
    for _, _, name, geonameid, kind in lines:
        country, population, fcode = places[geonameid][:3]
        text.write(f"{geonameid}\t{country}\t{population}\t{fcode}\t{kind}\t{name}\n")
    with open("places.tsv.gz", "wb") as output, gzip.GzipFile(fileobj=output, mode="wb", compresslevel=9, mtime=0, filename="") as archive:
        archive.write(text.getvalue().encode("utf-8"))
    return len(places), len(lines)


def build_country_names(work):
    populations = cldr_json(work, "cldr-core", "supplemental/territoryInfo.json")["supplemental"]["territoryInfo"]
    names = {}
    for locale in CLDR_LOCALES:
        territories = cldr_json(work, "cldr-localenames-full", f"main/{locale}/territories.json")["main"][locale]["localeDisplayNames"]["territories"]
        for code, name in territories.items():
            # Two-letter short forms ("RU" for the United Kingdom in Spanish) are no names a dateline uses.
            if len(code.split("-")[0]) == 2 and code.split("-")[0].isalpha() and (code == code.split("-")[0] or len(name) > 2):
                names.setdefault(code.split("-")[0], set()).add(name)
    for language in LANGUAGES:
        for code, name in geonames_catalog(work, language).items():
            if len(code) == 2 and code.isalpha() and code in names:
                names[code].add(name)
    with open("country-names.tsv", "w", encoding="utf-8", newline="\n") as output:
        output.write("iso2\tpopulation\tnames\n")
        for code in sorted(names):
            if code in populations:
                output.write(f"{code}\t{populations[code]['_population']}\t{'|'.join(sorted(names[code]))}\n")
    return len(names)


def main():
    shared = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "/work/shared/gazetteer/places.tsv")
    os.chdir(os.path.dirname(os.path.abspath(__file__)))
    with tempfile.TemporaryDirectory() as work:
        fetch(work)
        place_count, row_count = build_places(work, shared)
        country_count = build_country_names(work)
    print(f"places.tsv.gz: {place_count} places, {row_count} names; country-names.tsv: {country_count} countries")


if __name__ == "__main__":
    main()

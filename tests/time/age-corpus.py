#!/usr/bin/python3
"""Writes tests/Syndicate.Tests/Time/AgeCorpus.tsv from the age labels in tests/time/age-labels.tsv (each seen on
a real page, its address beside it) and tests/time/age-labels-synthetic.tsv (phrasings from the issue's list that no
stored page showed; address "-", counted apart). Each label is read at several references: labels that are dated
(a date with a year) at the moment they were printed and just after the next midnight; every other label at an
ordinary day, the spring and autumn daylight-saving days, just after midnight and just after New Year in the
language's home zone, and at three of them in a second zone. The window is the one the rules of
src/Syndicate.Core/Time/README.md give for the label's meaning, which was written by hand in the labels file; this
script only does the calendar arithmetic (with Python's zoneinfo, independently of the C# parser), so no expected
window comes from our program.

The labels files have the columns lang, category, text, meaning, at (for a dated label: when it was printed, as
local wall time where it is dated, that is in the zone it names or else in its language's home zone) and address.

Meanings: "rel N unit" (unit s, min, h, d, w, mo, y; N may be a fraction), "months M rel N unit", "lt N unit",
"gt N unit", "few unit", "now", "day N [hh:mm]" (N days before today), "wd mon..sun [hh:mm]", "clock hh:mm",
"date Y|- M D [hh:mm]", "period week|month|year", each optionally followed by "@Zone" (an IANA zone or a fixed
offset "+01:00") when the label names its own zone; "none: why" for a text that is not an age.

Run: /usr/bin/python3 tests/time/age-corpus.py
Another labels file into another corpus (the held-out labels, scored apart and never in the test):
/usr/bin/python3 tests/time/age-corpus.py tests/time/age-labels-heldout.tsv /tmp/heldout-corpus.tsv
"""
import csv
import sys
from datetime import date, datetime, time, timedelta, timezone
from fractions import Fraction
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
LABELS = [HERE / "age-labels.tsv", HERE / "age-labels-synthetic.tsv"]
TICKS = 10_000_000
EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
OUT = Path(__file__).resolve().parents[1] / "Syndicate.Tests" / "Time" / "AgeCorpus.tsv"

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


def named_zone(name):
    if name[0] in "+-":
        hours, minutes = map(int, name[1:].split(":"))
        offset = timedelta(hours=hours, minutes=minutes)
        return timezone(offset if name[0] == "+" else -offset)
    return ZoneInfo(name)


def split_zone(meaning, zone):
    """The meaning without its "@Zone" and the zone its clock and calendar words are in."""
    words = meaning.split()
    if words[-1].startswith("@"):
        return " ".join(words[:-1]), named_zone(words[-1][1:])
    return meaning, zone


def window(meaning, reference, zone):
    meaning, zone = split_zone(meaning, zone)
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


def labels():
    for path in LABELS:
        with path.open(encoding="utf-8", newline="") as f:
            yield from csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)


def local_reference(wall, zone):
    return ticks(wall.replace(tzinfo=zone))


def rows():
    for label in labels():
        lang, meaning = label["lang"], label["meaning"]
        home = ZONES[lang][0]
        if meaning.startswith("none"):
            for name, zone_id in (("ordinary", home), ("ordinary", ZONES[lang][1])):
                reference = local_reference(references(zone_id)["ordinary"], ZoneInfo(zone_id))
                yield (show(reference), zone_id, lang, label["text"], "", "", label["category"], meaning, name, label["address"])
            continue
        if label["at"]:
            # A dated label is read where it is dated: at the moment it was printed and just after the next midnight.
            _, label_zone = split_zone(meaning, ZoneInfo(home))
            printed = datetime.strptime(label["at"], "%Y-%m-%d %H:%M")
            after_midnight = datetime.combine(printed.date() + timedelta(days=1), time(0, 10))
            stamps = [("as-printed", home, local_reference(printed, label_zone)),
                      ("next-midnight", home, local_reference(after_midnight, label_zone))]
        else:
            stamps = [(name, zone_id, local_reference(wall, ZoneInfo(zone_id)))
                      for i, zone_id in enumerate(ZONES[lang])
                      for name, wall in references(zone_id).items() if i == 0 or name in ("ordinary", "new-year", "midnight")]
        for name, zone_id, reference in stamps:
            lo, hi = window(meaning, reference, ZoneInfo(zone_id))
            yield (show(reference), zone_id, lang, label["text"], show(lo), show(hi), label["category"], meaning, name, label["address"])


def main():
    header = ("reference", "zone", "lang", "text", "lo", "hi", "category", "meaning", "occasion", "address")
    lines = ["\t".join(header)] + ["\t".join(row) for row in rows()]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines) - 1} rows -> {OUT}")


if __name__ == "__main__":
    if len(sys.argv) == 3:
        LABELS, OUT = [Path(sys.argv[1])], Path(sys.argv[2])
    main()

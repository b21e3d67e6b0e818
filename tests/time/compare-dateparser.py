#!/usr/bin/python3
"""Scores the age corpus (tests/Syndicate.Tests/Time/AgeCorpus.tsv) with our `ages` verb and with dateparser
(Debian's python3-dateparser): the rows of real labels (seen on a page, their address given) per language and per
category, and apart from them the phrasings from the issue's list (address "-").

Judging:
- ours is right when the window it prints is exactly the expected window (lo and hi to the tick), or it prints
  nothing for a row that is not an age; the `ages` verb reads each text as a page prints it, an age or a meta line
  with an age inside;
- dateparser is right when the instant it returns lies inside the expected window (lo, hi] (lo empty: unbounded
  below), or it returns nothing for a row that is not an age. It is called as dateparser.parse(text,
  languages=[lang], settings={RELATIVE_BASE: the reference as local wall time in the row's zone, TIMEZONE: the zone,
  TO_TIMEZONE: UTC, RETURN_AS_TIMEZONE_AWARE: True, PREFER_DATES_FROM: past}).

Run from the repository root: /usr/bin/python3 tests/time/compare-dateparser.py [corpus.tsv]
(another corpus written by age-corpus.py, such as the held-out labels': see its docstring)
"""
import subprocess
import sys
from collections import defaultdict
from datetime import datetime, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import dateparser

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "Syndicate.Tests" / "Time" / "AgeCorpus.tsv"
TICKS = 10_000_000


def instant(text):
    """An ISO 8601 UTC instant with up to seven fraction digits, as 100 ns ticks since the epoch."""
    whole, _, fraction = text.rstrip("Z").partition(".")
    seconds = datetime.strptime(whole, "%Y-%m-%dT%H:%M:%S").replace(tzinfo=timezone.utc).timestamp()
    return int(seconds) * TICKS + int((fraction + "0000000")[:7])


def ours(rows):
    lines = "".join("\t".join(row[:4]) + "\n" for row in rows)
    result = subprocess.run(
        ["dotnet", "run", "-c", "Release", "--project", str(ROOT / "src" / "Syndicate"), "--", "ages"],
        input=lines, capture_output=True, text=True, check=True, cwd=ROOT)
    answers = result.stdout.split("\n")[: len(rows)]
    return [answer == ("\t".join(row[4:6]) if row[5] else "") for row, answer in zip(rows, answers)]


def theirs(row):
    reference, zone, lang, text, lo, hi = row[:6]
    base = datetime.fromtimestamp(instant(reference) / TICKS, timezone.utc).astimezone(ZoneInfo(zone)).replace(tzinfo=None)
    try:
        parsed = dateparser.parse(text, languages=[lang], settings={
            "RELATIVE_BASE": base, "TIMEZONE": zone, "TO_TIMEZONE": "UTC",
            "RETURN_AS_TIMEZONE_AWARE": True, "PREFER_DATES_FROM": "past"})
    except Exception:  # a crash on a label is a wrong answer, as for any parser
        parsed = None
    if not hi:
        return parsed is None
    if parsed is None:
        return False
    at = int(parsed.timestamp()) * TICKS + parsed.microsecond * 10
    return (not lo or at > instant(lo)) and at <= instant(hi)


def main(corpus=CORPUS):
    rows = [line.split("\t") for line in corpus.read_text(encoding="utf-8").splitlines()[1:]]
    our_answers = ours(rows)
    groups = defaultdict(lambda: [0, 0, 0])
    for row, mine in zip(rows, our_answers):
        peer = theirs(row)
        kind = "real" if row[9] != "-" else "issue's list"
        for key in (f"{kind}: all", f"{kind}: {row[2]}", f"{kind}: {row[6]}"):
            groups[key][0] += 1
            groups[key][1] += mine
            groups[key][2] += peer
    print(f"{'rows':<34}{'n':>6}{'ours':>10}{'dateparser':>12}")
    for key in sorted(groups, key=lambda k: (not k.startswith("real"), not k.endswith(": all"), len(k.split(": ")[1]) != 2, k)):
        n, mine, peer = groups[key]
        print(f"{key:<34}{n:>6}{mine / n:>10.1%}{peer / n:>12.1%}")
    real = groups["real: all"]
    return 0 if real[1] / real[0] >= 0.99 else 1


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else CORPUS))

#!/usr/bin/env python3
"""The best any reader can date items from the issue's simulated pages, over many random sites.

Each site publishes an item every 4 to 25 minutes (the first four hours before polling starts), shows its 15 newest
with ages floored to minutes, hours or days, and is polled every 5 minutes for 6 hours. For every item shown, the
window its ages allow on every poll is intersected, then bounded by the newest-first order over all pages (later
polls included); the error is the window's midpoint against the truth. No estimator that reads these pages can do
better. PollingSimulationTests asserts that the server matches this bound item by item on its two simulations.

Usage: /usr/bin/python3 tests/time/polling-bound.py [sites]
"""
import random
import statistics
import sys

POLL, POLLS, PAGE = 300, 73, 15


def best_errors(seed):
    rng = random.Random(seed)
    truth, at = [], -4 * 3600
    while at <= 6 * 3600:
        truth.append(at)
        at += rng.randint(4 * 60, 25 * 60 - 1)
    windows = {}
    for poll in range(POLLS):
        now = poll * POLL
        for published in sorted((p for p in truth if p <= now), reverse=True)[:PAGE]:
            age = now - published
            unit = 60 if age < 3600 else 3600 if age < 86400 else 86400
            hi = now - (age // unit) * unit
            lo, old_hi = windows.get(published, (hi - unit, hi))
            windows[published] = (max(lo, hi - unit), min(old_hi, hi))
    order = sorted(windows)
    for i in range(1, len(order)):
        windows[order[i]] = (max(windows[order[i]][0], windows[order[i - 1]][0]), windows[order[i]][1])
    for i in range(len(order) - 2, -1, -1):
        windows[order[i]] = (windows[order[i]][0], min(windows[order[i]][1], windows[order[i + 1]][1]))
    return [abs((lo + hi) / 2 - published) for published, (lo, hi) in windows.items()]


def main():
    sites = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    results = [best_errors(seed) for seed in range(sites)]
    means = [statistics.mean(errors) for errors in results]
    maxes = [max(errors) for errors in results]
    share = lambda ok: 100 * sum(ok) / sites
    print(f"{sites} sites; best possible mean error: median {statistics.median(means):.1f} s, "
          f"lowest {min(means):.1f} s, highest {max(means):.1f} s; mean <= 30 s on {share(m <= 30 for m in means):.0f}% of the sites")
    print(f"best possible max error: median {statistics.median(maxes):.0f} s, lowest {min(maxes):.0f} s; "
          f"max <= 300 s on {share(x <= 300 for x in maxes):.0f}%; both on {share(m <= 30 and x <= 300 for m, x in zip(means, maxes)):.0f}%")


main()

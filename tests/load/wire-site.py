#!/usr/bin/env python3
"""A moving wire site on disk for the scale benchmark: HOSTS x PAGES plain-text wire pages of 15 items each,
newest first, with Dutch ages floored to minutes or hours, rewritten every TICK seconds; every page gets a new
item every minute (each page's items are offset, so pages change at different moments). Files are replaced
atomically, so nginx never serves half a page. Runs until killed or for DURATION seconds.

Usage: wire-site.py ROOT HOSTS PAGES [TICK] [DURATION]
Writes ROOT/h{host}/p{page}.txt for host 1..HOSTS, page 1..PAGES.
"""
import os
import sys
import time

PLACES = ["BRUSSEL", "PARIJS", "LONDEN", "BERLIJN", "MOSKOU", "WASHINGTON", "PEKING", "TOKIO", "KYIV", "ROME",
          "MADRID", "WENEN", "ATHENE", "ANKARA", "JERUZALEM", "TEHERAN", "NEW DELHI", "SYDNEY", "NAIROBI", "LAGOS"]
AGENCIES = ["ANP", "ANP/AFP", "ANP/RTR", "ANP/DPA", "ANP/AP"]
ITEMS_PER_PAGE = 15
ITEM_EVERY = 60


def age(seconds):
    if seconds < 60:
        return "zojuist"
    if seconds < 120:
        return "1 minuut geleden"
    if seconds < 3600:
        return f"{int(seconds // 60)} minuten geleden"
    return f"{int(seconds // 3600)} uur geleden"


def page(host, number, now):
    offset = (host * 7 + number * 13) % ITEM_EVERY
    newest = int((now - offset) // ITEM_EVERY)
    lines = ["Meer uit Buitenland"]
    for n in range(newest, newest - ITEMS_PER_PAGE, -1):
        published = n * ITEM_EVERY + offset
        place = PLACES[(n + host) % len(PLACES)]
        agency = AGENCIES[(n + number) % len(AGENCIES)]
        lines.append(f"{place} ({agency}) - Bericht {n} van pagina {number} op host {host} over de gebeurtenissen "
                     f"van vandaag, met genoeg tekst om op een echt bericht te lijken.")
        lines.append(age(now - published))
    return "\n".join(lines) + "\n"


def main():
    root, hosts, pages = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    tick = float(sys.argv[4]) if len(sys.argv) > 4 else 5
    duration = float(sys.argv[5]) if len(sys.argv) > 5 else 24 * 3600
    end = time.time() + duration
    while time.time() < end:
        now = time.time()
        for host in range(1, hosts + 1):
            folder = os.path.join(root, f"h{host}")
            os.makedirs(folder, exist_ok=True)
            for number in range(1, pages + 1):
                path = os.path.join(folder, f"p{number}.txt")
                with open(path + ".tmp", "w", encoding="utf-8") as f:
                    f.write(page(host, number, now))
                os.chmod(path + ".tmp", 0o644)
                os.replace(path + ".tmp", path)
        time.sleep(max(0.0, tick - (time.time() - now)))


if __name__ == "__main__":
    main()

#!/usr/bin/env bash
# Stored-items benchmark: a SQLite database with MILLION_ITEMS wire items (1,000,000), spread over the 90 days
# retention keeps, filled by a bulk SQL insert of realistic rows (the schema the server migrated itself: items,
# agencies, search text) from 300 sources, 20 datelines and 5 agency credits. Then the server (Release) starts on it:
# prints the time from its start to the first served feed, to a view and to every item published (the first start, which also
# closes the past days' archives, and a restart), its memory, and the time to answer views that are rendered on request (each request a
# new query, so none is a cache hit) — p50/p99 over MILLION_REQUESTS (100) requests each of `all`, one agency, one
# region and a `q=` search for a word half the items hold and one a thousandth hold. Traffic stays on loopback.
# MILLION_WORK=dir keeps the filled database in dir and reuses it on the next run (the fill takes minutes).
set -euo pipefail

items=${MILLION_ITEMS:-1000000}
requests=${MILLION_REQUESTS:-100}
repo=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
work=${MILLION_WORK:-$(mktemp -d)}
mkdir -p "$work"
server=""
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true
  [ -n "${MILLION_WORK:-}" ] || rm -rf "$work"
}
trap cleanup EXIT

echo "building Syndicate in Release" >&2
dotnet build -c Release "$repo/src/Syndicate" -v quiet -nologo >/dev/null
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
echo '{"Logging": {"LogLevel": {"Default": "Warning"}}, "Syndicate": {"IngestOnStart": false, "RateLimit": {"RequestsPerMinute": 100000000}, "Sources": []}}' \
  >"$work/appsettings.json"

start_server() {
  port=$(free_port)
  url="http://127.0.0.1:$port"
  started=$(date +%s%3N)
  (cd "$work" && exec env ASPNETCORE_URLS="$url" Syndicate__PublicBaseUrl="$url/" \
    dotnet "$repo/src/Syndicate/bin/Release/net10.0/Syndicate.dll" >>"$work/syndicate.log" 2>&1) &
  server=$!
  for _ in $(seq 6000); do curl -sf -o /dev/null "$url/feeds/all.atom" && break; sleep 0.05; done
  ready=$(date +%s%3N)
  ready_rss_kb=$(awk '/VmRSS/ { print $2 }' "/proc/$server/status")
  # A view of the newest items answers once they are read (503 until then).
  for _ in $(seq 12000); do curl -sf -o /dev/null "$url/feeds/all.atom?q=vaccin&limit=20" && break; sleep 0.05; done
  viewable=$(date +%s%3N)
  # The feed list answers once every item is read (503 until then).
  for _ in $(seq 12000); do curl -sf -o /dev/null "$url/feeds.opml" && break; sleep 0.05; done
  complete=$(date +%s%3N)
}
stop_server() { kill "$server"; wait "$server" 2>/dev/null || true; server=""; }

filled_from=$(date +%s)
if [ ! -s "$work/data/syndicate.db" ]; then
# The schema, as the server migrates it.
start_server
stop_server

echo "filling $items items" >&2
python3 - "$work/data/syndicate.db" "$items" <<'PY'
import random, sqlite3, sys, time
db, count = sys.argv[1], int(sys.argv[2])
places = ["BRUSSEL", "PARIJS", "LONDEN", "BERLIJN", "MOSKOU", "WASHINGTON", "PEKING", "TOKIO", "KYIV", "ROME",
          "MADRID", "WENEN", "ATHENE", "ANKARA", "JERUZALEM", "TEHERAN", "NEW DELHI", "SYDNEY", "NAIROBI", "LAGOS"]
credits = [["ANP"], ["ANP", "AFP"], ["ANP", "RTR"], ["ANP", "DPA"], ["ANP", "AP"]]
words = ("regering parlement minister akkoord verkiezingen oorlog vrede begroting handel staking haven economie "
         "rechter politie brand storm overstroming onderzoek president premier oppositie protest demonstratie "
         "sancties gesprekken top leiders bondgenoten wapens leger grens vluchtelingen ziekenhuis vaccin klimaat "
         "energie gas olie prijzen inflatie rente bank markt bedrijven banen werkloosheid onderwijs school").split()
random.seed(15)
now = int(time.time() * 1000)
span = 90 * 24 * 3600 * 1000
con = sqlite3.connect(db)
con.execute("PRAGMA journal_mode = WAL")
con.execute("PRAGMA synchronous = OFF")
def rows():
    for n in range(count):
        published = now - span + n * span // count
        place = places[n % len(places)]
        credit = credits[(n // 7) % len(credits)]
        body = " ".join(random.choice(words) for _ in range(random.randint(25, 45))).capitalize() + "."
        if n % 997 == 0:
            body += " Geothermie."
        title = " ".join(body.split()[:8]).rstrip(".") + "…"
        yield (f"{n:016x}", title, place, place, body, "Buitenland", f"h{n % 50 + 1}-p{n % 6 + 1}",
               published - 60000, published, published, published, published, published, credit)
batch = []
for row in rows():
    batch.append(row)
    if len(batch) == 10000:
        cur = con.cursor()
        cur.executemany("INSERT INTO items (id, title, dateline, place, body, section, source_id, window_lo, window_hi, "
                        "first_seen, last_seen, published, last_polled_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                        [r[:13] for r in batch])
        cur.executemany("INSERT INTO item_agencies (item_id, position, agency) VALUES (?,?,?)",
                        [(r[0], i, a) for r in batch for i, a in enumerate(r[13])])
        cur.executemany("INSERT INTO item_search (item_id, text) VALUES (?,?)",
                        [(r[0], " ".join([r[1], r[2], *r[13], r[4]]).lower()) for r in batch])
        con.commit()
        batch = []
con.commit()
con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
con.close()
PY
fi
filled_to=$(date +%s)
db_bytes=$(du -cb "$work"/data/syndicate.db* | tail -1 | cut -f1)

# The server's CPU time in clock ticks.
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$server/stat"; }
# Waits until the server has used under a tenth of a core for two seconds (the first start's background work is done).
settle() {
  local before after
  before=$(cpu_ticks)
  while sleep 2; after=$(cpu_ticks); [ $((after - before)) -gt 40 ]; do before=$after; done
}

start_server
startup_ms=$((ready - started))
echo "items $items, filled in $((filled_to - filled_from)) s; database $((db_bytes / 1048576)) MB"
echo "first start, to the first served feed: $startup_ms ms; to every item published: $((complete - started)) ms"
settle
echo "settled (first start's archives closed) $(( $(date +%s%3N) - started )) ms after the start"
stop_server
start_server
rss_kb=$(awk '/VmRSS/ { print $2 }' "/proc/$server/status")
echo "restart, to the first served feed: $((ready - started)) ms (server memory (RSS) then $((ready_rss_kb / 1024)) MB); to a view (q=vaccin): $((viewable - started)) ms; to every item published: $((complete - started)) ms (RSS $((rss_kb / 1024)) MB)"
settle

measure() {
  local name=$1 path=$2
  # One request first, not counted: the first of its kind compiles the code that renders it.
  curl -s -o /dev/null "${url}${path}500"
  for n in $(seq "$requests"); do
    curl -s -o /dev/null -w '%{time_total}\n' "$url$path$n"
  done | sort -n | awk -v name="$name" '{ t[NR] = $1 } END {
    p50 = t[int(NR * 0.5) + 1]; p99 = t[int(NR * 0.99) + 1 > NR ? NR : int(NR * 0.99) + 1];
    printf "%-12s p50 %6.1f ms, p99 %6.1f ms, max %6.1f ms\n", name, p50 * 1000, p99 * 1000, t[NR] * 1000 }'
}
measure "all" "/feeds/all.atom?limit="
measure "agency afp" "/feeds/agency/afp.atom?limit="
measure "region asia" "/feeds/region/asia.atom?limit="
measure "q=vaccin" "/feeds/all.atom?q=vaccin&limit="
measure "q=geothermie" "/feeds/all.atom?q=geothermie&limit="
stop_server

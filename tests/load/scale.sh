#!/usr/bin/env bash
# Scale benchmark: many sources on a short cron against a moving wire site (tests/load/wire-site.py) that nginx
# serves from HOSTS loopback addresses (127.0.0.1 .. 127.0.0.HOSTS), PAGES pages each, 15 items a page and a new
# item per page per minute. Syndicate (Release build) polls every page on SCALE_CRON for SCALE_DURATION seconds;
# the first SCALE_WARMUP seconds are not counted. Prints the share of cron fires that ran, their start lag
# (p50/p99, from the fetch history: a fetch's start minus the cron instant it belongs to), the CPU the server
# used per ingest, its memory, and the database size. Every process it starts is stopped at the end; traffic goes
# to loopback addresses only.
#
# Settings (environment): SCALE_HOSTS (50), SCALE_PAGES (6), SCALE_PERIOD seconds between fires (30; the cron is
# "*/PERIOD * * * * ?" for periods under a minute, "0 */M * * * ?" for whole minutes), SCALE_DURATION (180),
# SCALE_WARMUP (30), SCALE_EXTRA extra "Key=Value" environment settings for the server, space-separated, SCALE_TRACE a
# file to write a CPU profile of the measured span to (dotnet-trace, the repository's local tool; read it with
# `dotnet dotnet-trace report FILE topN --inclusive` or in PerfView/speedscope; one node only).
# SCALE_NODES (1): with more than one, that many servers share a fresh PostgreSQL database on the cluster
# .ci/start-postgres.sh starts (Debian's packages; needs root), each with its own port and folder, as a Quartz cluster;
# CPU and memory are the nodes' sums. SCALE_POSTGRES=1 puts a single node on PostgreSQL too. SCALE_LOGS: a folder to
# keep the servers' logs in.
set -euo pipefail

hosts=${SCALE_HOSTS:-50}
pages=${SCALE_PAGES:-6}
period=${SCALE_PERIOD:-30}
duration=${SCALE_DURATION:-180}
warmup=${SCALE_WARMUP:-30}
extra=${SCALE_EXTRA:-}
nodes=${SCALE_NODES:-1}
postgres=${SCALE_POSTGRES:-0}
[ "$nodes" -gt 1 ] && postgres=1

repo=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
work=$(mktemp -d)
chmod 755 "$work"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do
    kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
  done
  [ -n "${SCALE_LOGS:-}" ] && mkdir -p "$SCALE_LOGS" && for log in "$work"/node*/syndicate.log; do cp "$log" "$SCALE_LOGS/$(basename "$(dirname "$log")").log"; done
  rm -rf "$work"
}
trap cleanup EXIT

for tool in nginx curl; do
  command -v "$tool" >/dev/null || [ -x "/usr/sbin/$tool" ] || {
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nginx-light curl >/dev/null
  }
done
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)

if [ "$period" -lt 60 ]; then cron="*/$period * * * * ?"; else cron="0 */$((period / 60)) * * * ?"; fi

echo "building Syndicate in Release" >&2
dotnet build -c Release "$repo/src/Syndicate" -v quiet -nologo >/dev/null

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
site_port=$(free_port)

# The site: pages rewritten every 5 s, served by nginx on every host address.
python3 "$repo/tests/load/wire-site.py" "$work/site" "$hosts" "$pages" 5 $((duration + 120)) &
pids+=($!)
for _ in $(seq 100); do [ -f "$work/site/h$hosts/p$pages.txt" ] && break; sleep 0.1; done
mkdir -p "$work/nginx"
{
  echo "worker_processes 1; daemon off; pid $work/nginx/nginx.pid; error_log $work/nginx/error.log warn;"
  echo "events { worker_connections 4096; }"
  echo "http { access_log off; sendfile on; types { text/plain txt; } charset utf-8;"
  for temp in client_body proxy fastcgi uwsgi scgi; do echo "  ${temp}_temp_path $work/nginx;"; done
  for host in $(seq "$hosts"); do
    echo "  server { listen 127.0.0.$host:$site_port; root $work/site/h$host; }"
  done
  echo "}"
} >"$work/nginx/nginx.conf"
"$nginx_bin" -c "$work/nginx/nginx.conf" -p "$work/nginx" &
pids+=($!)
for _ in $(seq 100); do curl -sf -o /dev/null "http://127.0.0.$hosts:$site_port/p$pages.txt" && break; sleep 0.1; done

# The server's settings: one source per page.
python3 - "$work/appsettings.json" "$hosts" "$pages" "$site_port" "$cron" <<'PY'
import json, sys
path, hosts, pages, port, cron = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], sys.argv[5]
sources = [{"Id": f"h{h}-p{p}", "Url": f"http://127.0.0.{h}:{port}/p{p}.txt", "Schedule": cron,
            "AllowPrivateNetwork": True, "Section": "Buitenland"} for h in range(1, hosts + 1) for p in range(1, pages + 1)]
json.dump({"Logging": {"LogLevel": {"Default": "Warning"}},
           "Syndicate": {"IngestOnStart": False, "RateLimit": {"RequestsPerMinute": 100000000}, "Sources": sources}},
          open(path, "w"), indent=1)
PY

storage=()
if [ "$postgres" = 1 ]; then
  admin=$(bash "$repo/.ci/start-postgres.sh")
  database="syndicate_scale_$$"
  connection="${admin%Database=*}Database=$database"
  libpq() { python3 -c 'import sys; names = {"host": "host", "port": "port", "username": "user", "password": "password", "database": "dbname"}
print(" ".join(f"{names[k.lower()]}={v}" for k, v in (p.split("=", 1) for p in sys.argv[1].split(";") if p)))' "$1"; }
  psql "$(libpq "$admin")" -q -c "CREATE DATABASE $database" >/dev/null
  trap 'cleanup; psql "$(libpq "$admin")" -q -c "DROP DATABASE IF EXISTS $database" >/dev/null 2>&1 || true' EXIT
  storage=(Syndicate__Storage__Provider=Postgres "Syndicate__Storage__ConnectionString=$connection")
fi

servers=()
urls=()
for node in $(seq "$nodes"); do
  port=$(free_port)
  urls+=("http://127.0.0.1:$port")
  mkdir -p "$work/node$node"
  cp "$work/appsettings.json" "$work/node$node/"
  (cd "$work/node$node" && exec env ASPNETCORE_URLS="http://127.0.0.1:$port" Syndicate__PublicBaseUrl="http://127.0.0.1:$port/" \
    Syndicate__Cluster__InstanceId="node$node" "${storage[@]}" $extra \
    dotnet "$repo/src/Syndicate/bin/Release/net10.0/Syndicate.dll" >"$work/node$node/syndicate.log" 2>&1) &
  servers+=($!)
  pids+=($!)
done
for url in "${urls[@]}"; do
  for _ in $(seq 600); do curl -sf -o /dev/null "$url/healthz" && break; sleep 0.1; done
done

cpu() { for server in "${servers[@]}"; do awk '{ print $14 + $15 }' "/proc/$server/stat"; done | awk '{ s += $1 } END { print s }'; }
ticks=$(getconf CLK_TCK)
sleep "$warmup"
from_ms=$(($(date +%s%3N)))
cpu_from=$(cpu)
if [ -n "${SCALE_TRACE:-}" ]; then
  (cd "$repo" && dotnet dotnet-trace collect -p "${servers[0]}" --profile dotnet-sampled-thread-time \
    --duration "$(printf '00:00:%02d:%02d' $(((duration - warmup) / 60)) $(((duration - warmup) % 60)))" \
    -o "$SCALE_TRACE" >"$work/trace.log" 2>&1) &
  pids+=($!)
fi
sleep $((duration - warmup))
to_ms=$(($(date +%s%3N)))
cpu_to=$(cpu)
rss_kb=$(for server in "${servers[@]}"; do awk '/VmRSS/ { print $2 }' "/proc/$server/status"; done | awk '{ s += $1 } END { print s }')
for server in "${servers[@]}"; do kill "$server"; wait "$server" 2>/dev/null || true; done
if [ "$postgres" = 1 ]; then
  query="SELECT source_id, started_at, duration_ms, CASE WHEN error IS NULL THEN 0 ELSE 1 END FROM fetches WHERE started_at >= $from_ms AND started_at < $to_ms"
  psql "$(libpq "$connection")" -At -F $'\t' -c "$query" >"$work/fetches.tsv"
  db_bytes=$(psql "$(libpq "$connection")" -At -c "SELECT pg_database_size(current_database())")
else
  python3 - "$work/node1/data/syndicate.db" "$from_ms" "$to_ms" >"$work/fetches.tsv" <<'PY'
import sqlite3, sys
for row in sqlite3.connect(sys.argv[1]).execute(
        "SELECT source_id, started_at, duration_ms, CASE WHEN error IS NULL THEN 0 ELSE 1 END FROM fetches WHERE started_at >= ? AND started_at < ?",
        (int(sys.argv[2]), int(sys.argv[3]))):
    print("\t".join(str(cell) for cell in row))
PY
  db_bytes=$(du -cb "$work"/node1/data/syndicate.db* | tail -1 | cut -f1)
fi

python3 - "$work/fetches.tsv" "$from_ms" "$to_ms" "$period" "$((cpu_to - cpu_from))" "$ticks" "$rss_kb" "$db_bytes" "$((hosts * pages))" "$nodes" <<'PY'
import sys
fetches, start, end, period = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]) * 1000
cpu_ticks, ticks, rss_kb, db_bytes, sources, nodes = (int(a) for a in sys.argv[5:11])
from collections import Counter
rows = [(cells[0], int(cells[1]), int(cells[2]), int(cells[3])) for cells in (line.rstrip("\n").split("\t") for line in open(fetches)) if len(cells) == 4]
first_slot = -(-start // period) * period
slots = [s for s in range(first_slot, end, period)]
expected = len(slots) * sources
per_fire = Counter((r[0], r[1] // period * period) for r in rows)
ran = set(per_fire)
twice = sum(1 for count in per_fire.values() if count > 1)
lags = sorted((r[1] % period) / 1000 for r in rows)
durations = sorted(r[2] / 1000 for r in rows)
failed = sum(1 for r in rows if r[3])
pick = lambda values, q: values[min(len(values) - 1, int(q * len(values)))] if values else float("nan")
print(f"sources {sources}, fire every {period / 1000:.0f} s, measured {(end - start) / 1000:.0f} s, {nodes} node(s)")
print(f"fires run: {len(ran)} of {expected} ({100 * len(ran) / max(expected, 1):.1f}%), fetches {len(rows)}, failed {failed}, run twice {twice}")
print(f"fire lag: p50 {pick(lags, .5):.2f} s, p99 {pick(lags, .99):.2f} s, max {pick(lags, 1):.2f} s")
print(f"fetch duration: p50 {pick(durations, .5):.2f} s, p99 {pick(durations, .99):.2f} s")
print(f"servers' CPU: {cpu_ticks / ticks:.1f} s, {1000 * cpu_ticks / ticks / max(len(rows), 1):.1f} ms per ingest")
print(f"servers' memory (RSS): {rss_kb / 1024:.0f} MB; database: {db_bytes / 1048576:.1f} MB")
PY

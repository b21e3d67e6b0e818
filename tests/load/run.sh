#!/usr/bin/env bash
# Load test: one feed of about 200 KB served three ways on 127.0.0.1 and loaded with wrk at 256
# connections: by Syndicate (Release build, filled with generated wire items), by a minimal Kestrel
# app writing the same bytes from memory (tests/load/KestrelCeiling, the framework's ceiling), and by
# nginx serving the exported file with sendfile and gzip_static. Each for a plain GET, a GET with
# "Accept-Encoding: gzip" and a conditional GET answered 304. Prints requests/s, p99 latency, errors
# and the ratios, and exits non-zero when a target is missed. Every wrk run is bounded; the script
# ends by itself and stops every process it started. Traffic goes to 127.0.0.1 only.
#
# Settings (environment): LOAD_DURATION seconds per run (10), LOAD_WARMUP seconds (3),
# LOAD_CONNECTIONS (256), LOAD_THREADS wrk threads (2), LOAD_ITEMS generated items (600),
# LOAD_FEED_BYTES target feed size (200000).
set -euo pipefail

duration=${LOAD_DURATION:-10}
warmup=${LOAD_WARMUP:-3}
connections=${LOAD_CONNECTIONS:-256}
threads=${LOAD_THREADS:-2}
items=${LOAD_ITEMS:-600}
feed_bytes=${LOAD_FEED_BYTES:-200000}

repo=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
work=$(mktemp -d)
chmod 755 "$work"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do
    kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
  done
  rm -rf "$work"
}
trap cleanup EXIT

missing=()
for tool in wrk nginx curl; do
  command -v "$tool" >/dev/null || [ -x "/usr/sbin/$tool" ] || missing+=("$tool")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "installing ${missing[*]}" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)

echo "building Syndicate and the Kestrel ceiling app in Release" >&2
dotnet build -c Release "$repo/src/Syndicate" -v quiet -nologo >/dev/null
dotnet build -c Release "$repo/tests/load/KestrelCeiling" -v quiet -nologo >/dev/null

python3 "$repo/tests/load/generate-wire-page.py" "$items" >"$work/page.txt"

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# Waits until $1 answers 200, for at most 60 s.
wait_for() {
  for _ in $(seq 600); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$1" || true)" = 200 ] && return 0
    sleep 0.1
  done
  echo "no answer from $1" >&2
  return 1
}

# Starts Syndicate on a fresh port with FeedSize $1 and IngestOnStart $2; sets syndicate_url and syndicate_pid.
# All load comes from one address, so the per-address rate limit is lifted for the run.
start_syndicate() {
  local port
  port=$(free_port)
  syndicate_url="http://127.0.0.1:$port"
  (cd "$work" && exec env Urls="$syndicate_url" \
    Logging__LogLevel__Default=Warning \
    Syndicate__PublicBaseUrl="$syndicate_url/" \
    Syndicate__DatabasePath="$work/data/syndicate.db" \
    Syndicate__FeedsDirectory="$work/feeds" \
    Syndicate__FeedSize="$1" \
    Syndicate__IngestOnStart="$2" \
    Syndicate__RateLimit__RequestsPerMinute=100000000 \
    Syndicate__Sources__0__Id=load \
    Syndicate__Sources__0__Url="$work/page.txt" \
    Syndicate__Sources__0__Schedule="0 0 0 1 1 ? 2099" \
    Syndicate__Sources__0__Section=Buitenland \
    dotnet "$repo/src/Syndicate/bin/Release/net10.0/Syndicate.dll" >"$work/syndicate.log" 2>&1) &
  syndicate_pid=$!
  pids+=("$syndicate_pid")
  wait_for "$syndicate_url/feeds/all.rss"
}

stop() {
  kill "$1" 2>/dev/null && wait "$1" 2>/dev/null || true
}

json_items() { python3 -c 'import json,sys; print(len(json.load(sys.stdin)["items"]))'; }

# 1. Fill Syndicate with the generated items and find the limit that makes all.rss about $feed_bytes.
start_syndicate 50 true
stored=0
for _ in $(seq 600); do
  stored=$(curl -s "$syndicate_url/feeds/all.json?limit=500" | json_items)
  [ "$stored" -ge 500 ] && break
  sleep 0.1
done
[ "$stored" -ge 500 ] || { echo "only $stored items were ingested" >&2; cat "$work/syndicate.log" >&2; exit 1; }
low=1 high=500
while [ "$low" -lt "$high" ]; do
  mid=$(((low + high) / 2))
  size=$(curl -s -o /dev/null -w '%{size_download}' "$syndicate_url/feeds/all.rss?limit=$mid")
  if [ "$size" -ge "$feed_bytes" ]; then high=$mid; else low=$((mid + 1)); fi
done
feed_size=$low
stored=$(curl -s "$syndicate_url/" | grep -o '<p>[0-9]* wire items' | grep -o '[0-9]*')
stop "$syndicate_pid"

# 2. Serve that feed as the published all.rss (FeedSize), rendered and compressed once at publish.
start_syndicate "$feed_size" false
feed=/feeds/all.rss
curl -s -o "$work/identity" "$syndicate_url$feed"
curl -s -H 'Accept-Encoding: gzip' -o "$work/gzip" "$syndicate_url$feed"
etag=$(curl -s -D - -o /dev/null "$syndicate_url$feed" | awk 'tolower($1) == "etag:" { print $2 }' | tr -d '\r')
content_type=$(curl -s -D - -o /dev/null "$syndicate_url$feed" | awk 'tolower($1) == "content-type:" { $1 = ""; print substr($0, 2) }' | tr -d '\r')
cmp -s "$work/identity" "$work/feeds/all.rss" || { echo "the exported all.rss differs from the served one" >&2; exit 1; }
cp "$work/gzip" "$work/feeds/all.rss.gz"
identity_bytes=$(stat -c %s "$work/identity")
gzip_bytes=$(stat -c %s "$work/gzip")

# Runs wrk against $2 with the remaining arguments as headers; appends "server kind rps p99_ms errors" to results.
measure() {
  local server=$1 kind=$2 url=$3
  shift 3
  local headers=()
  for header in "$@"; do headers+=(-H "$header"); done
  local status
  status=$(curl -s -o /dev/null -w '%{http_code}' "${headers[@]}" "$url")
  wrk -t"$threads" -c"$connections" -d"${warmup}s" "${headers[@]}" "$url" >/dev/null
  wrk -t"$threads" -c"$connections" -d"${duration}s" --latency "${headers[@]}" "$url" >"$work/wrk.out"
  awk -v server="$server" -v kind="$kind" -v status="$status" '
    /Requests\/sec:/ { rps = $2 }
    $1 == "99%" { v = $2; unit = v; gsub(/[0-9.]/, "", unit); sub(/[a-z]+$/, "", v)
                  p99 = unit == "us" ? v / 1000 : unit == "s" ? v * 1000 : v }
    /Socket errors:/ { gsub(/,/, ""); errors += $4 + $6 + $8 + $10 }
    /Non-2xx or 3xx responses:/ { errors += $5 }
    END { printf "%s %s %.0f %.2f %d %s\n", server, kind, rps, p99, errors, status }' "$work/wrk.out" | tee -a "$work/results" >&2
}

run_all() {
  local server=$1 base=$2 tag=$3
  measure "$server" plain "$base$feed"
  measure "$server" gzip "$base$feed" "Accept-Encoding: gzip"
  measure "$server" 304 "$base$feed" "If-None-Match: $tag"
}

echo "loading $feed ($identity_bytes bytes, $gzip_bytes gzipped; FeedSize $feed_size of $stored items)" >&2
run_all syndicate "$syndicate_url" "$etag"
stop "$syndicate_pid"

port=$(free_port)
Urls="http://127.0.0.1:$port" dotnet "$repo/tests/load/KestrelCeiling/bin/Release/net10.0/KestrelCeiling.dll" \
  "$work/identity" "$work/gzip" "$etag" "$content_type" >"$work/kestrel.log" 2>&1 &
kestrel_pid=$!
pids+=("$kestrel_pid")
wait_for "http://127.0.0.1:$port/"
run_all kestrel "http://127.0.0.1:$port" "$etag"
stop "$kestrel_pid"

port=$(free_port)
mkdir -p "$work/nginx"
# nginx's workers drop root: let them read the export folder whatever the umask was.
chmod -R a+rX "$work/feeds"
cat >"$work/nginx/nginx.conf" <<CONF
worker_processes auto;
daemon off;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path $work/nginx;
  proxy_temp_path $work/nginx;
  fastcgi_temp_path $work/nginx;
  uwsgi_temp_path $work/nginx;
  scgi_temp_path $work/nginx;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  gzip_static on;
  types { application/rss+xml rss; }
  charset utf-8;
  charset_types application/rss+xml;
  server {
    listen 127.0.0.1:$port;
    root $work;
    location / { add_header Vary Accept-Encoding; }
  }
}
CONF
"$nginx_bin" -c "$work/nginx/nginx.conf" -p "$work/nginx" &
nginx_pid=$!
pids+=("$nginx_pid")
wait_for "http://127.0.0.1:$port$feed" || { cat "$work/nginx/error.log" >&2; exit 1; }
nginx_etag=$(curl -s -D - -o /dev/null "http://127.0.0.1:$port$feed" | awk 'tolower($1) == "etag:" { print $2 }' | tr -d '\r')
run_all nginx "http://127.0.0.1:$port" "$nginx_etag"
stop "$nginx_pid"

echo
echo "feed: $feed, $identity_bytes bytes ($gzip_bytes gzipped), $stored items stored; wrk -t$threads -c$connections -d${duration}s on 127.0.0.1, $(nproc) cores"
python3 - "$work/results" <<'PY'
import sys
rows = {}
for line in open(sys.argv[1]):
    server, kind, rps, p99, errors, status = line.split()
    rows[(server, kind)] = (float(rps), float(p99), int(errors), status)
print(f"| {'kind':<6} | {'server':<10} | {'status':>6} | {'req/s':>9} | {'p99 ms':>8} | {'errors':>6} | {'vs Kestrel':>10} | {'vs nginx':>8} |")
print(f"|{'-'*8}|{'-'*12}|{'-'*8}|{'-'*11}|{'-'*10}|{'-'*8}|{'-'*12}|{'-'*10}|")
missed = []
for kind in ("plain", "gzip", "304"):
    k, n = rows[("kestrel", kind)], rows[("nginx", kind)]
    for server in ("syndicate", "kestrel", "nginx"):
        rps, p99, errors, status = rows[(server, kind)]
        print(f"| {kind:<6} | {server:<10} | {status:>6} | {rps:>9.0f} | {p99:>8.2f} | {errors:>6} | {rps / k[0]:>9.2f}x | {rps / n[0]:>7.2f}x |")
    s = rows[("syndicate", kind)]
    if s[0] < 0.85 * k[0]: missed.append(f"{kind}: Syndicate {s[0] / k[0]:.2f}x the minimal Kestrel app (target 0.85x)")
    if kind != "plain" and s[0] < 0.8 * n[0]: missed.append(f"{kind}: Syndicate {s[0] / n[0]:.2f}x nginx (target 0.8x)")
    if s[2] > 0: missed.append(f"{kind}: Syndicate had {s[2]} errors")
    if s[1] > 2 * k[1]: missed.append(f"{kind}: Syndicate p99 {s[1]:.2f} ms over twice the minimal app's {k[1]:.2f} ms")
print()
print("targets met" if not missed else "targets missed:\n  " + "\n  ".join(missed))
sys.exit(1 if missed else 0)
PY

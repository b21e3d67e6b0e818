#!/usr/bin/env bash
# A newcomer's first run: clone the committed repository into a temporary folder, build it, start
# it with the README's run command, and report how long after the start the feeds carry the
# sample items. Exits 1 when the feeds never carry them, 2 when they do but later than the README
# promises (10 seconds).
# Traffic goes to 127.0.0.1 only.
set -euo pipefail

limit_seconds=${FIRST_RUN_LIMIT_SECONDS:-10}
repo=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
work=$(mktemp -d)
server_pid=
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

git clone -q "$repo" "$work/clone"
cd "$work/clone"
dotnet build src/Syndicate -v quiet -nologo >/dev/null

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
export ASPNETCORE_URLS="http://127.0.0.1:$port"
start=$(date +%s.%N)
dotnet run --project src/Syndicate >"$work/server.log" 2>&1 &
server_pid=$!

items=0
while [ "$items" -lt 8 ]; do
  elapsed=$(echo "$(date +%s.%N) - $start" | bc)
  if [ "$(echo "$elapsed > 60" | bc)" = 1 ]; then
    echo "first run: no feed items after 60 s" >&2
    cat "$work/server.log" >&2
    exit 1
  fi
  items=$(curl -s --max-time 2 "http://127.0.0.1:$port/feeds/all.atom" | grep -c '<entry>' || true)
  [ "$items" -ge 8 ] || sleep 0.1
done

elapsed=$(echo "$(date +%s.%N) - $start" | bc)
printf 'first run: %s items in /feeds/all.atom %.1f s after `dotnet run --project src/Syndicate` (limit %s s)\n' "$items" "$elapsed" "$limit_seconds"
[ "$(echo "$elapsed <= $limit_seconds" | bc)" = 1 ] || exit 2

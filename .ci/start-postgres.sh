#!/usr/bin/env bash
# Starts a PostgreSQL cluster from Debian's packages on 127.0.0.1:${SYNDICATE_PG_PORT:-55432} with a superuser
# role "syndicate" (password "syndicate") for the tests, and prints the connection string the tests read from
# SYNDICATE_TEST_POSTGRES. Idempotent: an existing cluster is started, a running one left alone. Needs root.
set -euo pipefail
port=${SYNDICATE_PG_PORT:-55432}
version=$(ls /usr/lib/postgresql | sort -n | tail -1)
if ! pg_lsclusters -h | awk '{print $2}' | grep -qx syndicate; then
  pg_createcluster --port "$port" "$version" syndicate -- --auth-local=trust --auth-host=scram-sha-256 >/dev/null
  # Loopback only; durability is not what the tests measure.
  cat >"/etc/postgresql/$version/syndicate/conf.d/syndicate.conf" <<CONF
listen_addresses = '127.0.0.1'
max_connections = 300
fsync = off
synchronous_commit = off
full_page_writes = off
CONF
fi
pg_ctlcluster "$version" syndicate start >/dev/null 2>&1 || pg_ctlcluster "$version" syndicate status >/dev/null
runuser -u postgres -- psql -q -p "$port" -v ON_ERROR_STOP=1 -c \
  "DO \$\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'syndicate') THEN CREATE ROLE syndicate LOGIN SUPERUSER PASSWORD 'syndicate'; END IF; END \$\$;" >/dev/null
echo "Host=127.0.0.1;Port=$port;Username=syndicate;Password=syndicate;Database=postgres"

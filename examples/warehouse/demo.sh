#!/bin/bash
# make demo: a throwaway PostgreSQL 15 cluster, two tenant source databases
# filled with generated rows, and pgform planning and applying
# examples/warehouse; then a third tenant is added and planned again.
# Everything lives under /tmp and is removed at the end.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
PGFORM=${PGFORM:-$REPO/build/pgform}
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
WORK=$(mktemp -d /tmp/pgform-demo.XXXXXX)
chmod 755 "$WORK"
RUNAS=()
if [ "$(id -u)" -eq 0 ]; then
	chown postgres "$WORK"
	RUNAS=(runuser -u postgres --)
fi

say() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

port=$(( 20000 + $$ % 20000 ))
while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done

stop() {
	"${RUNAS[@]}" "$PGBIN/pg_ctl" -D "$WORK/data" -m immediate stop >/dev/null 2>&1 || true
	rm -rf "$WORK"
}
trap stop EXIT

say "starting a throwaway PostgreSQL 15 cluster on port $port"
"${RUNAS[@]}" "$PGBIN/initdb" -D "$WORK/data" -U postgres -A trust >/dev/null
cat >>"$WORK/data/postgresql.conf" <<CONF
port = $port
listen_addresses = 'localhost'
unix_socket_directories = '$WORK'
shared_preload_libraries = 'pg_cron'
cron.database_name = 'postgres'
cron.host = '$WORK'
fsync = off
CONF
cat >"$WORK/data/pg_hba.conf" <<HBA
local all all trust
host all all 127.0.0.1/32 scram-sha-256
host all all ::1/128 scram-sha-256
HBA
# tenant connections say host localhost and no port: the server's own
# libpq default port (PGPORT in its environment) is this cluster's
"${RUNAS[@]}" env PGPORT="$port" "$PGBIN/pg_ctl" -D "$WORK/data" -l "$WORK/server.log" -w start >/dev/null

export PGHOST=$WORK PGPORT=$port PGUSER=postgres PGDATABASE=postgres
export TENANT_A_PASSWORD=demo-reader TENANT_B_PASSWORD=demo-reader TENANT_C_PASSWORD=demo-reader
export WHADMIN_PASSWORD=demo-whadmin PHOOD_RO_PASSWORD=demo-ro

say "tenant source databases with generated rows"
psql -Xq -c "CREATE ROLE tenant_reader LOGIN PASSWORD 'demo-reader'"
for t in a:2025-01-01 b:2026-09-01 c:2026-06-01; do
	db="tenant_${t%%:*}_src"
	createdb "$db"
	psql -Xq -v ON_ERROR_STOP=1 -d "$db" -v from="${t#*:}" -f "$HERE/source.sql" >/dev/null
	echo "  $db: rows from ${t#*:}"
done

say "pgform validate -v"
"$PGFORM" validate -v -f "$HERE/pgform.yaml"

say "pgform plan (against the empty warehouse)"
"$PGFORM" plan -f "$HERE/pgform.yaml"

say "pgform apply"
"$PGFORM" apply -f "$HERE/pgform.yaml"

say "rows per tenant in public.foodlogstats"
psql -X -c "SELECT schema_name, count(*) AS rows, min(logged_time)::date AS first, max(logged_time)::date AS last FROM public.foodlogstats GROUP BY 1 ORDER BY 1"

say "pgform plan again: nothing to do"
"$PGFORM" plan -f "$HERE/pgform.yaml"

say "adding tenant_c (a new file in tenants/)"
cp -r "$HERE" "$WORK/warehouse"
cat >"$WORK/warehouse/tenants/tenant_c.yaml" <<YAML
tenants:
  tenant_c:
    client: Tenant C
    connection:
      host: localhost
      dbname: tenant_c_src
      user: tenant_reader
      password_env: TENANT_C_PASSWORD
    templates:
      foodlogstats: { from: 2026-06-01 }
YAML
cat "$WORK/warehouse/tenants/tenant_c.yaml"

say "pgform plan: the new tenant"
"$PGFORM" plan -f "$WORK/warehouse/pgform.yaml"

say "pgform apply"
"$PGFORM" apply -f "$WORK/warehouse/pgform.yaml"
psql -X -c "SELECT schema_name, count(*) AS rows FROM public.foodlogstats GROUP BY 1 ORDER BY 1"

say "pgform status"
"$PGFORM" status

say "done; the cluster is stopped and removed"

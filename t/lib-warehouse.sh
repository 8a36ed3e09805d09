#!/bin/bash
# lib-warehouse.sh: helpers for the plan tests (t3NNN) that need a small
# warehouse: tenant source databases in the test cluster, the desired
# state of a small warehouse, and a way to bring a database to a state by
# running the `pgform plan --format sql` script with psql.
#
# Source it after test-lib.sh (the functions need the cluster of test_start_pg):
#
#	. "$(dirname "$0")/test-lib.sh"
#	. "$TEST_DIRECTORY/lib-warehouse.sh"
#	test_start_pg
#
# Functions:
#   wh_sources                make role src_reader (password readerpw) and the
#                             tenant source databases src_a and src_b
#   wh_small_state FILE       write the small warehouse state to FILE
#   wh_fill_secrets FILE      FILE with every <<secret:env:NAME>> marker
#                             replaced by the quoted value of $NAME
#   wh_run_plan_sql DB ARGS   `pgform plan ARGS --format sql` against DB,
#                             markers filled, run with psql (stops at the
#                             first error)
#   wh_restart_pg_with_pgport restart the test cluster with PGPORT in the
#                             server's environment (top level only)
#   wh_pg_state DB            schema dump of DB plus roles and cron jobs, for
#                             "nothing changed" checks

# The passwords the states below read from the environment.
WH_ADMIN_PASSWORD=adminpw
WH_READER_PASSWORD=whreaderpw
SRC_PASSWORD=readerpw
export WH_ADMIN_PASSWORD WH_READER_PASSWORD SRC_PASSWORD

# Role src_reader and two tenant sources, src_a and src_b, each with a table
# events(id, at, amount): 10 rows on each of 2026-03-01, -02 and -03.
wh_sources () {
	test_psql -d postgres -c "CREATE ROLE src_reader LOGIN PASSWORD '$SRC_PASSWORD'" &&
	for db in src_a src_b; do
		test_createdb "$db" &&
		test_psql -d "$db" <<-\EOF || return 1
		CREATE TABLE events (id integer PRIMARY KEY, at date NOT NULL, amount numeric NOT NULL);
		INSERT INTO events SELECT g, date '2026-03-01' + (g % 3), g * 1.5 FROM generate_series(1, 30) g;
		GRANT SELECT ON events TO src_reader;
		EOF
	done
}

# The small warehouse: two roles, two schemas, a function, a view on a view,
# a materialized view with a unique index, a daily template over two
# tenants of 3 days each with union views and a public view, and grants.
# Tenant sources are reached over TCP on 127.0.0.1:$PGPORT.
wh_small_state () {
	cat >"$1" <<-EOF
	pgform: 1
	extensions:
	  dblink: {}
	roles:
	  wh_admin: { login: true, password_env: WH_ADMIN_PASSWORD, comment: warehouse admin }
	  wh_reader: { login: true, password_env: WH_READER_PASSWORD }
	schemas:
	  core: { owner: wh_admin, comment: core objects }
	  rpt: {}
	grants:
	  - { role: wh_reader, privileges: [USAGE], on: "schema rpt" }
	  - { role: wh_reader, privileges: [SELECT], on: "all tables in schema rpt" }
	  - { role: wh_reader, privileges: [EXECUTE], on: "function core.double_it(numeric)" }
	functions:
	  - sql: |
	      CREATE FUNCTION core.double_it(x numeric) RETURNS numeric
	      LANGUAGE sql IMMUTABLE AS \$\$ SELECT x * 2 \$\$;
	views:
	  rpt.daily:
	    query: SELECT schema_name, day, sum(amount) AS total FROM public.events GROUP BY 1, 2
	  rpt.daily_doubled:
	    query: SELECT schema_name, day, core.double_it(total) AS doubled FROM rpt.daily
	    comment: totals doubled
	materialized_views:
	  rpt.by_tenant:
	    query: SELECT schema_name, count(*) AS n FROM public.events GROUP BY schema_name
	    indexes: [ "UNIQUE (schema_name)" ]
	    refresh: concurrently
	templates:
	  events:
	    remote_query: SELECT id, at, amount FROM events WHERE at = {TARGET_DATE}
	    columns: { id: integer, day: date, amount: numeric }
	    indexes: [ "UNIQUE (id)" ]
	    public_view: public.events
	    grants:
	      - { role: wh_reader, privileges: [SELECT] }
	tenants:
	  tenant_a:
	    connection: { host: 127.0.0.1, port: $PGPORT, dbname: src_a, user: src_reader, password_env: SRC_PASSWORD }
	    templates: { events: { from: 2026-03-01, until: 2026-03-03 } }
	  tenant_b:
	    client: Tenant B
	    connection: { host: 127.0.0.1, port: $PGPORT, dbname: src_b, user: src_reader, password_env: SRC_PASSWORD }
	    templates: { events: { from: 2026-03-01, until: 2026-03-03 } }
	EOF
}

# FILE with each <<secret:env:NAME>> replaced by '$NAME' (a quoted literal;
# the test passwords hold no quote).
wh_fill_secrets () {
	local script='' name val
	for name in $(grep -o '<<secret:env:[A-Za-z_][A-Za-z0-9_]*>>' "$1" |
		      sed 's/^<<secret:env:\(.*\)>>$/\1/' | sort -u); do
		eval "val=\${$name-}"
		script="$script;s/<<secret:env:$name>>/'$val'/g"
	done
	sed "${script#;}" "$1"
}

# wh_run_plan_sql DB [plan args...]: bring DB to the desired state by
# running the plan's SQL script with psql.
wh_run_plan_sql () {
	local db=$1 f
	shift
	f=$TEST_TMP/plan.$BASHPID.$RANDOM.sql
	pgform plan -d "dbname=$db" --format sql "$@" >"$f" &&
	wh_fill_secrets "$f" >"$f.filled" &&
	"$TEST_PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -d "$db" -f "$f.filled" >/dev/null
	local rc=$?
	rm -f "$f" "$f.filled"
	return $rc
}

# Restart the cluster with PGPORT set in the server's environment, so that
# dblink connections without a port (the examples say host: localhost and
# no port) reach this cluster.  Top level only.
wh_restart_pg_with_pgport () {
	local as=
	[ "${BASH_SUBSHELL:-0}" = 0 ] || BUG "wh_restart_pg_with_pgport must run at the top level"
	[ "$(id -u)" = 0 ] && as="runuser -u postgres --"
	$as env -u PGHOST -u PGUSER -u PGDATABASE PGPORT="$PGPORT" \
		"$TEST_PG_BIN/pg_ctl" -D "$TEST_PG_DATA" -l "$TEST_PG_LOG" -w -t 60 restart \
		>"$TEST_TMP/restart.out" 2>&1 </dev/null 3>&- 4>&- ||
		{ cat "$TEST_TMP/restart.out" >&4; echo "Bail out! cannot restart PostgreSQL" >&3; exit 1; }
}

# wh_pg_state DB: what a plan must not change: the schema of DB (pgform's
# schema included), the roles, and for the postgres database pg_cron's jobs.
wh_pg_state () {
	local db=$1
	"$TEST_PG_BIN/pg_dump" --schema-only -d "$db" |
		sed -e '/^-- Dumped from database version/d' -e '/^-- Dumped by pg_dump version/d' \
		    -e '/^\\restrict /d' -e '/^\\unrestrict /d' &&
	test_psql -d "$db" -c "SELECT rolname, rolcanlogin, rolconnlimit, md5(coalesce(rolpassword, ''))
		FROM pg_authid ORDER BY 1" || return 1
	if [ "$db" = postgres ] &&
	   [ "$(test_psql -d postgres -c "SELECT to_regclass('cron.job') IS NOT NULL")" = t ]; then
		test_psql -d postgres -c "SELECT jobid, jobname, schedule, command, database, username, active
			FROM cron.job ORDER BY jobid"
	fi
}

#!/bin/bash
# lib-apply.sh: helpers for the apply tests (t4NNN): tenant source
# databases in the test cluster, a small warehouse state written with
# parameters, and ways to look at the result of an apply.
#
# Source it after test-lib.sh; call test_start_pg before the helpers that
# talk to the cluster:
#
#	. "$(dirname "$0")/test-lib.sh"
#	. "$TEST_DIRECTORY/lib-apply.sh"
#	test_start_pg
#
# Functions:
#   ap_sources DB...          role ap_src (password $AP_SRC_PASSWORD) and one
#                             source database per DB, each with a table
#                             events(id, at, amount): 1 to 4 rows a day (the
#                             count depends on the day and the database) from
#                             2024-12-28 to 2026-03-10
#   ap_state FILE [KEY:DB:FROM:UNTIL]...
#                             write the warehouse state to FILE (see below)
#   ap_dump DB                test_pg_dump_schema of DB
#   ap_data DB                every row of public.events in DB, ordered
#   ap_counts DB              rows of public.events in DB per tenant and day
#   ap_src_counts KEY:DB:FROM:UNTIL...
#                             the same counts taken from the source databases
#   ap_steps DB [APPLY]       pgform.steps of APPLY (default: the last apply)
#                             without times: step_id|action|kind|target|status
#   ap_applies DB             pgform.applies: id|status|nsteps, in order
#   ap_temporaries DB         relations named %__pgform_new / %__pgform_old
#   ap_status_word DB [APPLY] the status `pgform status` shows for APPLY
#                             (default: the newest)
#   ap_no_secret WORD FILE... fail, showing the line, when a file holds WORD

# Passwords the states read from the environment.  Distinctive, so that a
# leak is found by grep.
AP_SRC_PASSWORD=${AP_SRC_PASSWORD:-Src-pw-4e1d}
AP_ADMIN_PASSWORD=${AP_ADMIN_PASSWORD:-Admin-pw-77c3}
AP_READER_PASSWORD=${AP_READER_PASSWORD:-Reader-pw-0b5a}
export AP_SRC_PASSWORD AP_ADMIN_PASSWORD AP_READER_PASSWORD

# The first and last day the sources hold rows for.
AP_SRC_FIRST=2024-12-28
AP_SRC_LAST=2026-03-10

# ap_sources DB...: the source role (once) and the source databases.
ap_sources () {
	local db seed=0
	test_psql -d postgres -c "DO \$\$BEGIN
		IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ap_src') THEN
			CREATE ROLE ap_src LOGIN;
		END IF; END\$\$" &&
	test_psql -d postgres -v pw="$AP_SRC_PASSWORD" <<-\EOF || return 1
	SET log_statement = 'none';
	ALTER ROLE ap_src PASSWORD :'pw';
	EOF
	for db in "$@"; do
		seed=$((seed + 1))
		test_createdb "$db" &&
		test_psql -d "$db" <<-EOF || return 1
		CREATE TABLE events (id integer PRIMARY KEY, at date NOT NULL, amount numeric NOT NULL);
		INSERT INTO events
		SELECT row_number() OVER (ORDER BY d, k), d::date, round((k * 1.25 + $seed)::numeric, 2)
		FROM generate_series(date '$AP_SRC_FIRST', date '$AP_SRC_LAST', interval '1 day') d,
		     generate_series(1, 1 + (extract(doy FROM d)::int + $seed) % 4) k;
		GRANT SELECT ON events TO ap_src;
		EOF
	done
}

# ap_state FILE [KEY:DB:FROM:UNTIL]...: the warehouse state.  Two roles
# with password_env, two schemas, a function, a view on a view, a
# materialized view with a unique index, grants, and a daily template
# "events" (public view public.events) over the tenants given (default:
# tenant_a:src_a and tenant_b:src_b from 2026-03-01 to 2026-03-03).
# Knobs (environment):
#   AP_QUERY         the template's remote_query
#   AP_CONSOLIDATE   "yearly" to consolidate finished years
#   AP_EXTRA         YAML appended at the end (e.g. a checks: section)
#   AP_NO_MV         set: leave out rpt.by_tenant
ap_state () {
	local file=$1 spec key db from until
	local query='SELECT id, at, amount FROM events WHERE at = {TARGET_DATE}'
	[ -n "$AP_QUERY" ] && query=$AP_QUERY
	shift
	[ $# -gt 0 ] || set -- tenant_a:src_a:2026-03-01:2026-03-03 tenant_b:src_b:2026-03-01:2026-03-03
	{
		cat <<-EOF
		pgform: 1
		extensions:
		  dblink: {}
		roles:
		  ap_admin: { login: true, password_env: AP_ADMIN_PASSWORD, comment: warehouse admin }
		  ap_reader: { login: true, password_env: AP_READER_PASSWORD }
		schemas:
		  core: { owner: ap_admin, comment: core objects }
		  rpt: {}
		grants:
		  - { role: ap_reader, privileges: [USAGE], on: "schema rpt" }
		  - { role: ap_reader, privileges: [SELECT], on: "all tables in schema rpt" }
		  - { role: ap_reader, privileges: [EXECUTE], on: "function core.double_it(numeric)" }
		functions:
		  - sql: |
		      CREATE FUNCTION core.double_it(x numeric) RETURNS numeric
		      LANGUAGE sql IMMUTABLE AS \$\$ SELECT x * 2 \$\$;
		views:
		  rpt.daily:
		    query: SELECT schema_name, day, sum(amount) AS total, count(*) AS n FROM public.events GROUP BY 1, 2
		  rpt.daily_doubled:
		    query: SELECT schema_name, day, core.double_it(total) AS doubled FROM rpt.daily
		    comment: totals doubled
		EOF
		if [ -z "$AP_NO_MV" ]; then
			cat <<-EOF
			materialized_views:
			  rpt.by_tenant:
			    query: SELECT schema_name, count(*) AS n FROM public.events GROUP BY schema_name
			    indexes: [ "UNIQUE (schema_name)" ]
			    refresh: concurrently
			EOF
		fi
		cat <<-EOF
		templates:
		  events:
		    remote_query: $query
		    columns: { id: integer, day: date, amount: numeric }
		    indexes: [ "UNIQUE (id)" ]
		    public_view: public.events
		EOF
		if [ -n "$AP_CONSOLIDATE" ]; then
			echo "    consolidate: $AP_CONSOLIDATE"
		fi
		cat <<-EOF
		    grants:
		      - { role: ap_reader, privileges: [SELECT] }
		tenants:
		EOF
		for spec in "$@"; do
			IFS=: read -r key db from until <<-EOF
			$spec
			EOF
			cat <<-EOF
			  $key:
			    connection: { host: 127.0.0.1, port: $PGPORT, dbname: $db, user: ap_src, password_env: AP_SRC_PASSWORD }
			    templates: { events: { from: $from, until: $until } }
			EOF
		done
		if [ -n "$AP_EXTRA" ]; then
			printf '%s\n' "$AP_EXTRA"
		fi
	} >"$file"
}

# ap_dump DB: the schema of DB without schema pgform.
ap_dump () {
	test_pg_dump_schema -d "$1"
}

# ap_data DB: the rows of the public view.
ap_data () {
	test_psql -d "$1" -c "SELECT schema_name, id, day, amount FROM public.events ORDER BY 1, 2"
}

# ap_counts DB: rows of the public view per tenant and day.
ap_counts () {
	test_psql -d "$1" -c "SELECT schema_name, day, count(*) FROM public.events GROUP BY 1, 2 ORDER BY 1, 2"
}

# ap_src_counts KEY:DB:FROM:UNTIL...: the same, from the sources.
ap_src_counts () {
	local spec key db from until
	for spec in "$@"; do
		IFS=: read -r key db from until <<-EOF
		$spec
		EOF
		test_psql -d "$db" -c "SELECT '$key', at, count(*) FROM events
			WHERE at BETWEEN '$from' AND '$until' GROUP BY 1, 2 ORDER BY 2" || return 1
	done
}

# ap_steps DB [APPLY]: the record of the steps, without times.
ap_steps () {
	local which="(SELECT max(id) FROM pgform.applies)"
	[ -n "$2" ] && which=$2
	test_psql -d "$1" -c "SELECT step_id, action, kind, target, status FROM pgform.steps
		WHERE apply_id = $which ORDER BY step_id"
}

# ap_applies DB: the applies recorded, in order.
ap_applies () {
	test_psql -d "$1" -c "SELECT id, status, nsteps FROM pgform.applies ORDER BY id"
}

# ap_temporaries DB: leftover temporaries of an apply.
ap_temporaries () {
	test_psql -d "$1" -c "SELECT n.nspname || '.' || c.relname FROM pg_class c
		JOIN pg_namespace n ON n.oid = c.relnamespace
		WHERE c.relname LIKE '%\_\_pgform\_new%' OR c.relname LIKE '%\_\_pgform\_old%'
		ORDER BY 1"
}

# ap_wait_gone DB: wait (at most 10 s) until no other session is connected
# to DB.  After a client is killed, its backend may still be finishing the
# statement it was running (and hold the apply lock until then).
ap_wait_gone () {
	local i
	for i in $(seq 100); do
		[ "$(test_psql -d "$1" -c "SELECT count(*) FROM pg_stat_activity
			WHERE datname = current_database() AND pid <> pg_backend_pid()")" = 0 ] && return 0
		sleep 0.1
	done
	echo "error: sessions still connected to $1 after 10 s" >&4
	return 1
}

# ap_status_word DB [APPLY]: the status column of `pgform status` for an
# apply (default: the last line of the table of applies).
ap_status_word () {
	local f="$TEST_TMP/status.$$.$RANDOM"
	pgform status -d "dbname=$1" >"$f" || { rm -f "$f"; return 1; }
	if [ -n "$2" ]; then
		awk -v id="$2" '$1 == id && NF >= 2 { print $2; exit }' "$f"
	else
		awk '/^apply / { t = 1; next } t && /^$/ { exit } t { w = $2 } END { print w }' "$f"
	fi
	rm -f "$f"
}

# ap_no_secret WORD FILE...: no file holds WORD.
ap_no_secret () {
	local word=$1 f
	shift
	for f in "$@"; do
		[ -f "$f" ] || { echo "error: $f is missing" >&4; return 1; }
	done
	if grep -n -F -- "$word" "$@" >&4 2>&1; then
		echo "error: a password ($word) was found above" >&4
		return 1
	fi
	return 0
}

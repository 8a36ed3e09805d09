#!/bin/bash
# lib-scenario.sh: helpers for the warehouse lifecycle scenarios (t7NNN),
# the operations of the operations guide played against a live cluster:
# tenant source databases filled by examples/warehouse/source.sql, the
# desired state of a food-log warehouse written as one entry file plus one
# fragment per tenant (so adding or dropping a tenant is adding or removing
# a file), and the checks every scenario step ends with.
#
# Source it after test-lib.sh; call test_start_pg before the helpers that
# talk to the cluster:
#
#	. "$(dirname "$0")/test-lib.sh"
#	. "$TEST_DIRECTORY/lib-scenario.sh"
#	test_start_pg
#
# Sources and state:
#   scn_sources DB:FROM:UNTIL:PER_DAY...
#                        role scn_reader (password $SCN_READER_PASSWORD) and
#                        one source database per argument, filled with
#                        PER_DAY generated rows a day from FROM to UNTIL
#   scn_state DIR        write DIR/pgform.yaml, the entry file (knobs below)
#   scn_tenant DIR KEY DB FROM [UNTIL] [ENABLED]
#                        write DIR/tenants/KEY.yaml: tenant KEY reading DB,
#                        template foodlogstats from FROM (until UNTIL when
#                        not empty), enabled unless ENABLED is false, and
#                        USAGE on its schema for phood_ro
#   scn_plan DIR DB TODAY [ARGS]   pgform plan -f DIR/pgform.yaml -d dbname=DB
#   scn_apply DIR DB TODAY [ARGS]  pgform apply, the same way
#
# Checks:
#   check_rows DB SCHEMA:SRCDB:FROM:UNTIL...
#                        the data invariant: the rows of the public view
#                        per tenant and day are the source rows of those
#                        days, for exactly the tenants and ranges given; and
#                        no NAME__pgform_new / NAME__pgform_old is left
#   scn_plan_empty DIR DB TODAY [ARGS]
#                        a follow-up plan says "No changes. ..." (exit 0 with
#                        --detailed-exitcode).  With SCN_LEFT_OUT=PATTERN,
#                        objects left out (lines "# left out: ..." matching
#                        PATTERN, grep -E) are allowed, and then the plan
#                        may end "Plan: 0 to create, ... N left out." (exit 2)
#                        instead; it must have no step
#   scn_check DIR DB TODAY SPEC...   check_rows DB SPEC... && scn_plan_empty
#   scn_temporaries DB   relations named %__pgform_new% / %__pgform_old%
#   scn_jobs             pg_cron jobs: jobname|schedule|database|username|active
#   scn_jobids           pg_cron jobs: jobname|jobid
#   scn_plan_steps FILE  the steps of a JSON plan: id|action|kind|target
#   scn_db_state DB      schema dump of DB (without schema pgform), servers,
#                        user mappings, roles and pg_cron jobs: for "nothing
#                        changed" checks
#   scn_no_secret WORD FILE...   no FILE holds WORD
#
# Readers during an apply:
#   scn_reader_start NAME DB QUERY
#                        run QUERY as phood_ro over TCP every 50 ms in the
#                        background (at most 1200 times or 100 s) until
#                        scn_reader_stop; results go to NAME.out, error
#                        messages to NAME.err
#   scn_reader_stop NAME stop it and wait for it
#
# Knobs of scn_state (environment):
#   SCN_QUERY        remote_query of foodlogstats (default: the guide's)
#   SCN_COLUMNS      its columns (a YAML flow map)
#   SCN_CONSOLIDATE  "yearly" to consolidate finished years
#   SCN_GRANTS       YAML flow list of the template's grants
#                    (default: SELECT for phood_ro)
#   SCN_MINUTE_JOB   schedule of the per-tenant update job
#                    (default "{minute} * * * *")
#   SCN_CRON         0: no cron section and no pg_cron extension
#   SCN_PG_CRON      0: no pg_cron extension (warehouse outside cron's
#                    database), jobs still declared
#   SCN_CRON_EXTRA   more jobs (YAML at the indentation of the job names)
#   SCN_TEMPLATES_EXTRA  more templates (YAML at the indentation of
#                    "foodlogstats:", i.e. two spaces)
#   SCN_EXTRA        YAML appended at the end of the entry file
# Knob of scn_tenant: SCN_TENANT_TEMPLATES, one more "name: { range }" in
# the tenant's templates.

SCN_READER_PASSWORD=${SCN_READER_PASSWORD:-Scn-reader-5f2e}
WHADMIN_PASSWORD=${WHADMIN_PASSWORD:-Scn-whadmin-81d0}
PHOOD_RO_PASSWORD=${PHOOD_RO_PASSWORD:-Scn-ro-3c77}
ANALYST_PASSWORD=${ANALYST_PASSWORD:-Scn-analyst-a14b}
export SCN_READER_PASSWORD WHADMIN_PASSWORD PHOOD_RO_PASSWORD ANALYST_PASSWORD
# every tenant's source password, as the tenant fragments name them
for _k in A B C D E F G X; do
	export "TENANT_${_k}_PASSWORD=$SCN_READER_PASSWORD"
done
unset _k

NOCHANGE="No changes. The database matches the desired state."
SCN_SOURCE_SQL=$REPO/examples/warehouse/source.sql

# scn_sources DB:FROM:UNTIL:PER_DAY...
scn_sources () {
	local spec db from until per_day
	test_psql -d postgres -c "DO \$\$BEGIN
		IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'scn_reader') THEN
			CREATE ROLE scn_reader LOGIN;
		END IF; END\$\$" &&
	test_psql -d postgres -v pw="$SCN_READER_PASSWORD" <<-\EOF || return 1
	SET log_statement = 'none';
	ALTER ROLE scn_reader PASSWORD :'pw';
	EOF
	for spec in "$@"; do
		IFS=: read -r db from until per_day <<-EOF
		$spec
		EOF
		test_createdb "$db" &&
		test_psql -d "$db" -v from="$from" -v until="$until" -v per_day="$per_day" \
			-v reader=scn_reader -f "$SCN_SOURCE_SQL" >/dev/null || return 1
	done
}

# scn_state DIR: the entry file.
scn_state () {
	local dir=$1
	local query columns grants job
	query=${SCN_QUERY:-"SELECT f.id, f.logged_time, f.weight, l.name AS location, '{CLIENT}' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE 'UTC')::date = '{TARGET_DATE}'::date"}
	columns=${SCN_COLUMNS:-"{ id: integer, logged_time: timestamptz, weight: numeric, location: text, client: text }"}
	grants=${SCN_GRANTS:-"[ { role: phood_ro, privileges: [SELECT] } ]"}
	job=${SCN_MINUTE_JOB:-"{minute} * * * *"}
	mkdir -p "$dir/tenants" || return 1
	{
		cat <<-EOF
		pgform: 1
		include: [ "tenants/*.yaml" ]
		extensions:
		  dblink: {}
		EOF
		if [ "${SCN_CRON:-1}" != 0 ] && [ "${SCN_PG_CRON:-1}" != 0 ]; then
			echo "  pg_cron: {}"
		fi
		cat <<-\EOF
		roles:
		  whadmin: { login: true, password_env: WHADMIN_PASSWORD, comment: warehouse operations }
		  phood_ro: { login: true, password_env: PHOOD_RO_PASSWORD, comment: read-only BI access }
		  analyst: { login: true, password_env: ANALYST_PASSWORD }
		schemas:
		  _wh: { owner: whadmin }
		grants:
		  - { role: whadmin, privileges: [EXECUTE], on: "all functions in schema _wh" }
		functions:
		  - sql: |
		      CREATE OR REPLACE FUNCTION _wh.update_mv_by_template(template text, tenant text, target_schema text, target date)
		      RETURNS void LANGUAGE plpgsql AS $$
		      BEGIN RAISE NOTICE 'update % of % in % for %', template, tenant, target_schema, target; END $$;
		templates:
		  foodlogstats:
		    description: daily food log statistics
		EOF
		if [ -n "$SCN_CONSOLIDATE" ]; then
			echo "    consolidate: $SCN_CONSOLIDATE"
		fi
		echo "    remote_query: |"
		printf '%s\n' "$query" | sed 's/^/      /'
		cat <<-EOF
		    columns: $columns
		    indexes: [ "UNIQUE (id)" ]
		    union_view: foodlogstats
		    public_view: public.foodlogstats
		    grants: $grants
		EOF
		if [ -n "$SCN_TEMPLATES_EXTRA" ]; then
			printf '%s\n' "$SCN_TEMPLATES_EXTRA"
		fi
		if [ "${SCN_CRON:-1}" != 0 ]; then
			cat <<-EOF
			cron:
			  foodlogstats_update_{tenant}:
			    per_tenant: true
			    schedule: "$job"
			    command: SELECT _wh.update_mv_by_template('foodlogstats', '{tenant}', '{schema}', current_date)
			    username: whadmin
			  "{tenant}_2week_refresh":
			    per_tenant: true
			    schedule: "{minute} 8 * * *"
			    command: SELECT _wh.update_mv_by_template('foodlogstats', '{tenant}', '{schema}', current_date - 14)
			    username: whadmin
			EOF
			if [ -n "$SCN_CRON_EXTRA" ]; then
				printf '%s\n' "$SCN_CRON_EXTRA"
			fi
		fi
		if [ -n "$SCN_EXTRA" ]; then
			printf '%s\n' "$SCN_EXTRA"
		fi
	} >"$dir/pgform.yaml"
}

# scn_tenant DIR KEY DB FROM [UNTIL] [ENABLED]
scn_tenant () {
	local dir=$1 key=$2 db=$3 from=$4 until=$5 enabled=${6:-true} range
	local var
	var=TENANT_$(printf '%s' "${key#tenant_}" | tr a-z A-Z)_PASSWORD
	range="from: $from"
	[ -n "$until" ] && range="$range, until: $until"
	mkdir -p "$dir/tenants" &&
	cat >"$dir/tenants/$key.yaml" <<-EOF
	tenants:
	  $key:
	    client: Client $key
	    enabled: $enabled
	    connection:
	      host: 127.0.0.1
	      port: $PGPORT
	      dbname: $db
	      user: scn_reader
	      password_env: $var
	    templates:
	      foodlogstats: { $range }${SCN_TENANT_TEMPLATES:+
	      $SCN_TENANT_TEMPLATES}
	grants:
	  - { role: phood_ro, privileges: [USAGE], on: "schema $key" }
	EOF
}

scn_plan () {
	local dir=$1 db=$2 today=$3
	shift 3
	pgform plan -f "$dir/pgform.yaml" -d "dbname=$db" --today "$today" "$@"
}

scn_apply () {
	local dir=$1 db=$2 today=$3
	shift 3
	pgform apply -f "$dir/pgform.yaml" -d "dbname=$db" --today "$today" "$@"
}

# scn_temporaries DB: leftover temporaries of an apply.
scn_temporaries () {
	test_psql -d "$1" -c "SELECT n.nspname || '.' || c.relname FROM pg_class c
		JOIN pg_namespace n ON n.oid = c.relnamespace
		WHERE c.relname LIKE '%\_\_pgform\_new%' OR c.relname LIKE '%\_\_pgform\_old%'
		ORDER BY 1"
}

# check_rows DB SCHEMA:SRCDB:FROM:UNTIL...: the public view holds, per
# tenant and day, exactly the rows its source holds for that day, for the
# tenants and days given and nothing else; no temporaries are left.
# SCN_VIEW names another view (default public.foodlogstats), SCN_DAY_EXPR
# the day of a row there (default: logged_time's UTC date) and
# SCN_COUNT_EXPR the number of source rows a group of its rows stands for
# (default count(*)).
check_rows () {
	local db=$1 spec schema src from until view=${SCN_VIEW:-public.foodlogstats}
	local day=${SCN_DAY_EXPR:-"(logged_time AT TIME ZONE 'UTC')::date"} n=${SCN_COUNT_EXPR:-"count(*)"}
	local tmp=$TEST_TMP/rows.$BASHPID.$RANDOM
	shift
	[ $# -gt 0 ] || BUG "check_rows needs a tenant"
	: >"$tmp.expect"
	for spec in "$@"; do
		IFS=: read -r schema src from until <<-EOF
		$spec
		EOF
		test_psql -d "$src" -c "SELECT '$schema', d, count(*) FROM (
			SELECT (logged_time AT TIME ZONE 'UTC')::date AS d FROM phood_foodlogsum) s
			WHERE d BETWEEN '$from' AND '$until' GROUP BY 1, 2" >>"$tmp.expect" || return 1
	done
	sort "$tmp.expect" >"$tmp.expect.sorted"
	test_psql -d "$db" -c "SELECT schema_name, $day, $n
		FROM $view GROUP BY 1, 2" | sort >"$tmp.actual" || return 1
	if ! [ -s "$tmp.expect.sorted" ]; then
		echo "check_rows: the sources hold no rows for $*" >&4
		return 1
	fi
	if ! diff -u "$tmp.expect.sorted" "$tmp.actual" >"$tmp.diff"; then
		echo "check_rows: rows of $view per tenant and day differ from the sources (- sources, + view):" >&4
		grep '^[-+][^-+]' "$tmp.diff" | head -n 20 >&4
		return 1
	fi
	scn_temporaries "$db" >"$tmp.temps" || return 1
	if [ -s "$tmp.temps" ]; then
		echo "check_rows: temporaries left in $db:" >&4
		cat "$tmp.temps" >&4
		return 1
	fi
	rm -f "$tmp".*
}

# scn_plan_empty DIR DB TODAY [ARGS]: a follow-up plan has nothing to do.
scn_plan_empty () {
	local out=$TEST_TMP/planempty.$BASHPID.$RANDOM rc=0 last
	scn_plan "$@" --detailed-exitcode >"$out" || rc=$?
	last=$(tail -n 1 "$out")
	if [ -n "$SCN_LEFT_OUT" ]; then
		# only left-out objects matching the pattern, no step
		if ! { [ $rc = 0 ] && [ "$last" = "$NOCHANGE" ]; } &&
		   ! { [ $rc = 2 ] && echo "$last" | grep -E -x "Plan: 0 to create, 0 to rebuild, 0 to change, 0 to drop\. [0-9]+ left out\." >/dev/null; }; then
			echo "scn_plan_empty: plan exited $rc, expected nothing to do but what is left out:" >&4
			head -n 40 "$out" >&4
			rm -f "$out"
			return 1
		fi
		if sed '$d' "$out" | grep -v -E "^# left out: .*($SCN_LEFT_OUT)" | grep -v '^$' >"$out.other"; then
			echo "scn_plan_empty: expected only '# left out' lines matching '$SCN_LEFT_OUT', found:" >&4
			head -n 40 "$out.other" >&4
			rm -f "$out" "$out.other"
			return 1
		fi
		rm -f "$out" "$out.other"
		return 0
	fi
	if [ $rc != 0 ] || [ "$(cat "$out")" != "$NOCHANGE" ]; then
		echo "scn_plan_empty: plan exited $rc (2: changes pending) and did not say only '$NOCHANGE':" >&4
		head -n 40 "$out" >&4
		rm -f "$out"
		return 1
	fi
	rm -f "$out"
}

# scn_check DIR DB TODAY SPEC...: the invariants after a step.
scn_check () {
	local dir=$1 db=$2 today=$3
	shift 3
	check_rows "$db" "$@" &&
	scn_plan_empty "$dir" "$db" "$today"
}

# pg_cron's jobs (they live in the postgres database).
scn_jobs () {
	test_psql -d postgres -c "SELECT jobname, schedule, database, username, active
		FROM cron.job ORDER BY jobname"
}

scn_jobids () {
	test_psql -d postgres -c "SELECT jobname, jobid FROM cron.job ORDER BY jobname"
}

# scn_plan_steps FILE: id|action|kind|target of each step of a JSON plan.
scn_plan_steps () {
	/usr/bin/python3 -c '
import json, sys
p = json.load(open(sys.argv[1]))
for s in p["steps"]:
    print("%d|%s|%s|%s" % (s["id"], s["action"], s["kind"], s["target"]))
' "$1"
}

# scn_db_state DB: what a failed apply must leave as it was.
scn_db_state () {
	local db=$1
	test_pg_dump_schema -d "$db" &&
	test_psql -d "$db" -c "SELECT srvname, array_to_string(srvoptions, ',') FROM pg_foreign_server ORDER BY 1" &&
	test_psql -d "$db" -c "SELECT srvname, usename, array_to_string(umoptions, ',') FROM pg_user_mappings ORDER BY 1, 2" &&
	test_psql -d "$db" -c "SELECT rolname, rolcanlogin, md5(coalesce(rolpassword, '')) FROM pg_authid ORDER BY 1" &&
	test_psql -d "$db" -c "SELECT c.oid, c.oid::regclass, c.relkind FROM pg_class c
		JOIN pg_namespace n ON n.oid = c.relnamespace
		WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast', 'pgform')
		ORDER BY 1::text" &&
	test_psql -d postgres -c "SELECT jobid, jobname, schedule, command, database, username, active
		FROM cron.job ORDER BY jobid"
}

# scn_no_secret WORD FILE...
scn_no_secret () {
	local word=$1
	shift
	if grep -n -F -- "$word" "$@" >&4 2>&1; then
		echo "error: a password ($word) was found above" >&4
		return 1
	fi
	return 0
}

# scn_reader_start NAME DB QUERY: a reader in the background.
scn_reader_start () {
	local name=$1 db=$2 query=$3
	rm -f "$name.stop" "$name.out" "$name.err" "$name.pid"
	(
		i=0
		start=$SECONDS
		while [ ! -e "$name.stop" ] && [ $i -lt 1200 ] && [ $((SECONDS - start)) -lt 100 ]; do
			PGPASSWORD=$PHOOD_RO_PASSWORD "$TEST_PG_BIN/psql" -X -q -At -h 127.0.0.1 \
				-U phood_ro -d "$db" -c "$query" >>"$name.out" 2>>"$name.err"
			i=$((i + 1))
			sleep 0.05
		done
	) </dev/null >/dev/null 2>&1 3>&- 4>&- &
	echo $! >"$name.pid"
}

# scn_reader_stop NAME
scn_reader_stop () {
	local name=$1 pid
	[ -f "$name.pid" ] || return 0
	pid=$(cat "$name.pid")
	touch "$name.stop"
	wait "$pid" 2>/dev/null || :
	while test_pid_alive "$pid"; do sleep 0.05; done
	rm -f "$name.pid"
}

#!/bin/bash
test_description='pgform plan errors: connection, authentication, missing database, missing privileges, extension versions, pg_cron in another database, a template whose columns change under existing parts; each a one-line error, exit 1, nothing changed'
. "$(dirname "$0")/test-lib.sh"

test_start_pg

TODAY=2026-03-10
MINIMAL=$REPO/examples/minimal/pgform.yaml

# No password from a file the tests do not control.
PGPASSFILE=$TRASH/no-pgpass
export PGPASSFILE

# tcp_as ROLE DB: a conninfo for ROLE over TCP (scram password).
tcp_as () {
	echo "host=127.0.0.1 port=$PGPORT dbname=$2 user=$1"
}

test_expect_success 'setup: databases, a login role, the state of every cluster-wide object' '
	test_createdb wh &&
	test_login_role planner plannerpw &&
	for db in postgres wh; do
		test_db_state $db >state.$db || return 1
	done
'

# unchanged: the databases look as they did at setup.
unchanged () {
	for db in postgres wh; do
		test_db_state $db >state.$db.now &&
		test_cmp state.$db state.$db.now || return 1
	done
}

test_expect_success 'an unreachable server' '
	test_must_fail pgform plan -f "$MINIMAL" -d "host=127.0.0.1 port=1 connect_timeout=2" >out 2>err &&
	cat >expect <<-\EOF &&
	error: cannot connect to database '"'"'postgres'"'"': connection to server at "127.0.0.1", port 1 failed: Connection refused
	EOF
	test_cmp expect err &&
	test_line_count = 0 out
'

# The catalog is read while the state loads; what the read says waits
# for the load, and a state with errors is reported alone.
test_expect_success 'a state with errors and an unreachable server: the state'"'"'s errors alone' '
	printf "pgform: 1\nschemas:\n  - name: app\n    owner: [nobody\n" >broken.yaml &&
	test_must_fail pgform plan -f broken.yaml -d "host=127.0.0.1 port=1 connect_timeout=2" >out 2>err &&
	test_line_count = 0 out &&
	test_line_count = 1 err &&
	grep "^broken.yaml:[0-9]*:[0-9]*: error: " err &&
	! grep "cannot connect" err
'

test_expect_success 'what the read says comes after the load: the warning about a password in -d, then the connection error; with a broken state neither' '
	test_must_fail pgform plan -f "$MINIMAL" -d "host=127.0.0.1 port=1 connect_timeout=2 password=notsecret" >out 2>err &&
	test_line_count = 0 out &&
	cat >expect <<-\EOF &&
	warning: a password given in -d shows in the process list and in shell history; set PGPASSWORD or use a password file (~/.pgpass) instead
	error: cannot connect to database '"'"'postgres'"'"': connection to server at "127.0.0.1", port 1 failed: Connection refused
	EOF
	test_cmp expect err &&
	test_must_fail pgform plan -f broken.yaml -d "host=127.0.0.1 port=1 connect_timeout=2 password=notsecret" >out 2>err &&
	test_line_count = 1 err &&
	grep "^broken.yaml:[0-9]*:[0-9]*: error: " err
'

test_expect_success 'a wrong password' '
	PGPASSWORD=wrong test_must_fail pgform plan -f "$MINIMAL" -d "$(tcp_as planner postgres)" >out 2>err &&
	cat >expect <<-EOF &&
	error: cannot connect to database '"'"'postgres'"'"': connection to server at "127.0.0.1", port $PGPORT failed: password authentication failed for user "planner"
	EOF
	test_cmp expect err &&
	test_line_count = 0 out &&
	unchanged
'

test_expect_success 'no password at all' '
	test_must_fail pgform plan -f "$MINIMAL" -d "$(tcp_as planner postgres)" >out 2>err &&
	cat >expect <<-EOF &&
	error: cannot connect to database '"'"'postgres'"'"': connection to server at "127.0.0.1", port $PGPORT failed: fe_sendauth: no password supplied
	EOF
	test_cmp expect err &&
	test_line_count = 0 out
'

test_expect_success 'a password on the command line is not taken' '
	test_must_fail pgform plan -f "$MINIMAL" --password plannerpw -d "$(tcp_as planner postgres)" >out 2>err &&
	test_line_count = 0 out &&
	! grep -F plannerpw err
'

test_expect_success 'a database that does not exist' '
	test_must_fail pgform plan -f "$MINIMAL" -d dbname=nosuchdb >out 2>err &&
	cat >expect <<-EOF &&
	error: cannot connect to database '"'"'nosuchdb'"'"': connection to server on socket "$PGHOST/.s.PGSQL.$PGPORT" failed: database "nosuchdb" does not exist
	EOF
	test_cmp expect err &&
	test_line_count = 0 out &&
	unchanged
'

test_expect_success 'a role that is not a superuser can plan a state without pg_cron' '
	PGPASSWORD=plannerpw pgform plan -f "$MINIMAL" -d "$(tcp_as planner wh)" >out 2>err ||
	{ cat err; false; } &&
	cat >expect <<-\EOF &&
	+ schema app
	+ view app.hello

	Plan: 2 to create, 0 to rebuild, 0 to change, 0 to drop.
	EOF
	test_cmp expect out &&
	test_line_count = 0 err
'

test_expect_success 'setup: wh brought to the minimal state by pgform apply (schema pgform, not readable by planner)' '
	pgform apply -f "$MINIMAL" -d dbname=wh >apply.out 2>&1 &&
	pgform plan -f "$MINIMAL" -d dbname=wh >out &&
	echo "$NOCHANGE" >expect &&
	test_cmp expect out &&
	test_psql -d postgres -c "GRANT pg_read_all_settings TO planner" &&
	for db in postgres wh; do
		test_db_state $db >state.$db || return 1
	done
'

test_expect_success 'a role without USAGE on schema pgform cannot read the record' '
	PGPASSWORD=plannerpw test_must_fail pgform plan -f "$MINIMAL" -d "$(tcp_as planner wh)" >out 2>err &&
	cat >expect <<-\EOF &&
	error: cannot read pgform'"'"'s record (schema pgform): permission denied for schema pgform
	EOF
	test_cmp expect err &&
	test_line_count = 0 out &&
	unchanged
'

test_expect_success 'a role without SELECT on pgform.objects cannot read the record' '
	test_psql -d wh -c "GRANT USAGE ON SCHEMA pgform TO planner" &&
	test_db_state wh >state.wh &&
	PGPASSWORD=plannerpw test_must_fail pgform plan -f "$MINIMAL" -d "$(tcp_as planner wh)" >out 2>err &&
	cat >expect <<-\EOF &&
	error: cannot read pgform'"'"'s record (schema pgform): permission denied for table objects
	EOF
	test_cmp expect err &&
	test_line_count = 0 out &&
	unchanged
'

test_expect_success 'with SELECT on the record the role plans' '
	test_psql -d wh -c "GRANT SELECT ON ALL TABLES IN SCHEMA pgform TO planner" &&
	test_db_state wh >state.wh &&
	PGPASSWORD=plannerpw pgform plan -f "$MINIMAL" -d "$(tcp_as planner wh)" >out 2>err &&
	echo "$NOCHANGE" >expect &&
	test_cmp expect out &&
	unchanged
'

test_expect_success 'a role without CREATE on the database compares definitions in pg_temp' '
	test_psql -d wh -c "CREATE VIEW app.hello2 AS SELECT 1 AS one" &&
	sed "\$a\\
  app.hello2: { query: SELECT 2 AS one }" "$MINIMAL" >min2.yaml &&
	pgform plan -f min2.yaml -d dbname=wh >out &&
	cat >expect <<-\EOF &&
	~ replace view app.hello2 (query changed)

	Plan: 0 to create, 0 to rebuild, 1 to change, 0 to drop.
	EOF
	test_cmp expect out &&
	test_db_state wh >state.wh &&
	PGPASSWORD=plannerpw pgform plan -f min2.yaml -d "$(tcp_as planner wh)" >out.planner 2>err &&
	test_cmp expect out.planner &&
	echo "planned for role postgres, which ran the last apply (--as-role ROLE plans for another)" >expect &&
	test_cmp expect err &&
	unchanged
'

test_expect_success 'a role that may not create temporary objects cannot compare definitions, and is told what it needs' '
	test_psql -d wh -c "REVOKE TEMPORARY ON DATABASE wh FROM PUBLIC" &&
	test_when_finished "test_psql -d wh -c \"GRANT TEMPORARY ON DATABASE wh TO PUBLIC\"" &&
	test_db_state wh >state.wh &&
	PGPASSWORD=plannerpw test_must_fail pgform plan -f min2.yaml -d "$(tcp_as planner wh)" >out 2>err &&
	cat >expect <<-\EOF &&
	planned for role postgres, which ran the last apply (--as-role ROLE plans for another)
	error: cannot compare definitions: the role may not create temporary objects in this database; plan creates the desired objects as temporary objects inside a transaction it rolls back, so it needs TEMPORARY on the database (GRANT TEMPORARY ON DATABASE ... TO the role that plans), or plan as the role that applies
	EOF
	test_cmp expect err &&
	test_line_count = 0 out &&
	unchanged
'

test_expect_success 'a grant on a schema that is neither in the state nor in the database: an error naming what was meant, nothing revoked' '
	cat >typo.yaml <<-\EOF &&
	pgform: 1
	roles:
	  reader: {}
	schemas:
	  app: {}
	grants:
	  - { role: reader, privileges: [USAGE], on: schema appp }
	EOF
	test_must_fail pgform plan -f typo.yaml -d dbname=wh >out 2>err &&
	test_line_count = 0 out &&
	echo "error: grant '"'"'USAGE on schema appp to reader'"'"': schema '"'"'appp'"'"' is neither in the state nor in the database; did you mean '"'"'app'"'"'?" >expect &&
	test_cmp expect err &&
	unchanged
'

test_expect_success 'an extension version that is not available' '
	printf "%s\n" "pgform: 1" "extensions:" "  dblink: { version: \"9.9\" }" >ext.yaml &&
	test_must_fail pgform plan -f ext.yaml -d dbname=wh >out 2>err &&
	cat >expect <<-\EOF &&
	error: extension '"'"'dblink'"'"' version '"'"'9.9'"'"' is not available on the server (available: 1.2)
	EOF
	test_cmp expect err &&
	test_line_count = 0 out &&
	unchanged
'

test_expect_success 'a non-relocatable extension moved to another schema: an error at plan time, nothing changed' '
	printf "%s\n" "pgform: 1" "schemas: { app: {} }" "extensions:" "  plpgsql: { schema: app }" >reloc.yaml &&
	test_db_state wh >state.wh &&
	test_must_fail pgform plan -f reloc.yaml -d dbname=wh >out 2>err &&
	echo "error: extension '\''plpgsql'\'' cannot move from schema '\''pg_catalog'\'' to '\''app'\'': it is not relocatable (ALTER EXTENSION ... SET SCHEMA refuses it); declare schema '\''pg_catalog'\'', or drop the extension and create it in '\''app'\'' by hand (with what depends on it)" >expect &&
	test_cmp expect err &&
	test_line_count = 0 out &&
	unchanged
'

test_expect_success 'a function or view the plan drops that something pgform does not manage depends on: the plan stops, naming it' '
	test_createdb deps &&
	cat >deps.yaml <<-\EOF &&
	pgform: 1
	schemas: { app: {} }
	functions:
	  - sql: "CREATE FUNCTION app.f(a integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$SELECT a$$"
	views:
	  app.v: { query: SELECT 1 AS one }
	EOF
	test_apply deps.yaml deps $TODAY >/dev/null 2>&1 &&
	test_psql -d deps -c "CREATE TABLE public.t (x integer DEFAULT app.f(1)); CREATE VIEW public.w AS SELECT * FROM app.v; CREATE VIEW public.w2 AS SELECT * FROM app.v" &&
	sed -e "/^functions:/d" -e "/CREATE FUNCTION/d" deps.yaml >deps2.yaml &&
	! cmp -s deps.yaml deps2.yaml &&
	test_db_state deps >state.deps &&
	test_must_fail pgform plan -f deps2.yaml -d dbname=deps --today $TODAY >out 2>err &&
	echo "error: function app.f(integer) is dropped (no longer in the desired state), but what pgform does not manage depends on it: default value for column x of table public.t; change or drop that first (pgform never drops with CASCADE)" >expect &&
	test_cmp expect err &&
	test_line_count = 0 out &&
	sed -e "/app.v:/d" -e "/^views:/d" deps.yaml >deps3.yaml &&
	test_must_fail pgform plan -f deps3.yaml -d dbname=deps --today $TODAY >out 2>err &&
	echo "error: view app.v is dropped (no longer in the desired state), but what pgform does not manage depends on it: view public.w; view public.w2; change or drop that first (pgform never drops with CASCADE)" >expect &&
	test_cmp expect err &&
	test_line_count = 0 out &&
	test_db_state deps >state.deps.now &&
	test_cmp state.deps state.deps.now
'

test_expect_success 'an extension that is not installed' '
	printf "%s\n" "pgform: 1" "extensions:" "  no_such_ext: {}" >ext2.yaml &&
	test_must_fail pgform plan -f ext2.yaml -d dbname=wh >out 2>err &&
	cat >expect <<-\EOF &&
	error: extension '"'"'no_such_ext'"'"' is not installed on the server (no no_such_ext.control); install its package first
	EOF
	test_cmp expect err &&
	test_line_count = 0 out &&
	unchanged
'

test_expect_success 'pg_cron declared while planning a database other than cron.database_name' '
	printf "%s\n" "pgform: 1" "extensions:" "  pg_cron: {}" >cron.yaml &&
	test_must_fail pgform plan -f cron.yaml -d dbname=wh >out 2>err &&
	cat >expect <<-\EOF &&
	error: extension '"'"'pg_cron'"'"' can only be created in database '"'"'postgres'"'"' (cron.database_name), not in '"'"'wh'"'"'
	EOF
	test_cmp expect err &&
	test_line_count = 0 out &&
	unchanged
'

test_expect_success 'a cron job where pg_cron is not: left out, and the plan does not claim the database matches' '
	test_createdb plain &&
	printf "%s\n" "pgform: 1" "cron:" "  j: { schedule: \"0 1 * * *\", command: SELECT 1 }" >job.yaml &&
	pgform plan -f job.yaml -d dbname=plain >out 2>err &&
	test_line_count = 0 err &&
	grep -Fx "# left out: cron job j: pg_cron is not in database '"'"'plain'"'"' (cron.database_name is '"'"'postgres'"'"')" out &&
	! grep -F "The database matches the desired state" out
'

test_expect_success 'a view in the way of a materialized view is left out with the reason' '
	test_psql -d plain -c "CREATE SCHEMA app; CREATE VIEW app.hello AS SELECT 1 AS one" &&
	test_db_state plain >state.plain &&
	printf "%s\n" "pgform: 1" "schemas: { app: {} }" "materialized_views:" "  app.hello: { query: SELECT 1 AS one }" >kind.yaml &&
	pgform plan -f kind.yaml -d dbname=plain >out &&
	grep -Fx "# left out: materialized view app.hello: a view of that name is in the way; drop it by hand or rename it" out &&
	test_db_state plain >state.plain.now &&
	test_cmp state.plain state.plain.now
'

test_expect_success 'setup: tenant sources; the small warehouse built in wh2 by its sql script' '
	wh_sources --ten-a-day &&
	wh_state state.yaml &&
	test_createdb wh2 &&
	test_run_plan_sql wh2 -f state.yaml --today $TODAY &&
	test_plan state.yaml wh2 $TODAY >out &&
	echo "$NOCHANGE" >expect &&
	test_cmp expect out &&
	test_db_state wh2 >state.wh2 &&
	sed -e "s/columns: { id: integer, day: date, amount: numeric }/columns: { id: integer, day: date, amount: numeric, note: text }/" \
	    -e "s/remote_query: SELECT id, at, amount FROM/remote_query: SELECT id, at, amount, '"'"'n'"'"' FROM/" \
		state.yaml >cols.yaml &&
	! cmp -s state.yaml cols.yaml
'

test_expect_success 'a template whose columns no longer match its parts: every part rebuilt, each object once' '
	test_plan cols.yaml wh2 $TODAY >out 2>err &&
	test_line_count = 0 err &&
	grep "^± rebuild materialized view tenant_[ab].events_2026_03_0[123] (query and columns changed)\$" out >parts &&
	test_line_count = 6 parts &&
	test_plan cols.yaml wh2 $TODAY --format json >cols.json &&
	/usr/bin/python3 - cols.json <<-\PY
	import collections, json, sys
	steps = json.load(open(sys.argv[1]))["steps"]
	n = collections.Counter((s["kind"], s["target"]) for s in steps)
	dup = [k for k, v in n.items() if v > 1]
	assert not dup, "objects with more than one step: %s" % dup
	want = {"tenant_a.events", "tenant_b.events", "public.events", "rpt.by_tenant", "rpt.daily", "rpt.daily_doubled"}
	got = {s["target"] for s in steps if s["action"] == "recreate"}
	assert want <= got, "not recreated: %s" % (want - got)
	PY
'

test_expect_success 'a template whose columns no longer match its parts: the script runs, then the plan is empty' '
	test_createdb -T wh2 wh3 &&
	test_run_plan_sql wh3 -f cols.yaml --today $TODAY &&
	test_plan cols.yaml wh3 $TODAY >out &&
	echo "$NOCHANGE" >expect &&
	test_cmp expect out &&
	test_psql -d wh3 -c "SELECT count(*) FROM public.events WHERE note = '"'"'n'"'"'" >n &&
	echo 60 >expect &&
	test_cmp expect n &&
	test_psql -d wh3 -c "SELECT indexdef FROM pg_indexes WHERE schemaname = '"'"'rpt'"'"'" >idx &&
	echo "CREATE UNIQUE INDEX by_tenant_idx1 ON rpt.by_tenant USING btree (schema_name)" >expect &&
	test_cmp expect idx
'

test_expect_success 'planning wh2 changed nothing' '
	test_db_state wh2 >state.wh2.now &&
	test_cmp state.wh2 state.wh2.now
'

test_expect_success 'a role that is not a superuser sees only its own pg_cron jobs: a job of another role is left out, not created again' '
	test_psql -d postgres -c "CREATE EXTENSION IF NOT EXISTS pg_cron" &&
	test_psql -d postgres -c "CREATE ROLE jobowner LOGIN" &&
	test_psql -d postgres -c "SELECT cron.schedule_in_database('\''nightly'\'', '\''0 1 * * *'\'', '\''SELECT 1'\'', '\''postgres'\'', '\''jobowner'\'')" >/dev/null &&
	test_psql -d postgres -c "GRANT USAGE ON SCHEMA cron TO planner" &&
	printf "%s\n" "pgform: 1" "extensions:" "  pg_cron: {}" "roles:" "  jobowner: { managed: false }" "cron:" \
		"  nightly: { schedule: \"0 1 * * *\", command: SELECT 1, username: jobowner }" >cronjob.yaml &&
	pgform plan -f cronjob.yaml -d dbname=postgres >out 2>err &&
	echo "$NOCHANGE" >expect &&
	test_cmp expect out &&
	PGPASSWORD=plannerpw pgform plan -f cronjob.yaml -d "$(tcp_as planner postgres)" >out 2>err &&
	cat >expect <<-\EOF &&
	# left out: cron job nightly: it runs as '\''jobowner'\'', and pg_cron shows '\''planner'\'' only its own jobs; plan as a superuser

	Plan: 0 to create, 0 to rebuild, 0 to change, 0 to drop. 1 left out.
	EOF
	test_cmp expect out
'

test_expect_success 'a reviewer role plans for the role of the last apply: its user mappings are not dropped and made again, their hidden options left out' '
	test_createdb wh4 &&
	test_apply state.yaml wh4 $TODAY >/dev/null 2>&1 &&
	test_psql -d wh4 -c "GRANT USAGE ON SCHEMA pgform TO planner; GRANT SELECT ON ALL TABLES IN SCHEMA pgform TO planner" &&
	PGPASSWORD=plannerpw pgform plan -f state.yaml -d "$(tcp_as planner wh4)" --today $TODAY >out 2>err &&
	cat >expect <<-\EOF &&
	# left out: user mapping pgform_tenant_a for CURRENT_USER: its options are shown only to role '\''postgres'\'' and the owner of server '\''pgform_tenant_a'\''; plan as one of them to compare them
	# left out: user mapping pgform_tenant_b for CURRENT_USER: its options are shown only to role '\''postgres'\'' and the owner of server '\''pgform_tenant_b'\''; plan as one of them to compare them

	Plan: 0 to create, 0 to rebuild, 0 to change, 0 to drop. 2 left out.
	EOF
	test_cmp expect out &&
	echo "planned for role postgres, which ran the last apply (--as-role ROLE plans for another)" >expect &&
	test_cmp expect err &&
	PGPASSWORD=plannerpw pgform plan -f state.yaml -d "$(tcp_as planner wh4)" --today $TODAY --as-role planner >out 2>err &&
	grep "user mapping" out | sort >maps &&
	cat >expect <<-\EOF &&
	+ user mapping pgform_tenant_a for CURRENT_USER
	+ user mapping pgform_tenant_b for CURRENT_USER
	- user mapping pgform_tenant_a for postgres (no longer in the desired state)
	- user mapping pgform_tenant_b for postgres (no longer in the desired state)
	EOF
	test_cmp expect maps
'

test_expect_success 'a saved plan made for another role is refused, naming both roles' '
	PGPASSWORD=plannerpw pgform plan -f state.yaml -d "$(tcp_as planner wh4)" --today $TODAY --as-role planner -o forplanner.json >/dev/null 2>&1 &&
	test_db_state wh4 >state.wh4 &&
	test_must_fail pgform apply forplanner.json -d dbname=wh4 >out 2>err &&
	echo "error: plan '\''forplanner.json'\'' was made for role planner to apply (its owners and user mappings are that role'\''s), not postgres: connect as planner, or plan again with --as-role postgres" >expect &&
	test_cmp expect err &&
	test_line_count = 0 out &&
	test_db_state wh4 >state.wh4.now &&
	test_cmp state.wh4 state.wh4.now
'

test_expect_success 'an --as-role naming no role is an error' '
	test_must_fail pgform plan -f state.yaml -d dbname=wh4 --today $TODAY --as-role nobody >out 2>err &&
	echo "error: --as-role: role \"nobody\" does not exist" >expect &&
	test_cmp expect err
'

test_done

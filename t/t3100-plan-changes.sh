#!/bin/bash
test_description='pgform plan after the state changed: replace, recreate with dependents, rebuild by swap, template rebuild, grants, owner, comment, tenant range, tenant removal, cron schedule, --replace, --target'
. "$(dirname "$0")/test-lib.sh"

test_start_pg

EXPECT=$REPO/t/expect/t3100
TODAY=2026-03-10

# edit NEW SED-SCRIPT: a copy of state.yaml changed by SED-SCRIPT, which
# must change something.
edit () {
	sed "$2" state.yaml >"$1" &&
	! cmp -s state.yaml "$1"
}

# copy_of NAME: a new database NAME holding what base holds.
copy_of () {
	test_createdb -T base "$1"
}

# The SQL script of a plan runs with psql in a copy of base, after which
# the same state plans empty.  check_runs DB STATE [plan args...]
check_runs () {
	local db=$1 state=$2
	shift 2
	copy_of "$db" &&
	test_run_plan_sql "$db" -f "$state" --today $TODAY "$@" &&
	test_plan "$state" "$db" $TODAY "$@" >"$db.after" &&
	echo "$NOCHANGE" >"$db.expect" &&
	test_cmp "$db.expect" "$db.after"
}

test_expect_success 'setup: sources, state, base database brought to the state' '
	wh_sources --ten-a-day &&
	wh_state state.yaml &&
	test_createdb base &&
	test_plan state.yaml base $TODAY --format json >base-plan.json &&
	test_run_plan_sql base -f state.yaml --today $TODAY &&
	test_plan state.yaml base $TODAY >out &&
	echo "$NOCHANGE" >expect &&
	test_cmp expect out &&
	test_db_state base >base.state
'

test_expect_success 'a view query changed compatibly: replace in place' '
	edit view-query.yaml "s/FROM public.events GROUP BY 1, 2/FROM public.events WHERE amount > 0 GROUP BY 1, 2/" &&
	test_plan view-query.yaml base $TODAY >out &&
	cat >expect <<-\EOF &&
	~ replace view rpt.daily (query changed)

	Plan: 0 to create, 0 to rebuild, 1 to change, 0 to drop.
	EOF
	test_cmp expect out &&
	test_plan view-query.yaml base $TODAY -v >out &&
	cat >expect <<-\EOF &&
	~ replace view rpt.daily (query changed)
	    CREATE OR REPLACE VIEW rpt.daily AS
	    SELECT schema_name, day, sum(amount) AS total FROM public.events WHERE amount > 0 GROUP BY 1, 2;

	Plan: 0 to create, 0 to rebuild, 1 to change, 0 to drop.
	EOF
	test_cmp expect out &&
	check_runs c_view_query view-query.yaml
'

test_expect_success 'a view whose columns change incompatibly is recreated with its dependents' '
	edit view-cols.yaml "s/query: SELECT schema_name, day, sum(amount) AS total/query: SELECT day, schema_name, sum(amount) AS total/" &&
	test_plan view-cols.yaml base $TODAY >out &&
	cat >expect <<-\EOF &&
	! long exclusive lock: ± recreate view rpt.daily
	! irreversible: ± recreate view rpt.daily
	! long exclusive lock: ± recreate view rpt.daily_doubled

	± recreate view rpt.daily (query and columns changed)
	± recreate view rpt.daily_doubled (reads a relation whose columns change)

	Plan: 0 to create, 2 to rebuild, 0 to change, 0 to drop.
	EOF
	test_cmp expect out &&
	test_plan view-cols.yaml base $TODAY --format json >view-cols.json &&
	/usr/bin/python3 -c "
import json
s = json.load(open(\"view-cols.json\"))[\"steps\"]
assert [x[\"action\"] for x in s] == [\"recreate\", \"recreate\"], s
assert s[0][\"group\"] != 0 and s[0][\"group\"] == s[1][\"group\"], s
assert s[1][\"depends_on\"] == [1], s
"
'

test_expect_success 'the recreate script runs: dependents are dropped before what they read' '
	check_runs c_view_cols view-cols.yaml
'

test_expect_success 'a materialized view query changed: rebuilt under a temporary name and swapped' '
	edit mv-query.yaml "s/count(\*) AS n FROM public.events GROUP BY schema_name/count(*) AS n FROM public.events WHERE amount > 2 GROUP BY schema_name/" &&
	test_plan mv-query.yaml base $TODAY >out &&
	cat >expect <<-\EOF &&
	! rebuilds 2 rows: ± rebuild materialized view rpt.by_tenant (8.0 kB)

	± rebuild materialized view rpt.by_tenant (query changed)

	Plan: 0 to create, 1 to rebuild, 0 to change, 0 to drop.
	EOF
	test_cmp expect out &&
	test_plan mv-query.yaml base $TODAY -v >out &&
	cat >expect <<-\EOF &&
	! rebuilds 2 rows: ± rebuild materialized view rpt.by_tenant (8.0 kB)

	± rebuild materialized view rpt.by_tenant (query changed)
	    CREATE MATERIALIZED VIEW rpt.by_tenant__pgform_new AS
	    SELECT schema_name, count(*) AS n FROM public.events WHERE amount > 2 GROUP BY schema_name;
	    CREATE UNIQUE INDEX by_tenant__pgform_new_idx1 ON rpt.by_tenant__pgform_new (schema_name);
	    GRANT SELECT ON TABLE rpt.by_tenant__pgform_new TO wh_reader;
	    -- pgform:swap
	    ALTER MATERIALIZED VIEW rpt.by_tenant RENAME TO by_tenant__pgform_old;
	    ALTER INDEX rpt.by_tenant_idx1 RENAME TO by_tenant_idx1__pgform_old;
	    ALTER MATERIALIZED VIEW rpt.by_tenant__pgform_new RENAME TO by_tenant;
	    ALTER INDEX rpt.by_tenant__pgform_new_idx1 RENAME TO by_tenant_idx1;
	    -- pgform:cleanup
	    DROP MATERIALIZED VIEW rpt.by_tenant__pgform_old;

	Plan: 0 to create, 1 to rebuild, 0 to change, 0 to drop.
	EOF
	test_cmp expect out &&
	check_runs c_mv_query mv-query.yaml &&
	test_psql -d c_mv_query -c "SELECT schema_name, n FROM rpt.by_tenant ORDER BY 1" >rows &&
	printf "%s\n" "tenant_a|29" "tenant_b|29" >expect &&
	test_cmp expect rows
'

test_expect_success 'a template query changed: every part is rebuilt' '
	edit tmpl-query.yaml "s/remote_query: SELECT id, at, amount FROM events/remote_query: SELECT id, at, round(amount, 1) FROM events/" &&
	test_plan tmpl-query.yaml base $TODAY >out &&
	cat >expect <<-\EOF &&
	! rebuilds 10 rows: ± rebuild materialized view tenant_a.events_2026_03_01 (8.0 kB)
	! rebuilds 10 rows: ± rebuild materialized view tenant_a.events_2026_03_02 (8.0 kB)
	! rebuilds 10 rows: ± rebuild materialized view tenant_a.events_2026_03_03 (8.0 kB)
	! rebuilds 10 rows: ± rebuild materialized view tenant_b.events_2026_03_01 (8.0 kB)
	! rebuilds 10 rows: ± rebuild materialized view tenant_b.events_2026_03_02 (8.0 kB)
	! rebuilds 10 rows: ± rebuild materialized view tenant_b.events_2026_03_03 (8.0 kB)

	± rebuild materialized view tenant_a.events_2026_03_01 (query changed)
	± rebuild materialized view tenant_a.events_2026_03_02 (query changed)
	± rebuild materialized view tenant_a.events_2026_03_03 (query changed)
	± rebuild materialized view tenant_b.events_2026_03_01 (query changed)
	± rebuild materialized view tenant_b.events_2026_03_02 (query changed)
	± rebuild materialized view tenant_b.events_2026_03_03 (query changed)

	Plan: 0 to create, 6 to rebuild, 0 to change, 0 to drop.
	EOF
	test_cmp expect out &&
	check_runs c_tmpl_query tmpl-query.yaml
'

test_expect_success 'a grant added and one removed: GRANT and REVOKE in place' '
	edit grants.yaml "s/^  - { role: wh_reader, privileges: \[EXECUTE\].*\$/  - { role: wh_admin, privileges: [SELECT, INSERT], on: \"table rpt.daily\" }/" &&
	test_plan grants.yaml base $TODAY -v >out &&
	cat >expect <<-\EOF &&
	! revokes EXECUTE from wh_reader: ~ function core.double_it(numeric)

	~ function core.double_it(numeric) (privileges)
	    REVOKE EXECUTE ON FUNCTION core.double_it(numeric) FROM wh_reader;
	~ view rpt.daily (owner, privileges or comment)
	    GRANT SELECT, INSERT ON TABLE rpt.daily TO wh_admin;

	Plan: 0 to create, 0 to rebuild, 2 to change, 0 to drop.
	EOF
	test_cmp expect out &&
	check_runs c_grants grants.yaml
'

test_expect_success 'a grant made by hand on a managed object is revoked' '
	copy_of c_hand_grant &&
	test_psql -d c_hand_grant -c "GRANT DELETE ON rpt.by_tenant TO wh_admin" &&
	test_plan state.yaml c_hand_grant $TODAY -v >out &&
	cat >expect <<-\EOF &&
	! revokes DELETE from wh_admin: ~ materialized view rpt.by_tenant

	~ materialized view rpt.by_tenant (owner, privileges or comment)
	    REVOKE DELETE ON TABLE rpt.by_tenant FROM wh_admin;

	Plan: 0 to create, 0 to rebuild, 1 to change, 0 to drop.
	EOF
	test_cmp expect out
'

test_expect_success 'an owner change: ALTER ... OWNER TO' '
	edit owner.yaml "/^  rpt.daily:\$/a\\
    owner: wh_admin" &&
	test_plan owner.yaml base $TODAY >out &&
	cat >expect <<-\EOF &&
	~ view rpt.daily (owner, privileges or comment)

	Plan: 0 to create, 0 to rebuild, 1 to change, 0 to drop.
	EOF
	test_cmp expect out &&
	test_plan owner.yaml base $TODAY -v >out.v &&
	grep -Fx "    ALTER VIEW rpt.daily OWNER TO wh_admin;" out.v &&
	check_runs c_owner owner.yaml &&
	test_psql -d c_owner -c "SELECT relowner::regrole, relacl FROM pg_class WHERE oid = '"'"'rpt.daily'"'"'::regclass" >acl &&
	echo "wh_admin|{wh_admin=arwdDxt/wh_admin,wh_reader=r/wh_admin}" >expect &&
	test_cmp expect acl
'

test_expect_success 'an owner change prints no REVOKE from the old owner (ALTER OWNER moves its privileges)' '
	test_plan owner.yaml base $TODAY -v >out &&
	cat >expect <<-\EOF &&
	~ view rpt.daily (owner, privileges or comment)
	    ALTER VIEW rpt.daily OWNER TO wh_admin;

	Plan: 0 to create, 0 to rebuild, 1 to change, 0 to drop.
	EOF
	test_cmp expect out
'

test_expect_success 'a comment change: COMMENT ON in place' '
	edit comment.yaml "s/comment: totals doubled/comment: totals times two/; s/comment: core objects/comment: core functions/" &&
	test_plan comment.yaml base $TODAY -v >out &&
	cat >expect <<-\EOF &&
	~ schema core (owner, privileges or comment)
	    COMMENT ON SCHEMA core IS '"'"'core functions'"'"';
	~ view rpt.daily_doubled (owner, privileges or comment)
	    COMMENT ON VIEW rpt.daily_doubled IS '"'"'totals times two'"'"';

	Plan: 0 to create, 0 to rebuild, 2 to change, 0 to drop.
	EOF
	test_cmp expect out &&
	check_runs c_comment comment.yaml
'

test_expect_success 'a tenant range extended by 2 days: 2 parts and the union view (plan)' '
	edit range.yaml "/^  tenant_b:/,\$ s/until: 2026-03-03/until: 2026-03-05/" &&
	test_plan range.yaml base $TODAY >out &&
	cat >expect <<-\EOF &&
	+ materialized view tenant_b.events_2026_03_04
	+ materialized view tenant_b.events_2026_03_05
	~ replace view tenant_b.events (parts added or removed)

	Plan: 2 to create, 0 to rebuild, 1 to change, 0 to drop.
	EOF
	test_cmp expect out
'

test_expect_success 'a tenant range extended by 2 days: the script runs' '
	test_plan range.yaml base $TODAY -v >out &&
	grep -Fx "    UNION ALL" out >unions &&
	test_line_count = 4 unions &&
	check_runs c_range range.yaml &&
	test_psql -d c_range -c "SELECT count(*) FROM public.events" >n &&
	echo 60 >expect &&
	test_cmp expect n
'

test_expect_success 'setup: database rec brought to the state by pgform apply, which records what it manages' '
	test_createdb rec &&
	test_apply state.yaml rec $TODAY >apply.out 2>&1 &&
	test_plan state.yaml rec $TODAY >out &&
	echo "$NOCHANGE" >expect &&
	test_cmp expect out &&
	sed "/^  tenant_b:/,\$d" state.yaml >no-b.yaml &&
	! grep tenant_b no-b.yaml
'

test_expect_success 'with the record: a tenant range extended by 2 days' '
	test_plan range.yaml rec $TODAY >out &&
	cat >expect <<-\EOF &&
	+ materialized view tenant_b.events_2026_03_04
	+ materialized view tenant_b.events_2026_03_05
	~ replace view tenant_b.events (parts added or removed)

	Plan: 2 to create, 0 to rebuild, 1 to change, 0 to drop.
	EOF
	test_cmp expect out
'

test_expect_success 'a tenant removed, no --allow-destroy: its schema is left out, the public view replaced' '
	test_plan no-b.yaml rec $TODAY >out &&
	cat >expect <<-\EOF &&
	# left out: schema tenant_b: no longer in the desired state; dropping it destroys data: run with --allow-destroy

	~ replace view public.events (tenants added or removed)

	Plan: 0 to create, 0 to rebuild, 1 to change, 0 to drop. 1 left out.
	EOF
	test_cmp expect out
'

test_expect_success 'a tenant removed, --allow-destroy: the schema is dropped after the public view is replaced' '
	test_plan no-b.yaml rec $TODAY --allow-destroy >out &&
	cat >expect <<-\EOF &&
	! drops data: - schema tenant_b
	! irreversible: - schema tenant_b
	! irreversible: - server pgform_tenant_b

	~ replace view public.events (tenants added or removed)
	- schema tenant_b (no longer in the desired state)
	- server pgform_tenant_b (no longer in the desired state)

	Plan: 0 to create, 0 to rebuild, 1 to change, 2 to drop.
	EOF
	test_cmp expect out &&
	test_plan no-b.yaml rec $TODAY --allow-destroy --format json >drop.json &&
	/usr/bin/python3 -c "
import json
s = {x[\"target\"]: x for x in json.load(open(\"drop.json\"))[\"steps\"]}
assert s[\"public.events\"][\"id\"] in s[\"tenant_b\"][\"depends_on\"], s[\"tenant_b\"]
assert \"DROP SCHEMA tenant_b\" in s[\"tenant_b\"][\"swap\"], s[\"tenant_b\"][\"swap\"]
assert \"drops_data\" in s[\"tenant_b\"][\"hazards\"]
assert s[\"tenant_b\"][\"id\"] in s[\"pgform_tenant_b\"][\"depends_on\"]
" &&
	test_createdb -T rec c_drop &&
	test_apply no-b.yaml c_drop $TODAY --allow-destroy >apply.out 2>&1 &&
	test_plan no-b.yaml c_drop $TODAY --allow-destroy >after &&
	echo "$NOCHANGE" >expect &&
	test_cmp expect after &&
	test_psql -d c_drop -c "SELECT count(*) FROM pg_namespace WHERE nspname = '"'"'tenant_b'"'"'" >n &&
	echo 0 >expect &&
	test_cmp expect n
'

test_expect_success 'with the record: after the sql script removed the tenant, the plan is empty' '
	test_createdb -T rec c_drop_sql &&
	test_run_plan_sql c_drop_sql -f no-b.yaml --today $TODAY --allow-destroy &&
	test_plan no-b.yaml c_drop_sql $TODAY --allow-destroy >after &&
	echo "$NOCHANGE" >expect &&
	test_cmp expect after
'

test_expect_success 'without the record (base: built by the sql script) a removed tenant is not pgform'"'"'s to drop' '
	test_plan no-b.yaml base $TODAY --allow-destroy >out &&
	cat >expect <<-\EOF &&
	~ replace view public.events (tenants added or removed)

	Plan: 0 to create, 0 to rebuild, 1 to change, 0 to drop.
	EOF
	test_cmp expect out
'

test_expect_success '--replace forces the rebuild of exactly that part' '
	test_plan state.yaml base $TODAY --replace tenant_a.events_2026_03_02 >out &&
	cat >expect <<-\EOF &&
	! rebuilds 10 rows: ± rebuild materialized view tenant_a.events_2026_03_02 (8.0 kB)

	± rebuild materialized view tenant_a.events_2026_03_02 (--replace)

	Plan: 0 to create, 1 to rebuild, 0 to change, 0 to drop.
	EOF
	test_cmp expect out &&
	copy_of c_replace &&
	test_psql -d c_replace -c "SELECT '"'"'tenant_a.events_2026_03_02'"'"'::regclass::oid" >oid.before &&
	test_run_plan_sql c_replace -f state.yaml --today $TODAY --replace tenant_a.events_2026_03_02 &&
	test_psql -d c_replace -c "SELECT '"'"'tenant_a.events_2026_03_02'"'"'::regclass::oid" >oid.after &&
	! test_cmp oid.before oid.after &&
	test_plan state.yaml c_replace $TODAY >after &&
	echo "$NOCHANGE" >expect &&
	test_cmp expect after
'

test_expect_success '--replace of something that is not a desired table or materialized view: an error, with what was meant' '
	test_must_fail test_plan state.yaml base $TODAY --replace tenant_a.events >out 2>err &&
	echo "error: --replace '"'"'tenant_a.events'"'"': a view is replaced in place, not rebuilt; name a table or materialized view" >expect &&
	test_cmp expect err &&
	test_line_count = 0 out &&
	test_must_fail test_plan state.yaml base $TODAY --replace tenant_a.events_2026_02_28 2>err &&
	echo "error: --replace '"'"'tenant_a.events_2026_02_28'"'"': not a desired table or materialized view; did you mean '"'"'tenant_a.events_2026_03_01'"'"'?" >expect &&
	test_cmp expect err &&
	test_must_fail test_plan state.yaml base $TODAY --replace "tenant_x.*" 2>err &&
	echo "error: --replace '"'"'tenant_x.*'"'"': not a desired table or materialized view" >expect &&
	test_cmp expect err
'

test_expect_success '--replace takes globs: every matching part is rebuilt' '
	test_plan state.yaml base $TODAY --replace "tenant_a.events_2026_03_0[12]" >out &&
	grep "^± " out >lines &&
	cat >expect <<-\EOF &&
	± rebuild materialized view tenant_a.events_2026_03_01 (--replace)
	± rebuild materialized view tenant_a.events_2026_03_02 (--replace)
	EOF
	test_cmp expect lines
'

test_expect_success '--target limits the plan to matching objects' '
	test_plan tmpl-query.yaml base $TODAY --target "tenant_b.*" >out &&
	cat >expect <<-\EOF &&
	! rebuilds 10 rows: ± rebuild materialized view tenant_b.events_2026_03_01 (8.0 kB)
	! rebuilds 10 rows: ± rebuild materialized view tenant_b.events_2026_03_02 (8.0 kB)
	! rebuilds 10 rows: ± rebuild materialized view tenant_b.events_2026_03_03 (8.0 kB)

	± rebuild materialized view tenant_b.events_2026_03_01 (query changed)
	± rebuild materialized view tenant_b.events_2026_03_02 (query changed)
	± rebuild materialized view tenant_b.events_2026_03_03 (query changed)

	Plan: 0 to create, 3 to rebuild, 0 to change, 0 to drop.
	EOF
	test_cmp expect out &&
	test_plan tmpl-query.yaml base $TODAY --target "tenant_b.*" --target "tenant_a.events_2026_03_01" >out &&
	grep "^± " out >lines &&
	test_line_count = 4 lines &&
	test_must_fail test_plan tmpl-query.yaml base $TODAY --target "nothing.*" >out 2>err &&
	echo "error: --target '"'"'nothing.*'"'"' matches nothing in the state or the database" >expect &&
	test_cmp expect err &&
	test_line_count = 0 out &&
	test_must_fail test_plan tmpl-query.yaml base $TODAY --target "tenant_a.events_2026_03_1" 2>err &&
	echo "error: --target '"'"'tenant_a.events_2026_03_1'"'"' matches nothing in the state or the database; did you mean '"'"'tenant_a.events_2026_03_01'"'"'?" >expect &&
	test_cmp expect err &&
	test_plan tmpl-query.yaml base $TODAY --target "tenant_a.events" >out &&
	echo "$NOCHANGE" >expect &&
	test_cmp expect out
'

test_expect_success '--target keeps the steps the matching ones need' '
	test_createdb empty &&
	test_plan state.yaml empty $TODAY --target "tenant_b.*" >out &&
	cat >expect <<-\EOF &&
	+ extension dblink
	+ schema tenant_b
	+ server pgform_tenant_b
	+ user mapping pgform_tenant_b for CURRENT_USER
	+ materialized view tenant_b.events_2026_03_01
	+ materialized view tenant_b.events_2026_03_02
	+ materialized view tenant_b.events_2026_03_03
	+ view tenant_b.events

	Plan: 8 to create, 0 to rebuild, 0 to change, 0 to drop.
	EOF
	test_cmp expect out &&
	test_run_plan_sql empty -f state.yaml --today $TODAY --target "tenant_b.*" &&
	test_psql -d empty -c "SELECT count(*) FROM tenant_b.events" >n &&
	echo 30 >expect &&
	test_cmp expect n
'

test_expect_success 'a materialized view made by hand with the same indexes in another order plans empty' '
	test_createdb adopt &&
	test_psql -d adopt -c "CREATE SCHEMA s; CREATE MATERIALIZED VIEW s.m AS SELECT g AS a, g * 2 AS b FROM generate_series(1, 3) g; CREATE UNIQUE INDEX ON s.m (a); CREATE INDEX ON s.m (b)" &&
	cat >adopt.yaml <<-\EOF &&
	pgform: 1
	schemas: { s: {} }
	materialized_views:
	  s.m:
	    query: SELECT g AS a, g * 2 AS b FROM generate_series(1, 3) g
	    indexes: [ "(b)", "UNIQUE (a)" ]
	EOF
	test_plan adopt.yaml adopt $TODAY >out &&
	echo "$NOCHANGE" >expect &&
	test_cmp expect out
'

test_expect_success 'setup: a pg_cron state brought to the postgres database' '
	cat >cron.yaml <<-\EOF &&
	pgform: 1
	extensions:
	  pg_cron: {}
	cron:
	  nightly: { schedule: "0 3 * * *", command: SELECT 1 }
	  hourly: { schedule: "15 * * * *", command: SELECT 2 }
	EOF
	test_plan cron.yaml postgres $TODAY >out &&
	cat >expect <<-\EOF &&
	+ extension pg_cron
	+ cron job hourly
	+ cron job nightly

	Plan: 3 to create, 0 to rebuild, 0 to change, 0 to drop.
	EOF
	test_cmp expect out &&
	test_run_plan_sql postgres -f cron.yaml --today $TODAY &&
	test_plan cron.yaml postgres $TODAY >out &&
	echo "$NOCHANGE" >expect &&
	test_cmp expect out
'

test_expect_success 'a cron schedule change: cron.alter_job in place' '
	sed "s/0 3 \* \* \*/30 4 * * */" cron.yaml >cron2.yaml &&
	test_plan cron2.yaml postgres $TODAY -v >out &&
	jobid=$(test_psql -d postgres -c "SELECT jobid FROM cron.job WHERE jobname = '"'"'nightly'"'"'") &&
	cat >expect <<-EOF &&
	~ cron job nightly (schedule)
	    SELECT cron.alter_job($jobid, '"'"'30 4 * * *'"'"', '"'"'SELECT 1'"'"', '"'"'postgres'"'"', '"'"'$PGUSER'"'"', true);

	Plan: 0 to create, 0 to rebuild, 1 to change, 0 to drop.
	EOF
	test_cmp expect out &&
	test_run_plan_sql postgres -f cron2.yaml --today $TODAY &&
	test_plan cron2.yaml postgres $TODAY >out &&
	echo "$NOCHANGE" >expect &&
	test_cmp expect out &&
	test_psql -d postgres -c "SELECT schedule FROM cron.job WHERE jobname = '"'"'nightly'"'"'" >sched &&
	echo "30 4 * * *" >expect &&
	test_cmp expect sched
'

test_expect_success 'an exclusive schema: what the state does not declare in it is dropped, readers first; data only with --allow-destroy; other schemas untouched' '
	test_createdb excl &&
	test_psql -d excl <<-\EOF &&
	CREATE SCHEMA app;
	CREATE SCHEMA other;
	CREATE VIEW app.keep AS SELECT 1 AS one;
	CREATE VIEW app.stray AS SELECT 2 AS two;
	CREATE VIEW app.reader AS SELECT * FROM app.stray;
	CREATE MATERIALIZED VIEW app.stray_mv AS SELECT 3 AS three;
	CREATE FUNCTION app.stray_fn(a int) RETURNS int LANGUAGE sql AS $$SELECT a$$;
	CREATE VIEW other.stray AS SELECT 4 AS four;
	EOF
	cat >excl.yaml <<-\EOF &&
	pgform: 1
	schemas:
	  app: { exclusive: true }
	  other: {}
	views:
	  app.keep: { query: SELECT 1 AS one }
	EOF
	test_plan excl.yaml excl $TODAY >out &&
	cat >expect <<-\EOF &&
	! irreversible: - view app.reader
	! irreversible: - view app.stray
	! irreversible: - function app.stray_fn(integer)

	# left out: materialized view app.stray_mv: not in the desired state, and schema app is the state'"'"'s own (exclusive); dropping it destroys data: run with --allow-destroy

	- view app.reader (not in the desired state, and schema app is the state'"'"'s own (exclusive))
	- view app.stray (not in the desired state, and schema app is the state'"'"'s own (exclusive))
	- function app.stray_fn(integer) (not in the desired state, and schema app is the state'"'"'s own (exclusive))

	Plan: 0 to create, 0 to rebuild, 0 to change, 3 to drop. 1 left out.
	EOF
	test_cmp expect out &&
	test_apply excl.yaml excl $TODAY --allow-destroy >out 2>err &&
	test_plan_empty excl.yaml excl $TODAY &&
	test_psql -d excl -c "SELECT n.nspname || '"'"'.'"'"'  || c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
		WHERE n.nspname IN ('"'"'app'"'"', '"'"'other'"'"') ORDER BY 1" >left &&
	printf "%s\n" app.keep other.stray >expect &&
	test_cmp expect left &&
	test_psql -d excl -c "SELECT count(*) FROM pg_proc WHERE pronamespace = '"'"'app'"'"'::regnamespace" >fns &&
	echo 0 >expect &&
	test_cmp expect fns
'

test_expect_success 'parts compared by one built part each: a part changed by hand is the one rebuilt' '
	copy_of c_derive &&
	test_psql c_derive -c "DROP MATERIALIZED VIEW tenant_a.events_2026_03_02 CASCADE" &&
	test_psql c_derive -c "CREATE MATERIALIZED VIEW tenant_a.events_2026_03_02 AS SELECT * FROM public.dblink('"'"'pgform_tenant_a'"'"', '"'"'SELECT id, at, amount FROM events WHERE at = '"''"'2026-03-02'"''"' AND true'"'"') AS t(id integer, day date, amount numeric)" &&
	test_plan state.yaml c_derive $TODAY >out &&
	grep "^± rebuild" out >rebuilt &&
	echo "± rebuild materialized view tenant_a.events_2026_03_02 (query changed)" >expect &&
	test_cmp expect rebuilt
'

test_expect_success 'parts compared by one built part each: quotes and backslashes in the remote query' '
	for q in "quote:SELECT id, at, amount FROM events WHERE at = {TARGET_DATE} AND '"'"'it'"''"'s'"'"' <> '"'"''"'"'" \
		 "backslash:SELECT id, at, amount FROM events WHERE at = {TARGET_DATE} AND '"'"'a\\b'"'"' <> '"'"''"'"'"; do
		db=c_lit_${q%%:*} &&
		WH_QUERY=${q#*:} wh_state $db.yaml tenant_a:src_a:2026-03-01:2026-03-05 tenant_b:src_b:2026-03-01:2026-03-05 &&
		grep -F "${q#*:}" $db.yaml &&
		test_createdb $db &&
		test_run_plan_sql $db -f $db.yaml --today $TODAY &&
		test_plan $db.yaml $db $TODAY >out &&
		echo "$NOCHANGE" >expect &&
		test_cmp expect out || return 1
	done
'

test_expect_success 'union views compared by samples of 2 and 3 parts: one changed by hand is replaced' '
	test_createdb c_union &&
	test_run_plan_sql c_union -f c_lit_quote.yaml --today $TODAY &&
	test_plan c_lit_quote.yaml c_union $TODAY >out &&
	echo "$NOCHANGE" >expect &&
	test_cmp expect out &&
	test_psql c_union -c "CREATE OR REPLACE VIEW tenant_a.events AS SELECT id, day, amount FROM tenant_a.events_2026_03_01 UNION ALL SELECT id, day, amount FROM tenant_a.events_2026_03_02 UNION ALL SELECT id, day, amount FROM tenant_a.events_2026_03_03 UNION ALL SELECT id, day, amount FROM tenant_a.events_2026_03_05 UNION ALL SELECT id, day, amount FROM tenant_a.events_2026_03_04" &&
	test_plan c_lit_quote.yaml c_union $TODAY >out &&
	grep "^[~±+-]" out >changed &&
	echo "~ replace view tenant_a.events (parts added or removed)" >expect &&
	test_cmp expect changed
'

test_expect_success 'an extension dropped waits for the views that stop using its functions or types (apply -j 2)' '
	test_createdb c_extuse &&
	cat >extuse-a.yaml <<-\EOF &&
	pgform: 1
	schemas:
	  app: {}
	extensions:
	  pg_trgm: {}
	  citext: {}
	views:
	  app.sim:
	    query: SELECT similarity($$word$$, $$words$$) AS s
	  app.gone:
	    query: SELECT word_similarity($$word$$, $$words$$) AS w
	  app.typed:
	    query: SELECT $$Ann$$::citext AS name
	EOF
	cat >extuse-b.yaml <<-\EOF &&
	pgform: 1
	schemas:
	  app: {}
	views:
	  app.sim:
	    query: SELECT 0.5::real AS s
	  app.typed:
	    query: SELECT $$Ann$$::text AS name
	EOF
	test_apply extuse-a.yaml c_extuse $TODAY 2>err &&
	test_plan extuse-b.yaml c_extuse $TODAY --allow-destroy --format json >extuse.json &&
	/usr/bin/python3 -c "
import json
s = {x[\"target\"]: x for x in json.load(open(\"extuse.json\"))[\"steps\"]}
assert sorted(s) == [\"app.gone\", \"app.sim\", \"app.typed\", \"citext\", \"pg_trgm\"], s
assert sorted(s[\"pg_trgm\"][\"depends_on\"]) == sorted([s[\"app.sim\"][\"id\"], s[\"app.gone\"][\"id\"]]), s
assert s[\"citext\"][\"depends_on\"] == [s[\"app.typed\"][\"id\"]], s
" &&
	test_apply extuse-b.yaml c_extuse $TODAY --allow-destroy -j 2 2>err &&
	test_psql c_extuse -c "SELECT extname FROM pg_extension ORDER BY 1" >exts &&
	echo plpgsql >expect &&
	test_cmp expect exts &&
	test_plan_empty extuse-b.yaml c_extuse $TODAY
'

test_expect_success 'planning changed nothing in base' '
	test_db_state base >base.after &&
	test_cmp base.state base.after
'

test_done

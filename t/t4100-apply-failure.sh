#!/bin/bash
test_description='pgform apply when a step fails midway: everything done is undone (the schema byte for byte as before), or kept with --on-error=stop and finished by the next apply; a check that fails after the steps rolls the apply back'
. "$(dirname "$0")/test-lib.sh"

test_start_pg

TODAY=2026-03-04
TENANTS="tenant_a:src_a:2026-03-01:2026-03-03 tenant_b:src_b:2026-03-01:2026-03-03"
# The new template query names a column only src_a has (until src_b is
# fixed): the parts of tenant_a are rebuilt first, then tenant_b's fail.
NEWQUERY='SELECT id, at, amount * 10 FROM events WHERE at = {TARGET_DATE} AND NOT hidden'

test_expect_success 'setup: sources, the warehouse applied in base, the changed state' '
	wh_sources src_a src_b &&
	test_psql -d src_a -c "ALTER TABLE events ADD COLUMN hidden boolean NOT NULL DEFAULT false" &&
	wh_state state.yaml $TENANTS &&
	WH_QUERY=$NEWQUERY wh_state new.yaml \
		tenant_a:src_a:2026-03-01:2026-03-04 tenant_b:src_b:2026-03-01:2026-03-03 &&
	test_createdb base &&
	test_apply state.yaml base $TODAY 2>err &&
	test_plan new.yaml base $TODAY -v >plan.out &&
	grep -E "^(\+|~|±|-) " plan.out >plan.steps &&
	cat >expect <<-\EOF &&
	± rebuild materialized view tenant_a.events_2026_03_01 (query changed)
	± rebuild materialized view tenant_a.events_2026_03_02 (query changed)
	± rebuild materialized view tenant_a.events_2026_03_03 (query changed)
	+ materialized view tenant_a.events_2026_03_04
	± rebuild materialized view tenant_b.events_2026_03_01 (query changed)
	± rebuild materialized view tenant_b.events_2026_03_02 (query changed)
	± rebuild materialized view tenant_b.events_2026_03_03 (query changed)
	~ replace view tenant_a.events (parts added or removed)
	EOF
	test_cmp expect plan.steps
'

test_expect_success 'step 5 fails after 4 steps were done: exit 1, the step and the error named' '
	test_createdb -T base f1 &&
	wh_snapshot f1 before &&
	test_must_fail test_apply new.yaml f1 $TODAY >out 2>err &&
	test_line_count = 0 out &&
	cat >expect <<-EOF &&
	error: step 5 (rebuild materialized view tenant_b.events_2026_03_01): column "hidden" does not exist; tenant '\''tenant_b'\'' (server pgform_tenant_b: host=127.0.0.1 port=$PGPORT dbname=src_b); check tenants.tenant_b.connection, and that the remote query of template '\''events'\'' returns the columns it declares (id integer, day date, amount numeric)
	apply 2 failed and was rolled back: the database is as before
	EOF
	test_cmp expect err
'

test_expect_success 'the schema is byte for byte as before, the data too, no temporaries left' '
	wh_snapshot f1 after &&
	test_cmp before.dump after.dump &&
	test_cmp before.data after.data &&
	test_temporaries f1 >tmp &&
	test_line_count = 0 tmp &&
	test_plan state.yaml f1 $TODAY >out &&
	echo "$NOCHANGE" >expect &&
	test_cmp expect out
'

test_expect_success 'pgform.applies says rolled_back; the steps say what happened to each' '
	test_applies f1 >applies &&
	printf "%s\n" "1|done|24" "2|rolled_back|8" >expect &&
	test_cmp expect applies &&
	test_psql -d f1 -c "SELECT error FROM pgform.applies WHERE id = 2" >error &&
	echo "step 5 (rebuild materialized view tenant_b.events_2026_03_01): column \"hidden\" does not exist" >expect &&
	test_cmp expect error &&
	test_apply_steps f1 2 >steps &&
	cat >expect <<-\EOF &&
	1|rebuild|materialized_view|tenant_a.events_2026_03_01|undone
	2|rebuild|materialized_view|tenant_a.events_2026_03_02|undone
	3|rebuild|materialized_view|tenant_a.events_2026_03_03|undone
	4|create|materialized_view|tenant_a.events_2026_03_04|undone
	5|rebuild|materialized_view|tenant_b.events_2026_03_01|failed
	6|rebuild|materialized_view|tenant_b.events_2026_03_02|pending
	7|rebuild|materialized_view|tenant_b.events_2026_03_03|pending
	8|replace|view|tenant_a.events|pending
	EOF
	test_cmp expect steps &&
	test_apply_status f1 >word &&
	echo rolled_back >expect &&
	test_cmp expect word
'

test_expect_success 'the record of what is applied is as before: the next plan is the same' '
	test_plan new.yaml base $TODAY >plan.base &&
	test_plan new.yaml f1 $TODAY >plan.f1 &&
	test_cmp plan.base plan.f1
'

test_expect_success '--on-error=stop: the finished steps stay, exit 1, status says stopped' '
	test_createdb -T base f2 &&
	test_must_fail test_apply new.yaml f2 $TODAY --on-error=stop >out 2>err &&
	cat >expect <<-EOF &&
	error: step 5 (rebuild materialized view tenant_b.events_2026_03_01): column "hidden" does not exist; tenant '\''tenant_b'\'' (server pgform_tenant_b: host=127.0.0.1 port=$PGPORT dbname=src_b); check tenants.tenant_b.connection, and that the remote query of template '\''events'\'' returns the columns it declares (id integer, day date, amount numeric)
	apply 2 stopped after 4 of 8 steps; run \`pgform apply\` again to finish, or \`pgform rollback 2\`
	EOF
	test_cmp expect err &&
	test_apply_status f2 >word &&
	echo stopped >expect &&
	test_cmp expect word &&
	test_apply_steps f2 2 >steps &&
	cat >expect <<-\EOF &&
	1|rebuild|materialized_view|tenant_a.events_2026_03_01|done
	2|rebuild|materialized_view|tenant_a.events_2026_03_02|done
	3|rebuild|materialized_view|tenant_a.events_2026_03_03|done
	4|create|materialized_view|tenant_a.events_2026_03_04|done
	5|rebuild|materialized_view|tenant_b.events_2026_03_01|failed
	6|rebuild|materialized_view|tenant_b.events_2026_03_02|pending
	7|rebuild|materialized_view|tenant_b.events_2026_03_03|pending
	8|replace|view|tenant_a.events|pending
	EOF
	test_cmp expect steps &&
	test_psql -d f2 -c "SELECT sum(amount) FROM tenant_a.events_2026_03_01" >new.sum &&
	test_psql -d src_a -c "SELECT sum(amount) * 10 FROM events WHERE at = '\''2026-03-01'\''" >expect &&
	test_cmp expect new.sum &&
	test_psql -d f2 -c "SELECT to_regclass('\''tenant_a.events_2026_03_04'\'') IS NOT NULL" >there &&
	echo t >expect &&
	test_cmp expect there
'

test_expect_success 'pgform status shows the unfinished steps of the stopped apply' '
	pgform status -d dbname=f2 >status &&
	sed -n "/^unfinished steps of apply 2:\$/,/^\$/p" status >unfinished &&
	cat >expect <<-\EOF &&
	unfinished steps of apply 2:
	     5 failed   rebuild materialized_view tenant_b.events_2026_03_01: column "hidden" does not exist
	     6 pending  rebuild materialized_view tenant_b.events_2026_03_02
	     7 pending  rebuild materialized_view tenant_b.events_2026_03_03
	     8 pending  replace view tenant_a.events

	EOF
	test_cmp expect unfinished
'

# The message of a stopped apply offers `pgform rollback 2`: it must work
# (the swapped-out copies are still there until the next apply); undoing
# the parts this apply created drops their rows, hence --allow-destroy.
test_expect_success 'a stopped apply can be rolled back, as its message says' '
	test_createdb -T base f3 &&
	wh_snapshot f3 f3.before &&
	test_must_fail test_apply new.yaml f3 $TODAY --on-error=stop 2>err &&
	grep -F "or \`pgform rollback 2\`" err &&
	test_must_fail pgform rollback 2 -d dbname=f3 >out 2>err &&
	grep -F "run with --allow-destroy" err &&
	{ pgform rollback 2 -d dbname=f3 --allow-destroy >out 2>err || { cat err; false; }; } &&
	wh_snapshot f3 f3.after &&
	test_cmp f3.before.dump f3.after.dump &&
	test_cmp f3.before.data f3.after.data &&
	test_temporaries f3 >tmp &&
	test_line_count = 0 tmp &&
	test_apply_status f3 2 >word &&
	echo rolled_back >expect &&
	test_cmp expect word
'

test_expect_success 'applying again while the source is still broken fails again, nothing lost' '
	test_pg_dump_schema -d f2 >stopped.dump &&
	test_must_fail test_apply new.yaml f2 $TODAY --on-error=stop 2>err &&
	grep -F "column \"hidden\" does not exist" err &&
	test_psql -d f2 -c "SELECT to_regclass('\''tenant_a.events_2026_03_04'\'') IS NOT NULL" >there &&
	echo t >expect &&
	test_cmp expect there
'

test_expect_success 'after fixing the source, pgform apply resumes and finishes' '
	test_psql -d src_b -c "ALTER TABLE events ADD COLUMN hidden boolean NOT NULL DEFAULT false" &&
	test_apply new.yaml f2 $TODAY >out 2>err &&
	grep -E "^apply [0-9]+: [0-9]+ steps done in [0-9.]+ s\$" err &&
	test_plan new.yaml f2 $TODAY >out &&
	echo "$NOCHANGE" >expect &&
	test_cmp expect out &&
	test_apply_status f2 >word &&
	echo done >expect &&
	test_cmp expect word &&
	test_temporaries f2 >tmp &&
	test_line_count = 0 tmp
'

test_expect_success 'the resumed database equals one built in one go' '
	test_createdb -T base oneshot &&
	test_apply new.yaml oneshot $TODAY 2>err &&
	wh_snapshot oneshot oneshot &&
	wh_snapshot f2 resumed &&
	test_cmp oneshot.dump resumed.dump &&
	test_cmp oneshot.data resumed.data &&
	wh_check_rows f2 tenant_a:src_a:2026-03-01:2026-03-04 tenant_b:src_b:2026-03-01:2026-03-03
'

test_expect_success 'a check that becomes false after the steps: the apply is rolled back' '
	WH_EXTRA="checks:
  - name: no part for March 5
    sql: SELECT to_regclass('\''tenant_b.events_2026_03_05'\'') IS NULL" \
	wh_state check.yaml tenant_a:src_a:2026-03-01:2026-03-03 tenant_b:src_b:2026-03-01:2026-03-05 &&
	test_createdb -T base c1 &&
	wh_snapshot c1 c1.before &&
	test_must_fail pgform apply -f check.yaml -d dbname=c1 --today 2026-03-05 >out 2>err &&
	cat >expect <<-\EOF &&
	error: check '\''no part for March 5'\'' failed after apply: it did not return true
	apply 2 failed and was rolled back: the database is as before
	EOF
	test_cmp expect err &&
	wh_snapshot c1 c1.after &&
	test_cmp c1.before.dump c1.after.dump &&
	test_cmp c1.before.data c1.after.data &&
	test_apply_status c1 >word &&
	echo rolled_back >expect &&
	test_cmp expect word &&
	test_psql -d c1 -c "SELECT count(*) FROM pgform.steps WHERE apply_id = 2 AND status <> '\''undone'\''" >n &&
	echo 0 >expect &&
	test_cmp expect n
'

test_expect_success 'a check that is false before the apply stops it before any step' '
	WH_EXTRA="checks:
  - name: never
    sql: SELECT false" \
	wh_state never.yaml tenant_a:src_a:2026-03-01:2026-03-04 tenant_b:src_b:2026-03-01:2026-03-03 &&
	test_createdb -T base c2 &&
	test_pg_dump_schema -d c2 >c2.before &&
	test_must_fail test_apply never.yaml c2 $TODAY >out 2>err &&
	echo "error: check '\''never'\'' failed before apply: it did not return true" >expect &&
	test_cmp expect err &&
	test_pg_dump_schema -d c2 >c2.after &&
	test_cmp c2.before c2.after &&
	test_applies c2 >applies &&
	printf "1|done|24\n2|refused|2\n" >expect &&
	test_cmp expect applies
'

test_expect_success 'an extension created with checks: they run once it exists, not before (they could only fail then)' '
	test_createdb c_ext &&
	cat >ext.yaml <<-\EOF &&
	pgform: 1
	extensions:
	  seg:
	    checks: [ "SELECT extversion <> '"'"''"'"' FROM pg_extension WHERE extname = '"'"'seg'"'"'" ]
	EOF
	pgform plan -f ext.yaml -d dbname=c_ext --format json >ext.json &&
	grep "\"after_only\": true" ext.json &&
	test_apply ext.yaml c_ext $TODAY >out 2>err &&
	grep -x "apply 1: 1 steps done in [0-9.]* s" err &&
	test_applies c_ext >applies &&
	echo "1|done|1" >expect &&
	test_cmp expect applies
'

test_expect_success 'a failing apply that made roles, schemas and servers from empty leaves nothing behind' '
	test_psql -d src_b -c "ALTER TABLE events DROP COLUMN hidden" &&
	WH_QUERY=$NEWQUERY wh_state broken.yaml $TENANTS &&
	sed -e "s/wh_admin/wh_admin2/g" -e "s/wh_reader/wh_reader2/g" \
	broken.yaml >broken2.yaml &&
	test_createdb empty &&
	test_pg_dump_schema -d empty >empty.before &&
	test_must_fail test_apply broken2.yaml empty $TODAY 2>err &&
	grep "^error: step [0-9]* (create materialized view tenant_b.events_2026_03_01): column \"hidden\" does not exist; tenant '\''tenant_b'\''" err &&
	tail -n 1 err >last &&
	echo "apply 1 failed and was rolled back: the database is as before" >expect &&
	test_cmp expect last &&
	test_pg_dump_schema -d empty >empty.after &&
	test_cmp empty.before empty.after &&
	test_psql -d empty -c "SELECT count(*) FROM pg_roles WHERE rolname IN ('\''wh_admin2'\'', '\''wh_reader2'\'')" >roles &&
	echo 0 >expect &&
	test_cmp expect roles
'

test_done

#!/bin/bash
test_description='one apply at a time: a second one exits at once naming the running one; a saved plan is refused once the database changed, naming what changed, and a fresh one applies'
. "$(dirname "$0")/test-lib.sh"

test_start_pg

TODAY=2026-03-04
TENANTS="tenant_a:src_a:2026-03-01:2026-03-03 tenant_b:src_b:2026-03-01:2026-03-03"
TENANTS2="tenant_a:src_a:2026-03-01:2026-03-04 tenant_b:src_b:2026-03-01:2026-03-03"
TENANTS3="tenant_a:src_a:2026-03-01:2026-03-04 tenant_b:src_b:2026-03-01:2026-03-04"

# The slow apply: its check sleeps 3 s before and after the steps.
start_slow_apply () {
	pgform apply -f slow.yaml -d dbname=$1 --today $TODAY >slow.out 2>slow.err &
	echo $! >slow.pid
}

test_expect_success 'setup: sources, states' '
	wh_sources src_a src_b &&
	WH_EXTRA="checks:
  - name: slow
    sql: SELECT pg_sleep(3) IS NOT NULL" wh_state slow.yaml $TENANTS &&
	wh_state state.yaml $TENANTS &&
	wh_state state2.yaml $TENANTS2 &&
	wh_state state3.yaml $TENANTS3 &&
	test_createdb wh
'

test_expect_success 'a second apply while one runs exits 1 at once, naming it' '
	start_slow_apply wh &&
	test_when_finished "kill $(cat slow.pid) 2>/dev/null || :" &&
	test_wait_for wh "SELECT to_regclass('\''pgform.applies'\'') IS NOT NULL AND
		EXISTS (SELECT FROM pgform.applies WHERE status = '\''running'\'')" &&
	test_must_fail test_apply state.yaml wh $TODAY >out 2>err &&
	# at once: the first one is still in its checks after the steps (3 s)
	test_psql -d wh -c "SELECT status FROM pgform.applies" >running &&
	echo running >expect &&
	test_cmp expect running &&
	test_line_count = 0 out &&
	test_line_count = 1 err &&
	sed -E "s/^(error: another apply is running: apply )[0-9]+ \(backend pid [0-9]+, client local, started [0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}\+00\)\$/\1N (backend pid P, client local, started T)/" err >actual &&
	echo "error: another apply is running: apply N (backend pid P, client local, started T)" >expect &&
	test_cmp expect actual &&
	test_psql -d wh -c "SELECT '\''error: another apply is running: apply '\'' || id || '\'' (backend pid '\'' || pid ||
		'\'', client local, started '\'' || started_at::timestamptz(0) || '\'')'\'' FROM pgform.applies WHERE status = '\''running'\''" >expect &&
	test_cmp expect err &&
	test_must_fail pgform cleanup --yes -d dbname=wh 2>err.cleanup &&
	test_cmp expect err.cleanup &&
	test_must_fail pgform rollback -d dbname=wh 2>err.rollback &&
	test_cmp expect err.rollback &&
	wait $(cat slow.pid) &&
	grep -x "apply 1: 24 steps done in [0-9.]* s" slow.err
'

test_expect_success 'the refused apply changed nothing: only the first one is recorded' '
	test_applies wh >applies &&
	echo "1|done|24" >expect &&
	test_cmp expect applies &&
	test_plan state.yaml wh $TODAY >out &&
	echo "$NOCHANGE" >expect &&
	test_cmp expect out
'

test_expect_success 'a second apply during the checks before the first one starts its steps' '
	test_createdb early &&
	start_slow_apply early &&
	test_when_finished "kill $(cat slow.pid) 2>/dev/null || :" &&
	test_wait_for early "SELECT EXISTS (SELECT FROM pg_stat_activity WHERE datname = '\''early'\''
		AND query LIKE '\''%pg_sleep(3)%'\'' AND state = '\''active'\'' AND pid <> pg_backend_pid())" &&
	test_psql -d early -c "SELECT pid FROM pg_stat_activity WHERE datname = '\''early'\''
		AND query LIKE '\''%pg_sleep(3)%'\'' AND state = '\''active'\'' AND pid <> pg_backend_pid()" >pid &&
	test_line_count = 1 pid &&
	test_must_fail test_apply state.yaml early $TODAY 2>err &&
	test_line_count = 1 err &&
	grep -E "^error: another apply is running(: apply [0-9]+)? \(backend pid $(cat pid), client local, " err &&
	wait $(cat slow.pid)
'

test_expect_success 'applies in two databases at once do not block each other' '
	test_createdb other1 &&
	test_createdb other2 &&
	{ pgform apply -f slow.yaml -d dbname=other1 --today $TODAY 2>err1 & } &&
	p1=$! &&
	pgform apply -f slow.yaml -d dbname=other2 --today $TODAY 2>err2 &&
	wait $p1 &&
	grep -x "apply 1: 22 steps done in [0-9.]* s" err1 &&
	grep -x "apply 1: 22 steps done in [0-9.]* s" err2
'

test_expect_success 'a saved plan is refused after the database changed, naming what changed' '
	test_createdb sp &&
	test_apply state.yaml sp $TODAY 2>err &&
	test_plan state2.yaml sp $TODAY -o p1.json >out &&
	test_psql -d sp -c "CREATE TABLE public.unrelated (x integer)" &&
	test_pg_dump_schema -d sp >before.dump &&
	test_must_fail pgform apply p1.json -d dbname=sp >out 2>err &&
	test_line_count = 0 out &&
	echo "error: the database changed since plan '\''p1.json'\'' was made (relations, columns changed); make a new plan" >expect &&
	test_cmp expect err &&
	test_pg_dump_schema -d sp >after.dump &&
	test_cmp before.dump after.dump &&
	test_applies sp >applies &&
	echo "1|done|22" >expect &&
	test_cmp expect applies
'

test_expect_success 'a fresh saved plan applies, and the database then matches' '
	test_plan state2.yaml sp $TODAY -o p2.json >plan.out &&
	pgform apply p2.json -d dbname=sp >out 2>err &&
	grep -x "apply 2: 2 steps done in [0-9.]* s" err &&
	test_plan state2.yaml sp $TODAY >out &&
	echo "$NOCHANGE" >expect &&
	test_cmp expect out &&
	test_apply_steps sp 2 >steps &&
	printf "%s\n" "1|create|materialized_view|tenant_a.events_2026_03_04|done" \
		"2|replace|view|tenant_a.events|done" >expect &&
	test_cmp expect steps
'

test_expect_success 'a saved plan made for another database is refused' '
	test_createdb -T sp sp2 &&
	test_plan state3.yaml sp $TODAY -o p3.json >out &&
	test_must_fail pgform apply p3.json -d dbname=sp2 2>err &&
	echo "error: plan '\''p3.json'\'' was made for database '\''sp'\'', not '\''sp2'\''" >expect &&
	test_cmp expect err
'

test_expect_success 'a saved plan is applied as it is: --target and --replace are refused' '
	test_must_fail pgform apply p3.json -d dbname=sp --target "tenant_a.*" 2>err &&
	head -n 1 err >first &&
	echo "error: a saved plan is applied as it is; --target, --replace and --allow-destroy belong to \`pgform plan\`" >expect &&
	test_cmp expect first
'

test_expect_success 'a saved plan cannot be applied twice' '
	pgform apply p3.json -d dbname=sp 2>err &&
	test_must_fail pgform apply p3.json -d dbname=sp 2>err &&
	grep "^error: the database changed since plan '\''p3.json'\'' was made (.*relations.*); make a new plan\$" err
'

test_done

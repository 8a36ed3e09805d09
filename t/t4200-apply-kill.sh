#!/bin/bash
test_description='pgform apply killed (SIGKILL) after steps of every kind (all 23 with PGFORM_TEST_LONG=1), in the middle of every build and in swaps: the next apply finishes it, and the result equals an apply that was never interrupted'
. "$(dirname "$0")/test-lib.sh"

test_start_pg

# The warehouse is applied in January (2025 not finished yet: its days are
# daily parts), then in February the template query changes, tenant_a gets
# a day more, a tenant is added, and 2025 is finished: its days become
# yearly tables (built from the daily parts, which are then dropped).
# tenant_d also has a yearly table for 2024, which the query change
# rebuilds from the source under a temporary name and swaps in.
TODAY0=2026-01-20
TODAY=2026-02-10
START="tenant_a:src_a:2026-01-05:2026-01-07 tenant_b:src_b:2026-01-05:2026-01-06
tenant_c:src_c:2025-12-30:2026-01-01 tenant_d:src_d:2024-12-31:2025-01-01"
TARGET="tenant_a:src_a:2026-01-05:2026-01-08 tenant_b:src_b:2026-01-05:2026-01-06
tenant_c:src_c:2025-12-30:2026-01-01 tenant_d:src_d:2024-12-31:2025-01-01
tenant_e:src_e:2026-02-01:2026-02-02"
# The new query doubles every amount except in 2025: the 2025 days are
# consolidated from their daily parts in the same apply, and the parts are
# not rebuilt first (the general case has its own test below: 'a year
# consolidated while the template changes').
NEWQUERY='SELECT id, at, CASE WHEN extract(year FROM at) = 2025 THEN amount ELSE amount * 2 END FROM events WHERE at = {TARGET_DATE}'

export WH_CONSOLIDATE=yearly

apply_target () {
	test_apply target.yaml "$1" $TODAY --allow-destroy
}

# kill_and_resume FAULT: in a copy of start, an apply that dies at FAULT,
# then one that finishes; the result must equal the reference.  Quiet on
# success; on failure says why in kill-FAULT.log and returns 1.
kill_and_resume () {
	local f=$1 db=k_$(echo "$1" | tr -c 'a-z0-9\n' _) rc
	local log=kill-$f.log
	set +e   # runs in the background: report, do not stop at the first error
	: >"$log"
	{
		test_createdb -T start "$db" || return 1
		PGFORM_TEST_FAULT=$f apply_target "$db" >"$db.out1" 2>"$db.err1"
		rc=$?
		if [ $rc != 137 ]; then
			echo "$f: the faulty apply exited $rc, not 137 (SIGKILL)"
			cat "$db.err1"
			return 1
		fi
		test_wait_idle "$db" || return 1
		if ! apply_target "$db" >"$db.out2" 2>"$db.err2"; then
			echo "$f: the resuming apply failed"
			cat "$db.err2"
			return 1
		fi
		if ! grep -qx "apply 2 was interrupted; finishing it" "$db.err2"; then
			echo "$f: the resuming apply did not say it finishes apply 2"
			cat "$db.err2"
			return 1
		fi
		wh_snapshot "$db" "$db" || return 1
		if ! diff -u ref.dump "$db.dump"; then
			echo "$f: the schema differs from the reference"
			return 1
		fi
		if ! diff -u ref.data "$db.data"; then
			echo "$f: the data differs from the reference"
			return 1
		fi
		test_temporaries "$db" >"$db.tmp" || return 1
		if [ -s "$db.tmp" ]; then
			echo "$f: temporaries left:"
			cat "$db.tmp"
			return 1
		fi
		test_plan target.yaml "$db" $TODAY --allow-destroy >"$db.plan" 2>&1
		if [ "$(cat "$db.plan")" != "$NOCHANGE" ]; then
			echo "$f: the plan is not empty afterwards:"
			cat "$db.plan"
			return 1
		fi
		test_psql -d "$db" -c "SELECT string_agg(status, ' ' ORDER BY id) FROM pgform.applies" >"$db.applies"
		if [ "$(cat "$db.applies")" != "done interrupted done" ]; then
			echo "$f: applies are $(cat "$db.applies"), not: done interrupted done"
			return 1
		fi
		test_psql -d postgres -c "DROP DATABASE $db" || return 1
		rm -f "$db".* "$log"
	} >>"$log" 2>&1
}

# run_faults FAULT...: kill_and_resume for each, two at a time (each in its
# own database: the apply lock is per database); lists the failures.
run_faults () {
	local bad=0 f pids=() names=() i
	for f in "$@"; do
		kill_and_resume "$f" &
		pids+=($!)
		names+=("$f")
		if [ ${#pids[@]} = 2 ]; then
			for i in 0 1; do
				wait "${pids[$i]}" || { echo "failed: ${names[$i]}"; cat "kill-${names[$i]}.log"; bad=1; }
			done
			pids=()
			names=()
		fi
	done
	for i in "${!pids[@]}"; do
		wait "${pids[$i]}" || { echo "failed: ${names[$i]}"; cat "kill-${names[$i]}.log"; bad=1; }
	done
	return $bad
}

test_expect_success 'setup: sources, the January warehouse in database start' '
	wh_sources src_a src_b src_c src_d src_e &&
	wh_state start.yaml $START &&
	WH_QUERY=$NEWQUERY wh_state target.yaml $TARGET &&
	test_createdb start &&
	test_apply start.yaml start $TODAY0 2>err &&
	test_psql -d start -c "SELECT relname, relkind FROM pg_class
		WHERE relnamespace = '\''tenant_d'\''::regnamespace AND relkind IN ('\''r'\'', '\''m'\'') ORDER BY 1" >actual &&
	printf "%s\n" "events_2024|r" "events_2025_01_01|m" >expect &&
	test_cmp expect actual
'

test_expect_success 'the plan: at least 20 steps with swaps, a yearly rebuild and yearly builds' '
	test_plan target.yaml start $TODAY --allow-destroy --format json >plan.json &&
	/usr/bin/python3 - plan.json >plan.txt <<-\PY &&
	import json, sys
	for s in json.load(open(sys.argv[1]))["steps"]:
	    print(s["id"], s["action"], s["kind"], s["target"], "swap" if s["swaps"] else "-")
	PY
	cat >expect <<-\EOF &&
	1 create schema tenant_e -
	2 create server pgform_tenant_e -
	3 create user_mapping pgform_tenant_e for CURRENT_USER -
	4 create table tenant_c.events_2025 -
	5 rebuild table tenant_d.events_2024 swap
	6 create table tenant_d.events_2025 -
	7 rebuild materialized_view tenant_a.events_2026_01_05 swap
	8 rebuild materialized_view tenant_a.events_2026_01_06 swap
	9 rebuild materialized_view tenant_a.events_2026_01_07 swap
	10 create materialized_view tenant_a.events_2026_01_08 -
	11 rebuild materialized_view tenant_b.events_2026_01_05 swap
	12 rebuild materialized_view tenant_b.events_2026_01_06 swap
	13 rebuild materialized_view tenant_c.events_2026_01_01 swap
	14 create materialized_view tenant_e.events_2026_02_01 -
	15 create materialized_view tenant_e.events_2026_02_02 -
	16 replace view tenant_a.events -
	17 replace view tenant_c.events -
	18 replace view tenant_d.events -
	19 create view tenant_e.events -
	20 replace view public.events -
	21 drop materialized_view tenant_c.events_2025_12_30 -
	22 drop materialized_view tenant_c.events_2025_12_31 -
	23 drop materialized_view tenant_d.events_2025_01_01 -
	EOF
	test_cmp expect plan.txt
'

test_expect_success 'reference: the apply, never interrupted' '
	test_createdb -T start ref &&
	apply_target ref 2>err &&
	grep -x "apply 2: 23 steps done in [0-9.]* s" err &&
	wh_snapshot ref ref &&
	test_plan target.yaml ref $TODAY --allow-destroy >out &&
	echo "$NOCHANGE" >expect &&
	test_cmp expect out &&
	test_temporaries ref >tmp &&
	test_line_count = 0 tmp
'

test_expect_success 'the reference holds the source rows with the new query' '
	for t in a:2026-01-05:2026-01-08 b:2026-01-05:2026-01-06 c:2025-12-30:2026-01-01 \
		 d:2024-12-31:2025-01-01 e:2026-02-01:2026-02-02; do
		IFS=: read k from until <<-EOF
		$t
		EOF
		test_psql -d src_$k -c "SELECT '\''tenant_$k'\'', id, at,
			CASE WHEN extract(year FROM at) = 2025 THEN amount ELSE amount * 2 END
			FROM events WHERE at BETWEEN '\''$from'\'' AND '\''$until'\'' ORDER BY id" || exit 1
	done >expect &&
	wh_data ref >actual &&
	test_cmp expect actual
'

# Step boundaries.  Each one costs a database copy and two applies (about
# 1.5 s, more on a loaded machine), so by default a sample is taken that
# covers every kind of step and both ends of each run of steps of one
# kind: after creating a schema (1) and a user mapping (3), after each
# yearly-table step (4 built from parts, 5 rebuilt by swap, 6), after the
# first and the last rebuilt part (7, 13) and a created part between them
# (10), after the parts of the new tenant (15), a replaced union view (16),
# the created union view (19), the public view (20), the first and the
# last drop (21, 23).  Left out: 2, 8, 9, 11, 12, 14, 17, 18, 22, each the
# same kind as a neighbour.  PGFORM_TEST_LONG=1 runs all 23.
if [ -n "$PGFORM_TEST_LONG" ] && [ "$PGFORM_TEST_LONG" != 0 ]; then
	BOUNDARIES=$(seq 1 23)
else
	BOUNDARIES="1 3 4 5 6 7 10 13 15 16 19 20 21 23"
fi

test_expect_success 'killed after a step (see above for which): the next apply finishes it' '
	run_faults $(for n in $BOUNDARIES; do echo after-step:$n; done)
'

# Every build: the yearly table of 2024 (step 5) and each daily part
# rebuilt (7-9, 11-13).
test_expect_success 'killed in the middle of each build: the next apply finishes it' '
	run_faults in-build:5 in-build:7 in-build:8 in-build:9 in-build:11 in-build:12 in-build:13
'

# Just before the swap transaction runs: the yearly table, the first and
# the last part swapped.  (A kill there in a step without a swap part is
# the same as one after the step before it, covered above.)
test_expect_success 'killed in swaps: the next apply finishes it' '
	run_faults in-swap:5 in-swap:7 in-swap:13
'

# The change being applied is reverted while its apply lies killed: the
# next apply, of the state as it was, finishes nothing of the reverted
# change but must not be stuck on what the killed one left (temporaries,
# old copies a view still reads).
test_expect_success 'killed during a template rebuild, the change reverted: the apply of the old state succeeds, the plan is empty, nothing is left' '
	wh_snapshot start start &&
	for f in in-swap:7 in-build:8 in-swap:5; do
		db=rv_$(echo "$f" | tr -c "a-z0-9\n" _) &&
		test_createdb -T start $db &&
		test_must_fail_code 137 env PGFORM_TEST_FAULT=$f \
			pgform apply -f target.yaml -d dbname=$db --today $TODAY --allow-destroy 2>$db.err1 &&
		test_wait_idle $db &&
		test_apply start.yaml $db $TODAY0 --allow-destroy >$db.out2 2>$db.err2 &&
		grep -x "apply 2 was interrupted; finishing it" $db.err2 &&
		test_plan start.yaml $db $TODAY0 >$db.plan &&
		echo "$NOCHANGE" >expect &&
		test_cmp expect $db.plan &&
		test_temporaries $db >$db.tmp &&
		test_line_count = 0 $db.tmp &&
		wh_snapshot $db $db &&
		test_cmp start.data $db.data || return 1
	done
'

test_expect_success 'killed with -j 2: the next apply finishes it' '
	test_createdb -T start kj &&
	test_must_fail_code 137 env PGFORM_TEST_FAULT=after-step:9 \
		pgform apply -f target.yaml -d dbname=kj --today $TODAY --allow-destroy -j 2 2>err &&
	test_wait_idle kj &&
	apply_target kj 2>err &&
	wh_snapshot kj kj &&
	test_cmp ref.dump kj.dump &&
	test_cmp ref.data kj.data
'

test_expect_success 'after a kill after the last step the next apply rebuilds nothing again' '
	test_createdb -T start klast &&
	test_must_fail_code 137 env PGFORM_TEST_FAULT=after-step:23 \
		pgform apply -f target.yaml -d dbname=klast --today $TODAY --allow-destroy 2>err &&
	apply_target klast 2>err &&
	test_psql -d klast -c "SELECT step_id, action, kind, target FROM pgform.steps
		WHERE apply_id = 3 AND action IN ('\''rebuild'\'', '\''recreate'\'') ORDER BY step_id" >rebuilt &&
	test_line_count = 0 rebuilt
'

test_expect_success 'a year consolidated while the template changes holds rows of the new query' '
	WH_QUERY="SELECT id, at, amount * 2 FROM events WHERE at = {TARGET_DATE}" wh_state double.yaml $TARGET &&
	test_createdb -T start dbl &&
	test_apply double.yaml dbl $TODAY --allow-destroy 2>err &&
	for t in c:2025-12-30:2026-01-01 d:2024-12-31:2025-01-01; do
		IFS=: read k from until <<-EOF
		$t
		EOF
		test_psql -d src_$k -c "SELECT '\''tenant_$k'\'', at, sum(amount) * 2 FROM events
			WHERE at BETWEEN '\''$from'\'' AND '\''$until'\'' GROUP BY at ORDER BY at" || exit 1
	done >expect &&
	test_psql -d dbl -c "SELECT schema_name, day, sum(amount) FROM public.events
		WHERE schema_name IN ('\''tenant_c'\'', '\''tenant_d'\'') GROUP BY 1, 2 ORDER BY 1, 2" >actual &&
	test_cmp expect actual
'

# slow_state FILE SECONDS: a materialized view whose build sleeps SECONDS.
slow_state () {
	cat >"$1" <<-EOF
	pgform: 1
	schemas:
	  slow: {}
	materialized_views:
	  slow.m:
	    query: SELECT 1 AS x FROM pg_sleep($2)
	EOF
}

test_expect_success 'killed in the middle of a long build: an immediate rerun does not wait for the orphaned statement, and finishes' '
	test_createdb orphan &&
	slow_state slow30.yaml 30 &&
	slow_state slow0.yaml 0 &&
	{ pgform apply -f slow30.yaml -d dbname=orphan 2>orphan.err & echo $! >orphan.pid; } &&
	test_wait_for orphan "SELECT EXISTS (SELECT FROM pg_stat_activity WHERE datname = '\''orphan'\''
		AND query LIKE '\''%pg_sleep(30)%'\'' AND state = '\''active'\'' AND pid <> pg_backend_pid())" &&
	kill -9 $(cat orphan.pid) &&
	start=$(date +%s) &&
	pgform apply -f slow0.yaml -d dbname=orphan 2>rerun.err &&
	end=$(date +%s) &&
	test $((end - start)) -lt 9 &&
	grep -E "^apply 1 was interrupted \(its pgform process [0-9]+ is gone\); waiting up to 10 s for its session \(backend pid [0-9]+\) to end\$" rerun.err &&
	grep -x "apply 1 was interrupted; finishing it" rerun.err &&
	grep -E "^apply 2: [0-9]+ steps? done in [0-9.]+ s\$" rerun.err &&
	test_psql -d orphan -c "SELECT count(*) FROM pg_stat_activity WHERE query LIKE '\''%pg_sleep(30)%'\'' AND pid <> pg_backend_pid()" >n &&
	echo 0 >expect &&
	test_cmp expect n &&
	pgform plan -f slow0.yaml -d dbname=orphan >out &&
	echo "$NOCHANGE" >expect &&
	test_cmp expect out
'

test_expect_success 'a live apply is refused at once, named: apply id, backend pid, client, start time; never one of another database' '
	test_createdb live1 &&
	test_createdb live2 &&
	slow_state slow5.yaml 5 &&
	{ pgform apply -f slow5.yaml -d dbname=live1 2>live1.err & echo $! >live1.pid; } &&
	test_when_finished "kill $(cat live1.pid) 2>/dev/null || :" &&
	test_wait_for live1 "SELECT EXISTS (SELECT FROM pg_stat_activity WHERE datname = '\''live1'\''
		AND query LIKE '\''%pg_sleep(5)%'\'' AND state = '\''active'\'' AND pid <> pg_backend_pid())" &&
	start=$(date +%s) &&
	test_must_fail pgform apply -f slow5.yaml -d dbname=live1 2>refused.err &&
	end=$(date +%s) &&
	test $((end - start)) -lt 3 &&
	grep -E "^error: another apply is running: apply 1 \(backend pid [0-9]+, client local, started [0-9-]+ [0-9:]+\+00\)\$" refused.err &&
	slow_state fast.yaml 0 &&
	pgform apply -f fast.yaml -d dbname=live2 2>live2.err &&
	grep -x "apply 1: 2 steps done in [0-9.]* s" live2.err &&
	wait $(cat live1.pid)
'

test_done

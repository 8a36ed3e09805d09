#!/bin/bash
test_description='pgform apply of a small warehouse from empty: the plan is then empty, the data equals the sources, status and schema pgform record it; --dry-run changes nothing; --atomic; -j 2 gives what a serial apply gives'
. "$(dirname "$0")/test-lib.sh"

test_start_pg

TODAY=2026-03-04
TENANTS="tenant_a:src_a:2026-03-01:2026-03-03 tenant_b:src_b:2026-03-01:2026-03-03"
# one more day for tenant_a
TENANTS2="tenant_a:src_a:2026-03-01:2026-03-04 tenant_b:src_b:2026-03-01:2026-03-03"

test_expect_success 'setup: sources, states, an empty database' '
	wh_sources src_a src_b &&
	wh_state state.yaml $TENANTS &&
	wh_state state2.yaml $TENANTS2 &&
	test_createdb wh
'

test_expect_success 'apply from empty: every step runs, one summary line' '
	test_apply state.yaml wh $TODAY >out 2>err &&
	test_line_count = 0 out &&
	sed -e "s/ in [0-9][0-9.]* s\$/ in N s/" err >actual &&
	echo "apply 1: 24 steps done in N s" >expect &&
	test_cmp expect actual
'

test_expect_success 'the plan is empty afterwards' '
	test_plan_empty state.yaml wh $TODAY
'

# A relation's stamp is what the catalog read gives of it (its row, its
# privileges, then its columns, then its indexes); apply records the
# stamps it reads after its steps.  When they match, a no-op plan
# compares no definition on the server, which it would do in a scratch
# transaction of temporary objects.
test_expect_success 'that plan compared no definition on the server: the recorded stamps match the catalog read' '
	wc -l <"$TEST_PG_LOG" >log.mark &&
	PGOPTIONS="-c log_statement=all" test_plan_empty state.yaml wh $TODAY &&
	tail -n +$(($(cat log.mark) + 1)) "$TEST_PG_LOG" >log.plan &&
	grep "statement: BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY" log.plan &&
	! grep "SET LOCAL check_function_bodies" log.plan
'

# The steps of an apply (1024 at a time) and the record of relations and
# functions (4096) are sent in batches; with batches of 5 every step is
# recorded once, the same objects and stamps are recorded, and the next
# plan compares nothing on the server.  (The roles are the
# cluster's: the second database's apply finds them made.)
test_expect_success 'steps and record in batches of 5: every step once, the same record as in one, the next plan compares nothing' '
	test_psql -d wh -c "SELECT kind, ident, spec_hash, stamp IS NOT NULL FROM pgform.objects WHERE kind IN ('"'"'table'"'"', '"'"'view'"'"', '"'"'materialized_view'"'"', '"'"'function'"'"') ORDER BY 1, 2" >record.one &&
	test_line_count -gt 10 record.one &&
	test_createdb whb &&
	PGFORM_TEST_RECORD_BATCH=5 test_apply state.yaml whb $TODAY >out 2>err &&
	test_psql -d whb -c "SELECT kind, ident, spec_hash, stamp IS NOT NULL FROM pgform.objects WHERE kind IN ('"'"'table'"'"', '"'"'view'"'"', '"'"'materialized_view'"'"', '"'"'function'"'"') ORDER BY 1, 2" >record.batched &&
	test_cmp record.one record.batched &&
	test_psql -d whb -c "SELECT a.nsteps, count(s.*), count(DISTINCT s.step_id), min(s.step_id), max(s.step_id), count(s.step)
		FROM pgform.applies a JOIN pgform.steps s ON s.apply_id = a.id WHERE a.id = 1 GROUP BY a.nsteps" >steps.batched &&
	echo "22|22|22|1|22|22" >expect &&
	test_cmp expect steps.batched &&
	wc -l <"$TEST_PG_LOG" >log.mark &&
	PGOPTIONS="-c log_statement=all" test_plan_empty state.yaml whb $TODAY &&
	tail -n +$(($(cat log.mark) + 1)) "$TEST_PG_LOG" >log.plan &&
	! grep "SET LOCAL check_function_bodies" log.plan
'

test_expect_success 'applying again does nothing and records nothing' '
	test_apply state.yaml wh $TODAY >out 2>err &&
	test_line_count = 0 out &&
	echo "$NOCHANGE" >expect &&
	test_cmp expect err &&
	test_applies wh >applies &&
	echo "1|done|24" >expect &&
	test_cmp expect applies
'

test_expect_success 'rows of the public view per tenant and day equal the source rows' '
	wh_check_rows wh $TENANTS &&
	test_psql -d wh -c "SELECT count(*) FROM public.events" >n &&
	test_psql -d src_a -c "SELECT count(*) FROM events WHERE at BETWEEN '\''2026-03-01'\'' AND '\''2026-03-03'\''" >na &&
	test_psql -d src_b -c "SELECT count(*) FROM events WHERE at BETWEEN '\''2026-03-01'\'' AND '\''2026-03-03'\''" >nb &&
	echo $(($(cat na) + $(cat nb))) >expect &&
	test_cmp expect n
'

test_expect_success 'the values came through: sums per tenant and day, the view on a view, the matview' '
	test_psql -d src_a -c "SELECT '\''tenant_a'\'', at, sum(amount), sum(amount) * 2 FROM events
		WHERE at BETWEEN '\''2026-03-01'\'' AND '\''2026-03-03'\'' GROUP BY at ORDER BY at" >expect &&
	test_psql -d src_b -c "SELECT '\''tenant_b'\'', at, sum(amount), sum(amount) * 2 FROM events
		WHERE at BETWEEN '\''2026-03-01'\'' AND '\''2026-03-03'\'' GROUP BY at ORDER BY at" >>expect &&
	test_psql -d wh -c "SELECT d.schema_name, d.day, d.total, dd.doubled FROM rpt.daily d
		JOIN rpt.daily_doubled dd USING (schema_name, day) ORDER BY 1, 2" >actual &&
	test_cmp expect actual &&
	test_psql -d wh -c "SELECT schema_name, n FROM rpt.by_tenant ORDER BY 1" >actual &&
	test_psql -d wh -c "SELECT schema_name, count(*) FROM public.events GROUP BY 1 ORDER BY 1" >expect &&
	test_cmp expect actual &&
	test_psql -d wh -c "SELECT indisunique FROM pg_index WHERE indexrelid = '\''rpt.by_tenant_idx1'\''::regclass" >actual &&
	echo t >expect &&
	test_cmp expect actual
'

test_expect_success 'roles, owner, comment and grants are in place' '
	test_psql -d wh -c "SELECT rolname, rolcanlogin, rolpassword LIKE '\''SCRAM-SHA-256\$%'\''
		FROM pg_authid WHERE rolname LIKE '\''wh\_%'\'' OR rolname = '\''src_reader'\'' ORDER BY 1" >actual &&
	printf "%s\n" "src_reader|t|t" "wh_admin|t|t" "wh_reader|t|t" >expect &&
	test_cmp expect actual &&
	test_psql -d wh -c "SELECT nspowner::regrole, obj_description(oid, '\''pg_namespace'\'')
		FROM pg_namespace WHERE nspname = '\''core'\''" >actual &&
	echo "wh_admin|core objects" >expect &&
	test_cmp expect actual &&
	test_psql -d wh -c "SELECT has_table_privilege('\''wh_reader'\'', r, '\''SELECT'\'')
		FROM unnest(ARRAY['\''rpt.daily'\'', '\''rpt.daily_doubled'\'', '\''rpt.by_tenant'\'',
		'\''public.events'\'', '\''tenant_a.events'\'', '\''tenant_b.events_2026_03_02'\'']) r" >actual &&
	printf "t\n%.0s" 1 2 3 4 5 6 >expect &&
	test_cmp expect actual &&
	test_psql -d wh -c "SELECT has_function_privilege('\''wh_reader'\'', '\''core.double_it(numeric)'\'', '\''EXECUTE'\'')" >actual &&
	echo t >expect &&
	test_cmp expect actual &&
	PGPASSWORD=$WH_READER_PASSWORD test_psql -h 127.0.0.1 -U wh_reader -d wh \
		-c "SELECT count(*) > 0 FROM rpt.daily_doubled" >actual &&
	test_cmp expect actual
'

test_expect_success 'pgform status lists the apply as done' '
	pgform status -d dbname=wh >status &&
	head -n 1 status >actual &&
	grep -E "^apply +status +started +finished +steps +plan +commit +user\$" actual &&
	sed -n 2p status >line &&
	grep -E "^1 +done +[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9:]{8}\+00 +[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9:]{8}\+00 +24/24 +state +- +$PGUSER\$" line &&
	test_apply_status wh 1 >word &&
	echo done >expect &&
	test_cmp expect word &&
	grep -x "deployed commit: (not in git)" status &&
	sed -n "/^leftover temporaries:\$/,\$p" status >left &&
	printf "%s\n" "leftover temporaries:" "  none" >expect &&
	test_cmp expect left
'

test_expect_success 'schema pgform holds the apply and its steps' '
	test_psql -d wh -c "SELECT id, status, nsteps, finished_at >= started_at, error IS NULL,
		keep_old, db_user = current_user FROM pgform.applies" >actual &&
	echo "1|done|24|t|t|f|t" >expect &&
	test_cmp expect actual &&
	test_apply_steps wh 1 >steps &&
	cat >expect <<-\EOF &&
	1|create|extension|dblink|done
	2|create|role|wh_admin|done
	3|create|role|wh_reader|done
	4|create|schema|core|done
	5|create|schema|rpt|done
	6|create|schema|tenant_a|done
	7|create|schema|tenant_b|done
	8|create|server|pgform_tenant_a|done
	9|create|server|pgform_tenant_b|done
	10|create|user_mapping|pgform_tenant_a for CURRENT_USER|done
	11|create|user_mapping|pgform_tenant_b for CURRENT_USER|done
	12|create|function|core.double_it(numeric)|done
	13|create|materialized_view|tenant_a.events_2026_03_01|done
	14|create|materialized_view|tenant_a.events_2026_03_02|done
	15|create|materialized_view|tenant_a.events_2026_03_03|done
	16|create|materialized_view|tenant_b.events_2026_03_01|done
	17|create|materialized_view|tenant_b.events_2026_03_02|done
	18|create|materialized_view|tenant_b.events_2026_03_03|done
	19|create|view|tenant_a.events|done
	20|create|view|tenant_b.events|done
	21|create|view|public.events|done
	22|create|materialized_view|rpt.by_tenant|done
	23|create|view|rpt.daily|done
	24|create|view|rpt.daily_doubled|done
	EOF
	test_cmp expect steps &&
	test_psql -d wh -c "SELECT count(*) FROM pgform.steps WHERE started_at IS NULL OR finished_at < started_at
		OR error IS NOT NULL OR sql = '\'''\''" >bad &&
	echo 0 >expect &&
	test_cmp expect bad &&
	test_psql -d wh -c "SELECT count(*) FROM pgform.objects WHERE apply_id = 1" >n &&
	test "$(cat n)" -ge 24
'

test_expect_success '--dry-run of a further change: a report per step, exit 0, nothing changed' '
	test_pg_dump_schema -d wh >dump.before &&
	test_psql -d wh -c "SELECT count(*) FROM pgform.applies" >applies.before &&
	test_apply state2.yaml wh $TODAY --dry-run >out 2>err &&
	head -n 1 out >head &&
	grep -E "^step +action +target +ms +rows +locks held\$" head &&
	tail -n +2 out | awk "{ print \$1, \$2, \$3 }" >steps &&
	cat >expect <<-\EOF &&
	1 create tenant_a.events_2026_03_04
	2 replace tenant_a.events
	EOF
	test_cmp expect steps &&
	tail -n +2 out | awk "\$4 !~ /^[0-9]+\\.[0-9]\$/ { print \"bad ms: \" \$0; exit 1 }" &&
	grep -E "^1 +create +tenant_a.events_2026_03_04 +[0-9.]+ +(-|[0-9]+) +.*AccessExclusiveLock x[0-9]" out &&
	tail -n 1 err >last &&
	echo "dry run: the apply would succeed (2 steps, 0 checks); all was rolled back" >expect &&
	test_cmp expect last &&
	grep -x "+ materialized view tenant_a.events_2026_03_04" err &&
	test_pg_dump_schema -d wh >dump.after &&
	test_cmp dump.before dump.after &&
	test_psql -d wh -c "SELECT count(*) FROM pgform.applies" >applies.after &&
	test_cmp applies.before applies.after &&
	test_psql -d wh -c "SELECT to_regclass('\''tenant_a.events_2026_03_04'\'') IS NULL" >gone &&
	echo t >expect &&
	test_cmp expect gone
'

test_expect_success '--dry-run with nothing to do says so' '
	test_apply state.yaml wh $TODAY --dry-run >out 2>err &&
	test_line_count = 0 out &&
	echo "$NOCHANGE" >expect &&
	test_cmp expect err
'

test_expect_success '--dry-run behind a reader that holds its lock: it stops at that step after --lock-timeout, names the reader, changes nothing' '
	test_pg_dump_schema -d wh >dump.before &&
	{ PGAPPNAME=slow_reader test_psql -d wh -c "BEGIN; SELECT count(*) FROM tenant_a.events; SELECT pg_sleep(60)" >/dev/null 2>&1 & } &&
	test_when_finished "test_psql -d wh -c \"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = '\''slow_reader'\''\" >/dev/null; wait" &&
	for i in $(seq 100); do
		test_psql -d wh -c "SELECT count(*) FROM pg_locks l JOIN pg_stat_activity a USING (pid)
			WHERE a.application_name = '\''slow_reader'\'' AND l.relation = '\''tenant_a.events'\''::regclass AND l.granted" >held &&
		test "$(cat held)" = 1 && break
		sleep 0.1
	done &&
	test "$(cat held)" = 1 &&
	test_must_fail test_apply state2.yaml wh $TODAY --dry-run --lock-timeout 1 >out 2>err &&
	grep -E "^2 +replace +tenant_a.events +[0-9.]+ +- +would wait for a lock\$" out &&
	tail -n 1 err | sed -E -e "s/pid [0-9]+/pid P/" -e "s/since [0-9:]+/since T/" >last &&
	echo "error: dry run: step 2 (replace view tenant_a.events) would wait more than 1 s for a lock held by pid P (slow_reader, active since T); stopped there, nothing changed (--lock-timeout sets the wait)" >expect &&
	test_cmp expect last &&
	test_pg_dump_schema -d wh >dump.after &&
	test_cmp dump.before dump.after
'

test_expect_success '--atomic applies the change in one transaction' '
	test_apply state2.yaml wh $TODAY --atomic >out 2>err &&
	sed -e "s/ in [0-9][0-9.]* s\$/ in N s/" err >actual &&
	echo "apply 2: 2 steps done in N s" >expect &&
	test_cmp expect actual &&
	test_plan state2.yaml wh $TODAY >out &&
	echo "$NOCHANGE" >expect &&
	test_cmp expect out &&
	wh_check_rows wh $TENANTS2 &&
	test_apply_steps wh 2 >steps &&
	printf "%s\n" "1|create|materialized_view|tenant_a.events_2026_03_04|done" \
		"2|replace|view|tenant_a.events|done" >expect &&
	test_cmp expect steps &&
	test_apply_status wh 2 >word &&
	echo done >expect &&
	test_cmp expect word
'

test_expect_success '--atomic that fails changes nothing at all, schema pgform aside' '
	test_createdb -T wh atomic_fail &&
	test_pg_dump_schema -d atomic_fail >dump.before &&
	test_psql -d src_b -c "ALTER TABLE events RENAME TO events_moved" &&
	test_when_finished "test_psql -d src_b -c \"ALTER TABLE events_moved RENAME TO events\"" &&
	wh_state state3.yaml tenant_a:src_a:2026-03-01:2026-03-04 tenant_b:src_b:2026-03-01:2026-03-04 &&
	test_must_fail test_apply state3.yaml atomic_fail $TODAY --atomic >out 2>err &&
	grep "^error: step [0-9]* (create materialized view tenant_b.events_2026_03_04): .*events" err &&
	test_pg_dump_schema -d atomic_fail >dump.after &&
	test_cmp dump.before dump.after &&
	test_apply_status atomic_fail >word &&
	echo rolled_back >expect &&
	test_cmp expect word
'

test_expect_success '-j 2 from empty: the same record of steps and the same schema as a serial apply' '
	test_createdb serial &&
	test_createdb parallel &&
	test_apply state.yaml serial $TODAY 2>err.serial &&
	test_apply state.yaml parallel $TODAY -j 2 2>err.parallel &&
	test_apply_steps serial >steps.serial &&
	test_apply_steps parallel >steps.parallel &&
	test_line_count = 22 steps.serial &&
	test_cmp steps.serial steps.parallel &&
	test_pg_dump_schema -d serial >dump.serial &&
	test_pg_dump_schema -d parallel >dump.parallel &&
	test_cmp dump.serial dump.parallel &&
	wh_data serial >data.serial &&
	wh_data parallel >data.parallel &&
	test_cmp data.serial data.parallel &&
	test_plan state.yaml parallel $TODAY >out &&
	echo "$NOCHANGE" >expect &&
	test_cmp expect out
'

test_expect_success '-j 2 really ran steps side by side, and never before what they need' '
	test_psql -d parallel -c "SELECT count(*) > 0 FROM pgform.steps a JOIN pgform.steps b
		ON a.apply_id = b.apply_id AND a.step_id < b.step_id
		WHERE a.started_at < b.finished_at AND b.started_at < a.finished_at" >overlap &&
	echo t >expect &&
	test_cmp expect overlap &&
	test_psql -d parallel -c "SELECT count(*) FROM pgform.steps p JOIN pgform.steps v
		ON v.apply_id = p.apply_id AND v.target = split_part(p.target, '\''.'\'', 1) || '\''.events'\''
		WHERE p.target ~ '\''_2026_03_0[1-3]\$'\'' AND v.started_at < p.finished_at" >early &&
	echo 0 >expect &&
	test_cmp expect early
'

test_expect_success '-j takes 1 to 64' '
	test_must_fail pgform apply -f state.yaml -d dbname=wh -j 0 2>err &&
	grep -F -- "-j takes a number of connections from 1 to 64, not '\''0'\''" err
'

test_expect_success '--swap-batch takes 1 to 1000' '
	test_must_fail pgform apply -f state.yaml -d dbname=wh --swap-batch 0 2>err &&
	cat >expect <<-\EOF &&
	error: --swap-batch takes a number of rebuilds from 1 to 1000, not '\''0'\''
	Try '\''pgform apply --help'\''.
	EOF
	test_cmp expect err
'

test_expect_success 'without a terminal, a long apply prints a line at most every 10 s (done, total, running, elapsed)' '
	test_createdb slow &&
	cat >slow.yaml <<-\EOF &&
	pgform: 1
	schemas:
	  s: {}
	materialized_views:
	  s.slow:
	    query: SELECT 1 AS x FROM pg_sleep(11)
	  s.after:
	    query: SELECT x FROM s.slow
	EOF
	pgform apply -f slow.yaml -d dbname=slow 2>err </dev/null &&
	grep -E "^apply 1: 2 of 3 steps done, 0 running, 1[0-9] s\$" err &&
	grep -x "apply 1: 3 steps done in [0-9.]* s" err &&
	test_line_count = 2 err
'

test_expect_success 'an apply limited by --target deploys no commit: status keeps the last complete one and lists the partial apply' '
	test_createdb part &&
	mkdir -p partrepo &&
	cat >partrepo/pgform.yaml <<-\EOF &&
	pgform: 1
	schemas:
	  p: {}
	views:
	  p.a:
	    query: SELECT 1 AS x
	EOF
	git -C partrepo init -q && git -C partrepo add . &&
	git -C partrepo -c user.name=t -c user.email=t@t commit -qm one &&
	pgform apply -f partrepo/pgform.yaml -d dbname=part 2>err &&
	first=$(git -C partrepo rev-parse --short=12 HEAD) &&
	cat >>partrepo/pgform.yaml <<-\EOF &&
	  p.b:
	    query: SELECT 2 AS y
	  p.c:
	    query: SELECT 3 AS z
	EOF
	git -C partrepo -c user.name=t -c user.email=t@t commit -qam two &&
	pgform apply -f partrepo/pgform.yaml -d dbname=part --target p.b 2>err &&
	grep -x "apply 2: 1 steps done in [0-9.]* s" err &&
	pgform status -d dbname=part >status &&
	grep -x "deployed commit: $(git -C partrepo rev-parse HEAD~1)" status &&
	grep -x "partial applies since (--target, no commit deployed): 2" status &&
	(cd partrepo && pgform status -d dbname=part) >status.in &&
	grep -x "HEAD is 1 commit ahead of it" status.in &&
	pgform apply -f partrepo/pgform.yaml -d dbname=part 2>err &&
	pgform status -d dbname=part >status &&
	grep -x "deployed commit: $(git -C partrepo rev-parse HEAD)" status &&
	! grep "^partial applies" status &&
	(cd partrepo && pgform status -d dbname=part) >status.in &&
	grep -x "HEAD is the deployed commit" status.in
'

test_done

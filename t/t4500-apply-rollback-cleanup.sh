#!/bin/bash
test_description='pgform rollback swaps back what an apply --keep-old rebuilt; it is refused when the old copies are gone or the apply is already undone; pgform cleanup lists and drops the leftovers'
. "$(dirname "$0")/test-lib.sh"

test_start_pg

TODAY=2026-03-04
TENANTS="tenant_a:src_a:2026-03-01:2026-03-03 tenant_b:src_b:2026-03-01:2026-03-03"
TENANTS2="tenant_a:src_a:2026-03-01:2026-03-04 tenant_b:src_b:2026-03-01:2026-03-03"
TRIPLE='SELECT id, at, amount * 3 FROM events WHERE at = {TARGET_DATE}'

# snapshot DB NAME: wh_snapshot, and the definitions of a part and of a
# union view into NAME.defs
snapshot () {
	wh_snapshot "$1" "$2" &&
	test_psql -d "$1" -c "SELECT pg_get_viewdef('tenant_a.events_2026_03_01'),
		pg_get_viewdef('tenant_b.events')" >"$2.defs"
}

# the cleanup listing with sizes replaced by SIZE
cleanup_list () {
	sed -E "s/ \([0-9.]+ (bytes|kB|MB|GB)\)\$/ (SIZE)/" "$@"
}

KEPT="materialized view tenant_a.events_2026_03_01__pgform_old (SIZE)
materialized view tenant_a.events_2026_03_02__pgform_old (SIZE)
materialized view tenant_a.events_2026_03_03__pgform_old (SIZE)
materialized view tenant_b.events_2026_03_01__pgform_old (SIZE)
materialized view tenant_b.events_2026_03_02__pgform_old (SIZE)
materialized view tenant_b.events_2026_03_03__pgform_old (SIZE)"

test_expect_success 'setup: sources, states, the warehouse applied' '
	wh_sources src_a src_b &&
	wh_state state.yaml $TENANTS &&
	WH_QUERY=$TRIPLE wh_state triple.yaml $TENANTS &&
	WH_QUERY=$TRIPLE wh_state triple2.yaml $TENANTS2 &&
	wh_state state2.yaml $TENANTS2 &&
	test_createdb wh &&
	test_apply state.yaml wh $TODAY 2>err &&
	pgform cleanup -d dbname=wh >out 2>err &&
	test_line_count = 0 out &&
	echo "no leftover temporary objects" >expect &&
	test_cmp expect err &&
	snapshot wh before
'

test_expect_success 'apply --keep-old of a template change: the parts are rebuilt, the old ones kept' '
	test_apply triple.yaml wh $TODAY --keep-old 2>err &&
	grep -x "apply 2: 6 steps done in [0-9.]* s" err &&
	test_psql -d wh -c "SELECT sum(amount) FROM tenant_a.events_2026_03_01" >new.sum &&
	test_psql -d src_a -c "SELECT sum(amount) * 3 FROM events WHERE at = '\''2026-03-01'\''" >expect &&
	test_cmp expect new.sum &&
	test_psql -d wh -c "SELECT sum(amount) FROM tenant_a.events_2026_03_01__pgform_old" >old.sum &&
	test_psql -d src_a -c "SELECT sum(amount) FROM events WHERE at = '\''2026-03-01'\''" >expect &&
	test_cmp expect old.sum &&
	test_plan triple.yaml wh $TODAY >out &&
	echo "$NOCHANGE" >expect &&
	test_cmp expect out
'

test_expect_success 'pgform cleanup lists the kept copies, drops nothing' '
	pgform cleanup -d dbname=wh >out 2>err &&
	cleanup_list out >actual &&
	echo "$KEPT" >expect &&
	test_cmp expect actual &&
	echo "6 leftover temporary objects; \`pgform cleanup --yes\` drops them" >expect &&
	test_cmp expect err &&
	test_temporaries wh >tmp &&
	test_line_count = 12 tmp
'

test_expect_success 'pgform status lists them as leftovers too' '
	pgform status -d dbname=wh >status &&
	sed -n "/^leftover temporaries:\$/,\$p" status >left &&
	{ echo "leftover temporaries:" && echo "$KEPT"; } >expect &&
	cleanup_list left >actual &&
	test_cmp expect actual
'

test_expect_success 'an apply with nothing to do keeps the kept copies' '
	test_apply triple.yaml wh $TODAY 2>err &&
	echo "$NOCHANGE" >expect &&
	test_cmp expect err &&
	test_temporaries wh >tmp &&
	test_line_count = 12 tmp
'

test_expect_success 'pgform rollback swaps back: data and definitions as before' '
	pgform rollback -d dbname=wh >out 2>err &&
	test_line_count = 0 out &&
	echo "apply 2 rolled back: 6 steps undone" >expect &&
	test_cmp expect err &&
	snapshot wh after &&
	test_cmp before.dump after.dump &&
	test_cmp before.data after.data &&
	test_cmp before.defs after.defs &&
	test_temporaries wh >tmp &&
	test_line_count = 0 tmp &&
	test_applies wh >applies &&
	printf "%s\n" "1|done|24" "2|rolled_back|6" >expect &&
	test_cmp expect applies &&
	test_apply_status wh 2 >word &&
	echo rolled_back >expect &&
	test_cmp expect word
'

test_expect_success 'after the rollback the old state plans empty, the new one plans the rebuilds again' '
	test_plan state.yaml wh $TODAY >out &&
	echo "$NOCHANGE" >expect &&
	test_cmp expect out &&
	test_plan triple.yaml wh $TODAY >out &&
	tail -n 1 out >last &&
	echo "Plan: 0 to create, 6 to rebuild, 0 to change, 0 to drop." >expect &&
	test_cmp expect last
'

test_expect_success 'a second rollback of the same apply is refused' '
	test_must_fail pgform rollback 2 -d dbname=wh >out 2>err &&
	echo "error: the last apply (2) is rolled_back; only a finished, stopped or interrupted apply can be rolled back" >expect &&
	test_cmp expect err &&
	test_pg_dump_schema -d wh >dump &&
	test_cmp before.dump dump
'

# The last apply is undone already; a second `pgform rollback` must not go
# on to undo the apply before it (here: drop the whole warehouse).
test_expect_success 'a second pgform rollback without an id is refused and changes nothing' '
	test_createdb -T wh wh_copy &&
	test_must_fail pgform rollback -d dbname=wh_copy >out 2>err &&
	cat err &&
	grep "^error: " err &&
	! grep "^warning: " err &&
	test_pg_dump_schema -d wh_copy >dump &&
	test_cmp before.dump dump &&
	test_applies wh_copy >applies &&
	printf "%s\n" "1|done|24" "2|rolled_back|6" >expect &&
	test_cmp expect applies
'

test_expect_success 'an apply without --keep-old cannot be rolled back' '
	test_apply triple.yaml wh $TODAY 2>err &&
	grep -x "apply 3: 6 steps done in [0-9.]* s" err &&
	test_temporaries wh >tmp &&
	test_line_count = 0 tmp &&
	test_pg_dump_schema -d wh >triple.dump &&
	test_must_fail pgform rollback -d dbname=wh >out 2>err &&
	echo "error: the old copy of tenant_a.events_2026_03_01 is gone (tenant_a.events_2026_03_01__pgform_old): it was dropped when the apply ended (no --keep-old) or by pgform cleanup; apply 3 cannot be rolled back" >expect &&
	test_cmp expect err &&
	test_pg_dump_schema -d wh >dump &&
	test_cmp triple.dump dump &&
	test_apply_status wh 3 >word &&
	echo done >expect &&
	test_cmp expect word
'

# Apply 4 rebuilds the 6 parts (kept), adds a part and replaces a union
# view.  Once the kept copies are dropped, a rollback must refuse before it
# undoes anything, not drop the new part and leave the rebuilt ones.
test_expect_success 'pgform cleanup --yes drops the kept copies; rollback is then refused, nothing changed' '
	test_apply state2.yaml wh $TODAY --keep-old 2>err &&
	grep -x "apply 4: 8 steps done in [0-9.]* s" err &&
	pgform cleanup --yes -d dbname=wh >out 2>err &&
	cleanup_list out >actual &&
	echo "$KEPT" >expect &&
	test_cmp expect actual &&
	echo "dropped 6 leftover temporary objects" >expect &&
	test_cmp expect err &&
	test_temporaries wh >tmp &&
	test_line_count = 0 tmp &&
	test_psql -d wh -c "SELECT count(*) FROM pgform.kept" >kept &&
	echo 0 >expect &&
	test_cmp expect kept &&
	pgform cleanup -d dbname=wh >out 2>err &&
	test_line_count = 0 out &&
	echo "no leftover temporary objects" >expect &&
	test_cmp expect err &&
	test_pg_dump_schema -d wh >cleaned.dump &&
	test_must_fail pgform rollback -d dbname=wh >out 2>err &&
	cat err &&
	test_pg_dump_schema -d wh >dump &&
	test_cmp cleaned.dump dump &&
	head -n 1 err >first &&
	grep "^error: .*tenant_a\.events_2026_03_01" first &&
	! grep "^warning: " err
'

test_expect_success 'pgform cleanup --yes also drops the build an interrupted apply left' '
	test_must_fail_code 137 env PGFORM_TEST_FAULT=in-build:1 \
		pgform apply -f triple2.yaml -d dbname=wh --today $TODAY 2>err &&
	test_temporaries wh >tmp &&
	echo "tenant_a.events_2026_03_01__pgform_new" >expect &&
	grep -v "_idx" tmp >tmp.rel &&
	test_cmp expect tmp.rel &&
	pgform cleanup -d dbname=wh >out &&
	cleanup_list out >actual &&
	echo "materialized view tenant_a.events_2026_03_01__pgform_new (SIZE)" >expect &&
	test_cmp expect actual &&
	pgform cleanup --yes -d dbname=wh >out 2>err &&
	grep -Ex "dropped 1 leftover temporary objects?" err &&
	test_temporaries wh >tmp &&
	test_line_count = 0 tmp &&
	test_wait_idle wh &&
	pgform status -d dbname=wh >status &&
	test_apply_status wh >word &&
	echo interrupted >expect &&
	test_cmp expect word &&
	test_psql -d wh -c "SELECT status FROM pgform.applies WHERE id = 5" >row &&
	echo running >expect &&
	test_cmp expect row &&
	test_apply triple2.yaml wh $TODAY 2>err &&
	grep -x "apply 5 was interrupted; finishing it" err &&
	test_plan triple2.yaml wh $TODAY >out &&
	echo "$NOCHANGE" >expect &&
	test_cmp expect out
'

test_expect_success 'tables that only look like temporaries (NAME__pgform_old, NAME__pgform_new) are never dropped: apply and cleanup name them and leave them' '
	test_psql -d wh -c "CREATE SCHEMA userdata;
		CREATE TABLE userdata.invoices__pgform_old AS SELECT g AS id FROM generate_series(1, 1000) g;
		CREATE TABLE tenant_a.notes__pgform_new (x int)" &&
	test_apply triple2.yaml wh $TODAY >out 2>err &&
	grep -x "warning: userdata.invoices__pgform_old looks like a temporary of pgform'"'"'s, but its record does not say it made it: left alone" err &&
	grep -x "warning: tenant_a.notes__pgform_new looks like a temporary of pgform'"'"'s, but its record does not say it made it: left alone" err &&
	pgform cleanup --yes -d dbname=wh >out 2>err &&
	grep -x "warning: userdata.invoices__pgform_old looks like a temporary of pgform'"'"'s, but its record does not say it made it: left alone" err &&
	test_psql -d wh -c "SELECT count(*) FROM userdata.invoices__pgform_old" >n &&
	echo 1000 >expect &&
	test_cmp expect n &&
	test_psql -d wh -c "SELECT to_regclass('"'"'tenant_a.notes__pgform_new'"'"') IS NOT NULL" >n &&
	echo t >expect &&
	test_cmp expect n &&
	test_psql -d wh -c "DROP SCHEMA userdata CASCADE; DROP TABLE tenant_a.notes__pgform_new"
'

test_expect_success 'a rebuild after an apply --keep-old of the same parts: the kept copies are dropped first, saying so, and the rebuild runs' '
	test_plan state2.yaml wh $TODAY >plan &&
	grep "^± rebuild" plan &&
	test_apply state2.yaml wh $TODAY --keep-old 2>err1 &&
	test_temporaries wh >kept1 &&
	test_line_count -gt 0 kept1 &&
	test_apply triple2.yaml wh $TODAY 2>err2 &&
	grep -E "^dropped [0-9]+ old copies kept by apply [0-9]+ \(only the last apply can be rolled back\)\$" err2 &&
	grep -E "^apply [0-9]+: [0-9]+ steps done in [0-9.]+ s\$" err2 &&
	test_temporaries wh >left &&
	test_line_count = 0 left &&
	test_plan triple2.yaml wh $TODAY >out &&
	echo "$NOCHANGE" >expect &&
	test_cmp expect out
'

test_expect_success 'an old copy that cannot be dropped when the apply ends: the others are dropped, it is named and left for pgform cleanup' '
	test_psql -d wh -c "CREATE FUNCTION public.keep_one() RETURNS event_trigger LANGUAGE plpgsql AS \$\$
		BEGIN
			IF EXISTS (SELECT FROM pg_event_trigger_dropped_objects()
				   WHERE object_name = '\''events_2026_03_02__pgform_old'\'' AND schema_name = '\''tenant_b'\'') THEN
				RAISE EXCEPTION '\''kept by the test'\'';
			END IF;
		END \$\$;
		CREATE EVENT TRIGGER keep_one ON sql_drop EXECUTE FUNCTION public.keep_one()" &&
	test_when_finished "test_psql -d wh -c \"DROP EVENT TRIGGER IF EXISTS keep_one\"" &&
	test_apply state2.yaml wh $TODAY 2>err &&
	grep -v "^apply [0-9]*: 7 steps done in [0-9.]* s\$" err >warnings &&
	cat >expect <<-\EOF &&
	warning: cannot drop the old copy of tenant_b.events_2026_03_02: kept by the test
	warning: cannot drop leftover tenant_b.events_2026_03_02__pgform_old: kept by the test
	EOF
	test_cmp expect warnings &&
	test_temporaries wh >left &&
	printf "%s\n" tenant_b.events_2026_03_02__pgform_old tenant_b.events_2026_03_02_idx1__pgform_old >expect &&
	test_cmp expect left &&
	test_psql -d wh -c "DROP EVENT TRIGGER keep_one" &&
	pgform cleanup -d dbname=wh --yes >out 2>err &&
	test_temporaries wh >left &&
	test_line_count = 0 left
'

test_done

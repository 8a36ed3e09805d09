#!/bin/bash
test_description='pgform rollback swaps back what an apply --keep-old rebuilt; it is refused when the old copies are gone or the apply is already undone; pgform cleanup lists and drops the leftovers'
. "$(dirname "$0")/test-lib.sh"
. "$TEST_DIRECTORY/lib-apply.sh"

test_start_pg

TODAY=2026-03-04
NOCHANGE="No changes. The database matches the desired state."
TENANTS="tenant_a:src_a:2026-03-01:2026-03-03 tenant_b:src_b:2026-03-01:2026-03-03"
TENANTS2="tenant_a:src_a:2026-03-01:2026-03-04 tenant_b:src_b:2026-03-01:2026-03-03"
TRIPLE='SELECT id, at, amount * 3 FROM events WHERE at = {TARGET_DATE}'

apply_to () {
	local db=$1 state=$2
	shift 2
	pgform apply -f "$state" -d "dbname=$db" --today $TODAY "$@"
}

plan_on () {
	local db=$1 state=$2
	shift 2
	pgform plan -f "$state" -d "dbname=$db" --today $TODAY "$@"
}

# snapshot DB NAME: schema, data, and the definitions of a part and of a
# union view, into NAME.dump, NAME.data, NAME.defs
snapshot () {
	ap_dump "$1" >"$2.dump" &&
	ap_data "$1" >"$2.data" &&
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
	ap_sources src_a src_b &&
	ap_state state.yaml $TENANTS &&
	AP_QUERY=$TRIPLE ap_state triple.yaml $TENANTS &&
	AP_QUERY=$TRIPLE ap_state triple2.yaml $TENANTS2 &&
	ap_state state2.yaml $TENANTS2 &&
	test_createdb wh &&
	apply_to wh state.yaml 2>err &&
	pgform cleanup -d dbname=wh >out 2>err &&
	test_line_count = 0 out &&
	echo "no leftover temporary objects" >expect &&
	test_cmp expect err &&
	snapshot wh before
'

test_expect_success 'apply --keep-old of a template change: the parts are rebuilt, the old ones kept' '
	apply_to wh triple.yaml --keep-old 2>err &&
	grep -x "apply 2: 6 steps done in [0-9.]* s" err &&
	test_psql -d wh -c "SELECT sum(amount) FROM tenant_a.events_2026_03_01" >new.sum &&
	test_psql -d src_a -c "SELECT sum(amount) * 3 FROM events WHERE at = '\''2026-03-01'\''" >expect &&
	test_cmp expect new.sum &&
	test_psql -d wh -c "SELECT sum(amount) FROM tenant_a.events_2026_03_01__pgform_old" >old.sum &&
	test_psql -d src_a -c "SELECT sum(amount) FROM events WHERE at = '\''2026-03-01'\''" >expect &&
	test_cmp expect old.sum &&
	plan_on wh triple.yaml >out &&
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
	ap_temporaries wh >tmp &&
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
	apply_to wh triple.yaml 2>err &&
	echo "$NOCHANGE" >expect &&
	test_cmp expect err &&
	ap_temporaries wh >tmp &&
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
	ap_temporaries wh >tmp &&
	test_line_count = 0 tmp &&
	ap_applies wh >applies &&
	printf "%s\n" "1|done|24" "2|rolled_back|6" >expect &&
	test_cmp expect applies &&
	ap_status_word wh 2 >word &&
	echo rolled_back >expect &&
	test_cmp expect word
'

test_expect_success 'after the rollback the old state plans empty, the new one plans the rebuilds again' '
	plan_on wh state.yaml >out &&
	echo "$NOCHANGE" >expect &&
	test_cmp expect out &&
	plan_on wh triple.yaml >out &&
	tail -n 1 out >last &&
	echo "Plan: 0 to create, 6 to rebuild, 0 to change, 0 to drop." >expect &&
	test_cmp expect last
'

test_expect_success 'a second rollback of the same apply is refused' '
	test_must_fail pgform rollback 2 -d dbname=wh >out 2>err &&
	echo "error: the last apply (2) is rolled_back; only a finished, stopped or interrupted apply can be rolled back" >expect &&
	test_cmp expect err &&
	ap_dump wh >dump &&
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
	ap_dump wh_copy >dump &&
	test_cmp before.dump dump &&
	ap_applies wh_copy >applies &&
	printf "%s\n" "1|done|24" "2|rolled_back|6" >expect &&
	test_cmp expect applies
'

test_expect_success 'an apply without --keep-old cannot be rolled back' '
	apply_to wh triple.yaml 2>err &&
	grep -x "apply 3: 6 steps done in [0-9.]* s" err &&
	ap_temporaries wh >tmp &&
	test_line_count = 0 tmp &&
	ap_dump wh >triple.dump &&
	test_must_fail pgform rollback -d dbname=wh >out 2>err &&
	echo "error: the old copy of tenant_a.events_2026_03_01 is gone (tenant_a.events_2026_03_01__pgform_old): it was dropped when the apply ended (no --keep-old) or by pgform cleanup; apply 3 cannot be rolled back" >expect &&
	test_cmp expect err &&
	ap_dump wh >dump &&
	test_cmp triple.dump dump &&
	ap_status_word wh 3 >word &&
	echo done >expect &&
	test_cmp expect word
'

# Apply 4 rebuilds the 6 parts (kept), adds a part and replaces a union
# view.  Once the kept copies are dropped, a rollback must refuse before it
# undoes anything, not drop the new part and leave the rebuilt ones.
test_expect_success 'pgform cleanup --yes drops the kept copies; rollback is then refused, nothing changed' '
	apply_to wh state2.yaml --keep-old 2>err &&
	grep -x "apply 4: 8 steps done in [0-9.]* s" err &&
	pgform cleanup --yes -d dbname=wh >out 2>err &&
	cleanup_list out >actual &&
	echo "$KEPT" >expect &&
	test_cmp expect actual &&
	echo "dropped 6 leftover temporary objects" >expect &&
	test_cmp expect err &&
	ap_temporaries wh >tmp &&
	test_line_count = 0 tmp &&
	test_psql -d wh -c "SELECT count(*) FROM pgform.kept" >kept &&
	echo 0 >expect &&
	test_cmp expect kept &&
	pgform cleanup -d dbname=wh >out 2>err &&
	test_line_count = 0 out &&
	echo "no leftover temporary objects" >expect &&
	test_cmp expect err &&
	ap_dump wh >cleaned.dump &&
	test_must_fail pgform rollback -d dbname=wh >out 2>err &&
	cat err &&
	ap_dump wh >dump &&
	test_cmp cleaned.dump dump &&
	head -n 1 err >first &&
	grep "^error: .*tenant_a\.events_2026_03_01" first &&
	! grep "^warning: " err
'

test_expect_success 'pgform cleanup --yes also drops the build an interrupted apply left' '
	test_must_fail_code 137 env PGFORM_TEST_FAULT=in-build:1 \
		pgform apply -f triple2.yaml -d dbname=wh --today $TODAY 2>err &&
	ap_temporaries wh >tmp &&
	echo "tenant_a.events_2026_03_01__pgform_new" >expect &&
	grep -v "_idx" tmp >tmp.rel &&
	test_cmp expect tmp.rel &&
	pgform cleanup -d dbname=wh >out &&
	cleanup_list out >actual &&
	echo "materialized view tenant_a.events_2026_03_01__pgform_new (SIZE)" >expect &&
	test_cmp expect actual &&
	pgform cleanup --yes -d dbname=wh >out 2>err &&
	grep -Ex "dropped 1 leftover temporary objects?" err &&
	ap_temporaries wh >tmp &&
	test_line_count = 0 tmp &&
	ap_wait_gone wh &&
	pgform status -d dbname=wh >status &&
	ap_status_word wh >word &&
	echo interrupted >expect &&
	test_cmp expect word &&
	test_psql -d wh -c "SELECT status FROM pgform.applies WHERE id = 5" >row &&
	echo running >expect &&
	test_cmp expect row &&
	apply_to wh triple2.yaml 2>err &&
	grep -x "apply 5 was interrupted; finishing it" err &&
	plan_on wh triple2.yaml >out &&
	echo "$NOCHANGE" >expect &&
	test_cmp expect out
'

test_done

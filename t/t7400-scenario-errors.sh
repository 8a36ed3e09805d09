#!/bin/bash
test_description='warehouse scenario, bad input: an unreachable tenant source, template columns the source cannot fill, impossible date ranges, a password variable not set (each a clear error naming the tenant, exit 1, the warehouse as before); a tenant schema that already holds objects is adopted and they stay'
. "$(dirname "$0")/test-lib.sh"

test_start_pg

WH=postgres
T0=2026-03-01
A="tenant_a:src_a:2026-01-01"
B="tenant_b:src_b:2026-01-01"
C="tenant_c:src_c:2026-01-01"

state () {
	scn_state wh $A $B $C
}

# as_before: the warehouse is as the setup left it (test_db_state), and
# with the state of the setup back in wh/ it passes scn_check
as_before () {
	test_db_state $WH >state.after &&
	test_cmp state.before state.after &&
	( state && scn_check wh $WH $T0 $A:$T0 $B:$T0 $C:$T0 )
}

# a TCP port on 127.0.0.1 nothing listens on
free_port () {
	local p=$((PGPORT + 1))
	while (: <"/dev/tcp/127.0.0.1/$p") 2>/dev/null; do
		p=$((p + 1))
	done
	echo $p
}

# mentions_tenant KEY FILE: FILE names the tenant KEY as a tenant ("tenant
# 'KEY'", "tenant KEY"), not only inside an object name
mentions_tenant () {
	grep -E "tenant '?$1'?([^._a-z0-9]|\$)" "$2" || {
		echo "error: the message does not name tenant $1:" >&4
		cat "$2" >&4
		return 1
	}
}

test_expect_success 'setup: the warehouse of three tenants x 60 days' '
	scn_sources src_a:2025-12-01:2026-03-31:3 src_b:2025-12-01:2026-03-31:4 \
		src_c:2025-12-01:2026-03-31:5 src_d:2025-12-01:2026-03-31:2 &&
	state &&
	test_apply wh $WH $T0 &&
	scn_check wh $WH $T0 $A:$T0 $B:$T0 $C:$T0 &&
	test_db_state $WH >state.before
'

test_expect_success 'a date range that is reversed: validate, plan and apply say where and why, exit 1' '
	state &&
	scn_tenant wh tenant_b src_b 2026-02-10 2026-02-05 &&
	test_must_fail pgform validate -f wh/pgform.yaml --today $T0 >out 2>err &&
	test_line_count = 0 out &&
	cat >expect <<-EOF &&
	wh/tenants/tenant_b.yaml:12:21: error: bad date range in template '\''foodlogstats'\'' of tenant '\''tenant_b'\'': from 2026-02-10 is after until 2026-02-05
	EOF
	test_cmp expect err &&
	test_must_fail test_plan wh $WH $T0 >out 2>err.plan &&
	test_cmp expect err.plan &&
	test_must_fail test_apply wh $WH $T0 >out 2>err.apply &&
	test_cmp expect err.apply &&
	as_before
'

test_expect_success 'a date range in the future: from after today, until after today' '
	state &&
	scn_tenant wh tenant_c src_c 2026-03-05 &&
	test_must_fail pgform validate -f wh/pgform.yaml --today $T0 2>err &&
	echo "wh/tenants/tenant_c.yaml:12:29: error: template '\''foodlogstats'\'' of tenant '\''tenant_c'\'' starts in the future: from 2026-03-05 is after today (2026-03-01)" >expect &&
	test_cmp expect err &&
	scn_tenant wh tenant_c src_c 2026-01-01 2026-03-10 &&
	test_must_fail pgform validate -f wh/pgform.yaml --today $T0 2>err &&
	echo "wh/tenants/tenant_c.yaml:12:48: error: template '\''foodlogstats'\'' of tenant '\''tenant_c'\'': until 2026-03-10 is after today (2026-03-01); leave '\''until'\'' out to follow today" >expect &&
	test_cmp expect err &&
	test_must_fail test_apply wh $WH $T0 2>err.apply &&
	test_cmp expect err.apply &&
	as_before
'

test_expect_success 'an unreachable tenant source: the apply fails naming the tenant and why, and everything is rolled back' '
	state &&
	port=$(free_port) &&
	scn_tenant wh tenant_x src_d 2026-02-20 &&
	sed -i "s/^      port: .*/      port: $port/" wh/tenants/tenant_x.yaml &&
	test_must_fail test_apply wh $WH 2026-03-02 >out 2>err &&
	cat err &&
	as_before &&
	test_temporaries $WH >temps &&
	test_line_count = 0 temps &&
	test_psql -c "SELECT status FROM pgform.applies ORDER BY id DESC LIMIT 1" >status &&
	echo rolled_back >expect &&
	test_cmp expect status &&
	scn_check_rows $WH $A:$T0 $B:$T0 $C:$T0 &&
	grep -x "apply [0-9]* failed and was rolled back: the database is as before" err &&
	mentions_tenant tenant_x err &&
	grep -i "connection refused" err &&
	grep -F "127.0.0.1" err &&
	grep -F "$port" err
'

test_expect_success 'template columns the source cannot produce (a type): the apply fails naming tenant and column, rolled back' '
	SCN_COLUMNS="{ id: integer, logged_time: timestamptz, weight: integer, location: text, client: text }" state &&
	test_must_fail test_apply wh $WH $T0 >out 2>err &&
	cat err &&
	as_before &&
	test_temporaries $WH >temps &&
	test_line_count = 0 temps &&
	scn_check_rows $WH $A:$T0 $B:$T0 $C:$T0 &&
	grep -x "apply [0-9]* failed and was rolled back: the database is as before" err &&
	mentions_tenant "tenant_[abc]" err &&
	grep -F "weight" err &&
	grep -F "foodlogstats" err
'

test_expect_success 'template columns the source cannot produce (one too many): the apply fails naming tenant and template, rolled back' '
	SCN_COLUMNS="{ id: integer, logged_time: timestamptz, weight: numeric, location: text, client: text, grams: numeric }" state &&
	test_must_fail test_apply wh $WH $T0 >out 2>err &&
	cat err &&
	as_before &&
	scn_check_rows $WH $A:$T0 $B:$T0 $C:$T0 &&
	mentions_tenant "tenant_[abc]" err &&
	grep -F "foodlogstats" err
'

test_expect_success 'a password variable that is not set: plan warns, apply fails naming tenant and variable, nothing changes' '
	state &&
	(
		unset TENANT_B_PASSWORD &&
		test_plan wh $WH 2026-03-02 >plan 2>err.plan &&
		echo "warning: tenant '\''tenant_b'\'': environment variable '\''TENANT_B_PASSWORD'\'' is not set (apply will need it)" >expect &&
		test_cmp expect err.plan &&
		test_must_fail test_apply wh $WH 2026-03-02 >out 2>err
	) &&
	echo "error: tenant '\''tenant_b'\'': environment variable '\''TENANT_B_PASSWORD'\'' is not set" >expect &&
	test_cmp expect err &&
	test_line_count = 0 out &&
	as_before
'

test_expect_success 'a password variable that is set but empty: plan warns, apply refuses naming tenant and variable, nothing changes' '
	state &&
	TENANT_B_PASSWORD= test_plan wh $WH 2026-03-02 >plan 2>err.plan &&
	echo "warning: tenant '\''tenant_b'\'': environment variable '\''TENANT_B_PASSWORD'\'' is empty (apply will refuse it)" >expect &&
	test_cmp expect err.plan &&
	TENANT_B_PASSWORD= test_must_fail test_apply wh $WH 2026-03-02 >out 2>err &&
	echo "error: tenant '\''tenant_b'\'': environment variable '\''TENANT_B_PASSWORD'\'' is empty" >expect &&
	test_cmp expect err &&
	test_line_count = 0 out &&
	as_before
'

test_expect_success 'a new tenant whose password variable is not set: the same, before anything is done' '
	state &&
	scn_tenant wh tenant_x src_d 2026-02-20 &&
	(
		unset TENANT_X_PASSWORD &&
		test_must_fail test_apply wh $WH $T0 >out 2>err
	) &&
	echo "error: tenant '\''tenant_x'\'': environment variable '\''TENANT_X_PASSWORD'\'' is not set" >expect &&
	test_cmp expect err &&
	as_before
'

test_expect_success 'a tenant schema that already exists and holds objects: adopted, the objects stay' '
	test_psql <<-\EOF &&
	CREATE SCHEMA tenant_e;
	CREATE TABLE tenant_e.notes (id int PRIMARY KEY, txt text);
	INSERT INTO tenant_e.notes VALUES (1, '\''keep me'\''), (2, '\''me too'\'');
	CREATE VIEW tenant_e.notes_v AS SELECT count(*) AS n FROM tenant_e.notes;
	CREATE FUNCTION tenant_e.answer() RETURNS int LANGUAGE sql AS $$ SELECT 42 $$;
	EOF
	state &&
	scn_tenant wh tenant_e src_d 2026-02-01 &&
	test_plan wh $WH $T0 >plan &&
	! grep -E "^[-+±] schema tenant_e" plan &&
	grep -x "+ 29 daily parts of tenant_e.foodlogstats (2026-02-01 … 2026-03-01)" plan &&
	test_apply wh $WH $T0 &&
	test_psql -c "SELECT n FROM tenant_e.notes_v" -c "SELECT tenant_e.answer()" \
		-c "SELECT string_agg(txt, '\'','\'' ORDER BY id) FROM tenant_e.notes" >actual &&
	printf "%s\n" 2 42 "keep me,me too" >expect &&
	test_cmp expect actual &&
	scn_check wh $WH $T0 $A:$T0 $B:$T0 $C:$T0 tenant_e:src_d:2026-02-01:$T0 &&
	test_plan_empty wh $WH $T0 --allow-destroy
'

test_done
